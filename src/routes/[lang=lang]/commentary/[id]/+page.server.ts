import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/vocabulary';
import { commentary, commentaryRef, getCommentary, getEvent, markdown } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { dictionaries } from '$lib/i18n';

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => commentary.map((entry) => ({ lang, id: entry.id })));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang;
	const entry = getCommentary(params.id);
	if (!entry) error(404, dictionaries[lang].notFound.commentaryEntry);
	return {
		ref: commentaryRef(entry, lang),
		url: entry.url,
		sourceLang: entry.lang,
		summary: entry.summary[lang],
		body: entry.body[lang] ? markdown(entry.body[lang], lang) : '',
		quotes: entry.quotes.map((q) => ({ text: q.text, translation: q.translation[lang] })),
		events: entry.events.map((id) => {
			const event = getEvent(id)!;
			return { id, date: event.date, end: event.end, title: event.title[lang] };
		})
	};
};
