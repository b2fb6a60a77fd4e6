import { events, getEvent } from '$lib/server/content';
import { citeEntries, citePage } from '$lib/server/references';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => citeEntries(events.map(({ id }) => ({ id })));

export const GET: RequestHandler = ({ params, url }) =>
	citePage('event', getEvent(params.id), params, url.origin);
