/**
 * `/<lang>/feed.xml`: an Atom feed (RFC 4287) of events and commentary in one language, newest
 * first. Entries are dated by the event or publication date (a partial date by its first day),
 * since the content records no edit times. Pure.
 */
import { comparePartialDates } from '../content/dates';
import { LANGS, type Lang, type Pair } from '../content/vocabulary';
import { KIND_LABELS, PAIR_LABELS, SITE_NAME, UI } from '../i18n';
import { pairTitle, type ExportInput } from './model';
import { el, xmlDocument, type Xml } from './xml';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** `2024-06-19` → `2024-06-19T00:00:00Z`; `1996-09` → `1996-09-01T00:00:00Z` (RFC 3339). */
export function atomDate(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}T00:00:00Z`;
}

interface Link {
	rel: 'alternate' | 'related';
	href: string;
	hreflang?: string;
	title?: string;
}

export interface FeedEntry {
	/** A permanent id: the entry's canonical URL in the feed's language. */
	id: string;
	/** Partial date of the event or of the publication. */
	date: string;
	title: string;
	summary: string;
	links: Link[];
	author?: string;
	categories: { term: string; label: string }[];
}

export interface FeedOptions {
	lang: Lang;
	/** The feed's own absolute URL: its id and its `self` link. */
	self: string;
	/** The chronicle page in that language, or the pair's page: the feed's `alternate` link. */
	chronicle: string;
	entries: FeedEntry[];
	/** Set for one relationship's feed (entries already narrowed by `forPair`): named after it. */
	pair?: Pair;
}

/** Events and commentary as entries in `lang`, newest first (ties: events first, then by id). */
export function feedEntries(
	input: Pick<ExportInput, 'events' | 'commentary' | 'urls'>,
	lang: Lang
): FeedEntry[] {
	const other = LANGS.find((l) => l !== lang)!;
	const events: FeedEntry[] = input.events.map((event) => ({
		id: input.urls.event(lang, event.id),
		date: event.date,
		title: event.title[lang],
		summary: event.summary[lang],
		links: [
			{ rel: 'alternate', href: input.urls.event(lang, event.id), hreflang: lang },
			{ rel: 'alternate', href: input.urls.event(other, event.id), hreflang: other },
			...event.sources.map((s): Link => ({
				rel: 'related',
				href: s.url,
				hreflang: s.lang,
				title: `${s.publisher}: ${s.title}`
			}))
		],
		categories: [
			{ term: event.kind, label: KIND_LABELS[event.kind][lang] },
			...(event.pairs.length ? event.pairs : (['context'] as const)).map((pair) => ({
				term: pair,
				label: PAIR_LABELS[pair].long[lang]
			}))
		]
	}));
	const commentary: FeedEntry[] = input.commentary.map((entry) => ({
		id: input.urls.commentary(lang, entry.id),
		date: entry.date,
		title: entry.title[lang],
		summary: entry.summary[lang],
		links: [
			{ rel: 'alternate', href: input.urls.commentary(lang, entry.id), hreflang: lang },
			{ rel: 'alternate', href: input.urls.commentary(other, entry.id), hreflang: other },
			{ rel: 'related', href: entry.url, hreflang: entry.lang, title: entry.outlet[lang] }
		],
		author: entry.author[lang],
		categories: [{ term: 'commentary', label: UI[lang].commentary }]
	}));
	const isEvent = new Set(events);
	return [...events, ...commentary].sort(
		(a, b) =>
			comparePartialDates(b.date, a.date) ||
			Number(isEvent.has(b)) - Number(isEvent.has(a)) ||
			a.id.localeCompare(b.id)
	);
}

function entryXml(entry: FeedEntry): Xml {
	return el(
		'entry',
		{},
		el('id', {}, entry.id),
		el('title', { type: 'text' }, entry.title),
		el('updated', {}, atomDate(entry.date)),
		el('published', {}, atomDate(entry.date)),
		entry.author ? el('author', {}, el('name', {}, entry.author)) : null,
		entry.links.map((link) =>
			el('link', {
				rel: link.rel,
				type: link.rel === 'alternate' ? 'text/html' : undefined,
				hreflang: link.hreflang,
				title: link.title,
				href: link.href
			})
		),
		entry.categories.map((c) => el('category', { term: c.term, label: c.label })),
		el('summary', { type: 'text' }, entry.summary)
	);
}

/** The feed document; its `updated` is the newest entry's date. */
export function buildAtomFeed(options: FeedOptions): string {
	const { lang, self, chronicle, entries, pair } = options;
	const newest = entries.reduce<string | undefined>(
		(max, e) => (max === undefined || comparePartialDates(e.date, max) > 0 ? e.date : max),
		undefined
	);
	return xmlDocument(
		el(
			'feed',
			{ xmlns: ATOM_NS, 'xml:lang': lang },
			el('id', {}, self),
			el('title', { type: 'text' }, pair ? pairTitle(lang, pair) : SITE_NAME[lang]),
			el('subtitle', { type: 'text' }, UI[lang].tagline),
			el('updated', {}, atomDate(newest ?? '1970-01-01')),
			el('author', {}, el('name', {}, SITE_NAME[lang]), el('uri', {}, chronicle)),
			el('link', { rel: 'self', type: 'application/atom+xml', href: self }),
			el('link', { rel: 'alternate', type: 'text/html', hreflang: lang, href: chronicle }),
			entries.map(entryXml)
		)
	);
}
