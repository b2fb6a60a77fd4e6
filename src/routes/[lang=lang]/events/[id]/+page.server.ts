import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/vocabulary';
import {
	entryView,
	events,
	getEvent,
	markdown,
	neighbours,
	treaties,
	treatySteps
} from '$lib/server/content';
import { formatReference } from '$lib/server/citation';
import { historyOf } from '$lib/server/history';
import { reference } from '$lib/server/references';
import type { EntryGenerator, PageServerLoad } from './$types';
import { dictionaries } from '$lib/i18n';

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => events.map((event) => ({ lang, id: event.id })));

export const load: PageServerLoad = ({ params, url }) => {
	const lang = params.lang;
	const event = getEvent(params.id);
	if (!event) error(404, dictionaries[lang].notFound.event);
	const link = (e: typeof event | undefined) => e && { id: e.id, date: e.date, end: e.end, title: e.title[lang] };
	const { previous, next } = neighbours(event.id);
	return {
		// Absolute, from the build's SITE_URL: what sharing copies, wherever the page is opened.
		canonical: url.origin + url.pathname,
		entry: entryView(event, lang),
		body: markdown(event.body[lang], lang),
		steps: treatySteps(event, lang),
		treaties: event.treaty
			.filter((step) => step.action === 'signed')
			.map((step) => {
				const treaty = treaties.find((t) => t.id === step.id)!;
				return {
					id: treaty.id,
					name: treaty.name[lang],
					short: treaty.short[lang],
					place: treaty.place[lang],
					term: treaty.term[lang],
					pledge: treaty.pledge,
					inForce: treaty.inForce?.date,
					clauses: treaty.clauses.map((c) => ({
						article: c.article,
						text: c.text[lang],
						aid: c.aid,
						conditions: c.conditions?.[lang]
					}))
				};
			}),
		corrections: event.corrections.map((c) => ({ date: c.date, text: c[lang] })),
		reference: formatReference(reference('event', event, lang, url.origin)),
		history: historyOf(event.file),
		related: event.related.map((id) => link(getEvent(id))!),
		previous: link(previous),
		next: link(next)
	};
};
