import { LANGS } from '$lib/content/vocabulary';
import { isVisible } from '$lib/filter';
import { CITE_FORMATS, type CiteFormat } from '$lib/paths';
import { events } from '$lib/server/content';
import { citeResponse, reference } from '$lib/server/references';
import { LANES, type Lane } from '$lib/content/lanes';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The bibliography of one lane's events, as the chronicle filtered to that lane lists them. */
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		LANES.flatMap((pair) => CITE_FORMATS.map((format) => ({ lang, pair, format })))
	);

export const GET: RequestHandler = ({ params, url }) =>
	citeResponse(
		events
			.filter((event) => isVisible(event, [params.pair as Lane]))
			.map((event) => reference('event', event, params.lang, url.origin)),
		params.format as CiteFormat
	);
