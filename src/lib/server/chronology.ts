import { render } from 'svelte/server';
import Chronology from '$lib/components/Chronology.svelte';
import type { Lang } from '$lib/content/vocabulary';
import { entryView, events, listed } from './content';

/**
 * The chronicle's list as server HTML, for the hook that inserts it into the page's empty slot.
 * The page never hydrates it and its data is never serialised into the page: the list costs the
 * browser no start-up work and the page no second copy of every entry.
 */
const rendered = new Map<Lang, { head: string; body: string }>();

function chronologyHtml(lang: Lang): { head: string; body: string } {
	let html = rendered.get(lang);
	if (!html) {
		const entries = listed(events).shown.map((event) => entryView(event, lang));
		html = render(Chronology, { props: { entries, lang, selectable: true } });
		rendered.set(lang, html);
	}
	return html;
}

/** The page's empty element that receives the list. */
const CHRONOLOGY_SLOT = /(<div[^>]*\bdata-chronology-slot\b[^>]*>)(<\/div>)/;

/** The page with the list in its slot and the list's styles in its head. */
export function withChronology(page: string, lang: Lang): string {
	if (!CHRONOLOGY_SLOT.test(page)) return page;
	const { head, body } = chronologyHtml(lang);
	return page
		.replace('</head>', `${head}</head>`)
		.replace(CHRONOLOGY_SLOT, (_, open: string, close: string) => open + body + close);
}
