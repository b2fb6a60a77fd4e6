/** Every internal URL of the site, built in one place so the base path is never forgotten. */
import { resolve } from '$app/paths';
import type { Lang, Pair } from './content/schema';
import type { Lane } from './content/lanes';

export const chroniclePath = (lang: Lang) => `${resolve('/[lang=lang]', { lang })}/`;
export const eventPath = (lang: Lang, id: string) =>
	`${resolve('/[lang=lang]/events/[id]', { lang, id })}/`;
export const commentaryIndexPath = (lang: Lang) =>
	`${resolve('/[lang=lang]/commentary', { lang })}/`;
export const commentaryPath = (lang: Lang, id: string) =>
	`${resolve('/[lang=lang]/commentary/[id]', { lang, id })}/`;
/** The chronicle centred on one event. */
export const timelinePath = (lang: Lang, id: string) =>
	`${chroniclePath(lang)}?event=${encodeURIComponent(id)}`;
/** The prerendered chronology of one relationship (or of the context lane). */
export const pairPath = (lang: Lang, lane: Lane) =>
	`${resolve('/[lang=lang]/pairs/[pair=lane]', { lang, pair: lane })}/`;
/** The prerendered chronology of one year. */
export const yearPath = (lang: Lang, year: number) =>
	`${resolve('/[lang=lang]/years/[year=year]', { lang, year: String(year) })}/`;
/** One year's entries as data: a long chronicle's detail panel loads them for unlisted years. */
export const yearEntriesPath = (lang: Lang, year: number) =>
	resolve('/[lang=lang]/years/[year=year]/entries.json', { lang, year: String(year) });
/** Every event in brief, for a long chronicle's timeline, filters and search (see `LIST_LIMIT`). */
export const cataloguePath = (lang: Lang) => resolve('/[lang=lang]/catalogue.json', { lang });
/** The prerendered search index of one language. */
export const searchIndexPath = (lang: Lang) => resolve('/[lang=lang]/search-index.json', { lang });

/** Open-data files (see docs/data.md): the whole chronicle, or one pair's events. */
export function exportPath(kind: 'json' | 'csv' | 'ics', pair?: Pair): string {
	if (kind === 'json')
		return pair ? resolve('/pairs/[pair]/events.json', { pair }) : resolve('/events.json');
	if (kind === 'csv')
		return pair ? resolve('/pairs/[pair]/events.csv', { pair }) : resolve('/events.csv');
	return pair ? resolve('/pairs/[pair]/events.ics', { pair }) : resolve('/events.ics');
}
/** The Atom feed of one language, or of one pair in that language. */
export const feedPath = (lang: Lang, pair?: Pair) =>
	pair
		? resolve('/[lang=lang]/pairs/[pair=lane]/feed.xml', { lang, pair })
		: resolve('/[lang=lang]/feed.xml', { lang });
/** The compact timeline made for an `<iframe>`; the view goes in its query, as on the chronicle. */
export const embedPath = (lang: Lang) => `${resolve('/[lang=lang]/embed', { lang })}/`;
/** An event's oEmbed description (JSON), which its page advertises. */
export const oembedPath = (lang: Lang, id: string) =>
	resolve('/[lang=lang]/events/[id]/oembed.json', { lang, id });
/** The treaties page, or one treaty's section on it (`#kp-ru-2024`). */
export const treatiesPath = (lang: Lang, treatyId?: string) =>
	`${resolve('/[lang=lang]/treaties', { lang })}/${treatyId ? `#${treatyId}` : ''}`;
/** An event's preview card (1200×630 PNG), rendered at build time. */
export const ogImagePath = (lang: Lang, id: string) =>
	resolve('/og/[lang=lang]/[id].png', { lang, id });
/** The site-wide preview card, for pages that are not one event. */
export const siteImagePath = (lang: Lang) => resolve('/og/[lang=lang]/site.png', { lang });

/** The reference formats every cited page and bibliography is written in: CSL-JSON, BibTeX, RIS. */
export const CITE_FORMATS = ['json', 'bib', 'ris'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];
/** An event's or a commentary page's reference as a file beside the page (`cite.bib`). */
export const citePath = (
	kind: 'event' | 'commentary',
	lang: Lang,
	id: string,
	format: CiteFormat
) =>
	kind === 'event'
		? resolve('/[lang=lang]/events/[id]/cite.[format=cite]', { lang, id, format })
		: resolve('/[lang=lang]/commentary/[id]/cite.[format=cite]', { lang, id, format });
/** The bibliography of the whole chronicle, or of one lane's events. */
export const bibliographyPath = (lang: Lang, format: CiteFormat, lane?: Lane) =>
	lane
		? resolve('/[lang=lang]/pairs/[pair=lane]/cite.[format=cite]', { lang, pair: lane, format })
		: resolve('/[lang=lang]/cite.[format=cite]', { lang, format });
