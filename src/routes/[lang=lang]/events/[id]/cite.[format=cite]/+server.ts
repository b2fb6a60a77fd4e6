import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/vocabulary';
import { CITE_FORMATS, type CiteFormat } from '$lib/paths';
import { events, getEvent } from '$lib/server/content';
import { citeResponse, reference } from '$lib/server/references';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		events.flatMap((event) => CITE_FORMATS.map((format) => ({ lang, id: event.id, format })))
	);

export const GET: RequestHandler = ({ params, url }) => {
	const event = getEvent(params.id);
	if (!event) error(404, 'Event not found');
	return citeResponse(
		[reference('event', event, params.lang, url.origin)],
		params.format as CiteFormat
	);
};
