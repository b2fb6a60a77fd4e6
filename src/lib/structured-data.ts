/** schema.org JSON-LD for the event pages, and its safe embedding. Pure; unit-tested. */
import { lanesOf } from './content/lanes';
import type { Lang } from './content/schema';
import { dictionaries } from './i18n';
import type { EntryView } from './types';

export type JsonLd = Record<string, unknown>;

/**
 * `<script type="application/ld+json">` holding the data. The JSON is escaped so the text can never
 * close the element or open a comment (`</script>`, `<!--`): `<`, `>` and `&` become `\u003c` and
 * so on, which JSON parsers read back unchanged. Browsers do not run this script type, and CSP does
 * not apply to it.
 */
export function jsonLdScript(data: JsonLd): string {
	const json = JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
	return `<script type="application/ld+json">${json}</script>`;
}

export interface EventPageData {
	entry: EntryView;
	lang: Lang;
	/** Absolute canonical URL of the event page. */
	url: string;
	/** Absolute URL of its preview card. */
	image: string;
	site: { name: string; url: string };
}

/**
 * An event page is our written record of something that happened, so it is an `Article` whose
 * `about` is the `Event` with its dates. A bare `Event` would claim the page is the event itself and
 * read as an upcoming occasion to attend (search engines want a venue and tickets); `NewsArticle`
 * would claim original reporting, which a chronicle citing its sources is not. No `location`: most
 * entries (a veto, a report, a treaty lapsing) have no single place, and countries are parties,
 * not venues. Partial dates stay ISO 8601 reduced precision (`1996-09`, `1996`).
 */
export function eventStructuredData({ entry, lang, url, image, site }: EventPageData): JsonLd {
	const t = dictionaries[lang];
	const pairs = lanesOf(entry);
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		'@id': url,
		url,
		mainEntityOfPage: url,
		headline: entry.title,
		description: entry.summary,
		inLanguage: lang,
		image,
		keywords: [...pairs.map((pair) => t.lanes[pair].long), t.kinds[entry.kind]],
		isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
		publisher: { '@type': 'Organization', name: site.name, url: site.url },
		about: {
			'@type': 'Event',
			'@id': `${url}#event`,
			name: entry.title,
			description: entry.summary,
			startDate: entry.date,
			...(entry.end ? { endDate: entry.end } : {}),
			url
		},
		citation: entry.sources.map((source) => ({
			'@type': 'CreativeWork',
			name: source.title,
			url: source.url,
			datePublished: source.date,
			inLanguage: source.lang,
			publisher: { '@type': 'Organization', name: source.publisher }
		}))
	};
}
