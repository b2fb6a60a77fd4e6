import { LANGS } from '$lib/content/vocabulary';
import { buildIndex } from '$lib/search';
import { commentaryFor, events } from '$lib/server/content';
import { plainText } from '$lib/server/markdown';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

/** The search index of one language, fetched by the chronicle when search is first used. */
export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang;
	const json = buildIndex(
		events.map((event) => ({
			id: event.id,
			title: event.title[lang],
			summary: event.summary[lang],
			body: plainText(event.body[lang]),
			commentary: commentaryFor(event.id)
				.map((c) => `${c.title[lang]} ${c.summary[lang]} ${c.author[lang]}`)
				.join(' ')
		}))
	);
	return new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
