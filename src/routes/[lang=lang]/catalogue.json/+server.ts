import { LANGS } from '$lib/content/vocabulary';
import { catalogueEntry, events } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/** Every event in brief: a chronicle too long to list in full loads this for its timeline. */
export const GET: RequestHandler = ({ params }) =>
	Response.json(events.map((event) => catalogueEntry(event, params.lang)));
