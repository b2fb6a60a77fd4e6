/**
 * `/<lang>/feed.xml`: an Atom feed (RFC 4287) of events and commentary in one language, newest
 * first. Entries are dated by the event or publication date (a partial date by its first day);
 * an entry's `updated` moves to its latest correction, the one edit the content records. Pure.
 */
import { comparePartialDates, firstDay } from '../content/dates';
import { lanesOf } from '../content/lanes';
import type { Lang, Pair } from '../content/vocabulary';
import { dictionaries, otherLang } from '../i18n';
import type { Correction } from '../content/schema';
import { feedName, type ExportInput } from './model';
import { el, xmlDocument, type Xml } from './xml';

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** `2024-06-19` → `2024-06-19T00:00:00Z`; `1996-09` → `1996-09-01T00:00:00Z` (RFC 3339). */
export function atomDate(date: string): string {
	return `${firstDay(date)}T00:00:00Z`;
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
	/** `date`, or the entry's latest correction where that is later. */
	updated: string;
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

/** The later of an entry's date and its latest correction. */
export function lastUpdated(date: string, corrections: readonly Correction[]): string {
	return corrections.reduce(
		(latest, c) => (comparePartialDates(c.date, latest) > 0 ? c.date : latest),
		date
	);
}

/** Events and commentary as entries in `lang`, newest first (ties: events first, then by id). */
export function feedEntries(
	input: Pick<ExportInput, 'events' | 'commentary' | 'urls'>,
	lang: Lang
): FeedEntry[] {
	const other = otherLang(lang);
	const t = dictionaries[lang];
	const events: FeedEntry[] = input.events.map((event) => ({
		id: input.urls.event(lang, event.id),
		date: event.date,
		updated: lastUpdated(event.date, event.corrections),
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
			{ term: event.kind, label: t.kinds[event.kind] },
			...lanesOf(event).map((pair) => ({
				term: pair,
				label: t.lanes[pair].long
			}))
		]
	}));
	const commentary: FeedEntry[] = input.commentary.map((entry) => ({
		id: input.urls.commentary(lang, entry.id),
		date: entry.date,
		updated: lastUpdated(entry.date, entry.corrections),
		title: entry.title[lang],
		summary: entry.summary[lang],
		links: [
			{ rel: 'alternate', href: input.urls.commentary(lang, entry.id), hreflang: lang },
			{ rel: 'alternate', href: input.urls.commentary(other, entry.id), hreflang: other },
			{ rel: 'related', href: entry.url, hreflang: entry.lang, title: entry.outlet[lang] }
		],
		author: entry.author[lang],
		categories: [{ term: 'commentary', label: t.commentary }]
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
		el('updated', {}, atomDate(entry.updated)),
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

/** The feed document; its `updated` is the latest of its entries'. */
export function buildAtomFeed(options: FeedOptions): string {
	const { lang, self, chronicle, entries, pair } = options;
	const t = dictionaries[lang];
	const newest = entries.reduce<string | undefined>(
		(max, e) => (max === undefined || comparePartialDates(e.updated, max) > 0 ? e.updated : max),
		undefined
	);
	return xmlDocument(
		el(
			'feed',
			{ xmlns: ATOM_NS, 'xml:lang': lang },
			el('id', {}, self),
			el('title', { type: 'text' }, feedName(lang, pair)),
			el('subtitle', { type: 'text' }, t.tagline),
			el('updated', {}, atomDate(newest ?? '1970-01-01')),
			el('author', {}, el('name', {}, t.siteName), el('uri', {}, chronicle)),
			el('link', { rel: 'self', type: 'application/atom+xml', href: self }),
			el('link', { rel: 'alternate', type: 'text/html', hreflang: lang, href: chronicle }),
			entries.map(entryXml)
		)
	);
}
