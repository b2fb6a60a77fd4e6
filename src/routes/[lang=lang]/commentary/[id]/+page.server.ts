import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/vocabulary';
import { formatReference } from '$lib/server/citation';
import { commentary, commentaryRef, getCommentary, getEvent, markdown } from '$lib/server/content';
import { historyOf } from '$lib/server/history';
import { reference } from '$lib/server/references';
import type { EntryGenerator, PageServerLoad } from './$types';
import { dictionaries } from '$lib/i18n';

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => commentary.map((entry) => ({ lang, id: entry.id })));

export const load: PageServerLoad = ({ params, url }) => {
	const lang = params.lang;
	const entry = getCommentary(params.id);
	if (!entry) error(404, dictionaries[lang].notFound.commentaryEntry);
	return {
		ref: commentaryRef(entry, lang),
		url: entry.url,
		sourceLang: entry.lang,
		summary: entry.summary[lang],
		body: entry.body[lang] ? markdown(entry.body[lang], lang) : '',
		corrections: entry.corrections.map((c) => ({ date: c.date, text: c[lang] })),
		reference: formatReference(reference('commentary', entry, lang, url.origin)),
		history: historyOf(entry.file),
		quotes: entry.quotes.map((q) => ({ text: q.text, translation: q.translation[lang] })),
		events: entry.events.map((id) => {
			const event = getEvent(id)!;
			return { id, date: event.date, end: event.end, title: event.title[lang] };
		})
	};
};
