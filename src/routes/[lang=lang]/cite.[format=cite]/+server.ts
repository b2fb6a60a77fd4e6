import { events } from '$lib/server/content';
import { citeEntries, citeResponse } from '$lib/server/references';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The bibliography of every event of the chronicle. */
export const entries: EntryGenerator = () => citeEntries([{}]);

export const GET: RequestHandler = ({ params, url }) =>
	citeResponse('event', events, params, url.origin);
