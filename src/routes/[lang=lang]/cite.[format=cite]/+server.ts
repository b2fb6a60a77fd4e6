import { LANGS } from '$lib/content/vocabulary';
import { CITE_FORMATS, type CiteFormat } from '$lib/paths';
import { events } from '$lib/server/content';
import { citeResponse, reference } from '$lib/server/references';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The bibliography of every event of the chronicle. */
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => CITE_FORMATS.map((format) => ({ lang, format })));

export const GET: RequestHandler = ({ params, url }) =>
	citeResponse(
		events.map((event) => reference('event', event, params.lang, url.origin)),
		params.format as CiteFormat
	);
