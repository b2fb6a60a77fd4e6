import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomDate, buildAtomFeed, feedEntries, lastUpdated } from './atom';
import { input, ORIGIN } from '../../../tests/fixtures/factory';
import { forPair } from './model';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['entry', 'link', 'category'].includes(name)
});

function feed(lang: 'ja' | 'en') {
	const text = buildAtomFeed({
		lang,
		self: `${ORIGIN}/${lang}/feed.xml`,
		chronicle: `${ORIGIN}/${lang}/`,
		entries: feedEntries(input, lang)
	});
	return { text, feed: parser.parse(text).feed };
}

describe('atomDate', () => {
	it('dates a partial date by its first day, in RFC 3339', () => {
		expect(atomDate('2024-06-19')).toBe('2024-06-19T00:00:00Z');
		expect(atomDate('1996-09')).toBe('1996-09-01T00:00:00Z');
		expect(atomDate('2019')).toBe('2019-01-01T00:00:00Z');
	});
});

describe('lastUpdated', () => {
	it('is the date, or the latest correction where that is later', () => {
		const correction = (date: string) => ({ date, ja: '訂正', en: 'Corrected' });
		expect(lastUpdated('2024-12-16', [])).toBe('2024-12-16');
		expect(lastUpdated('2024-12', [correction('2026-11-29'), correction('2025-01-02')])).toBe(
			'2026-11-29'
		);
		expect(lastUpdated('2024-12-16', [correction('2024-12-15')])).toBe('2024-12-16');
	});
});

describe('feedEntries', () => {
	it('has every event and commentary entry, newest first, events before commentary', () => {
		const ids = feedEntries(input, 'en').map((e) => e.id.replace(`${ORIGIN}/en/`, ''));
		expect(ids).toEqual([
			'commentary/2025-09-04-column/',
			'events/2025-09-03-parade/',
			'commentary/2024-06-29-blog/',
			'events/2024-06-19-summit/',
			'events/2019-context/',
			'events/1996-09-treaty-lapses/',
			'events/1961-07-06-treaty/'
		]);
	});

	it('puts a same-day event before the commentary', () => {
		const sameDay = {
			...input,
			commentary: [{ ...input.commentary[1], date: '2025-09-03' }]
		};
		const ids = feedEntries(sameDay, 'ja').map((e) => e.id);
		expect(ids.slice(0, 2)).toEqual([
			`${ORIGIN}/ja/events/2025-09-03-parade/`,
			`${ORIGIN}/ja/commentary/2025-09-04-column/`
		]);
	});
});

describe('buildAtomFeed', () => {
	for (const lang of ['ja', 'en'] as const) {
		it(`is a valid Atom feed in ${lang}`, () => {
			const { feed: f } = feed(lang);
			expect(f['@xmlns']).toBe('http://www.w3.org/2005/Atom');
			expect(f['@xml:lang']).toBe(lang);
			expect(f.id).toBe(`${ORIGIN}/${lang}/feed.xml`);
			expect(f.title['#text']).toBe(lang === 'ja' ? '中露朝クロニクル' : 'Triangle Chronicle');
			expect(f.updated).toBe('2025-09-04T00:00:00Z');
			expect(f.link).toEqual([
				{ '@rel': 'self', '@type': 'application/atom+xml', '@href': `${ORIGIN}/${lang}/feed.xml` },
				{
					'@rel': 'alternate',
					'@type': 'text/html',
					'@hreflang': lang,
					'@href': `${ORIGIN}/${lang}/`
				}
			]);
			expect(f.entry).toHaveLength(input.events.length + input.commentary.length);
			for (const entry of f.entry) {
				expect(entry.id).toMatch(new RegExp(`^${ORIGIN}/${lang}/`));
				expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
				const alternate = entry.link.find(
					(l: Record<string, string>) => l['@rel'] === 'alternate' && l['@hreflang'] === lang
				);
				expect(alternate['@href']).toBe(entry.id);
			}
		});
	}

	it('writes titles, summaries and URLs with markup characters as text', () => {
		const { text, feed: f } = feed('en');
		expect(text).not.toContain('<alliance>');
		expect(text).not.toContain('<b>');
		const blog = f.entry.find((e: { id: string }) => e.id.includes('2024-06-29-blog'));
		expect(blog.title['#text']).toBe('A de facto <alliance> & more');
		expect(blog.author.name).toBe('Hamada Satoshi');
		const original = blog.link.find((l: Record<string, string>) => l['@rel'] === 'related');
		expect(original['@href']).toBe('https://blog.example/post?a=1&b=2');
		const summit = f.entry.find((e: { id: string }) => e.id.includes('2024-06-19-summit'));
		expect(summit.summary['#text']).toBe('-leading dash, then <b>&amp;</b>');
	});

	it("moves a corrected entry's updated, and the feed's, to the correction", () => {
		const corrected = {
			...input,
			events: input.events.map((e) =>
				e.id === '2019-context'
					? { ...e, corrections: [{ date: '2026-11-29', ja: '訂正', en: 'Corrected' }] }
					: e
			)
		};
		const f = parser.parse(
			buildAtomFeed({
				lang: 'en',
				self: `${ORIGIN}/en/feed.xml`,
				chronicle: `${ORIGIN}/en/`,
				entries: feedEntries(corrected, 'en')
			})
		).feed;
		const context = f.entry.find((e: { id: string }) => e.id.includes('2019-context'));
		expect([context.published, context.updated, f.updated]).toEqual([
			'2019-01-01T00:00:00Z',
			'2026-11-29T00:00:00Z',
			'2026-11-29T00:00:00Z'
		]);
	});

	it('writes the language of the feed and labels categories in it', () => {
		const { feed: f } = feed('ja');
		const parade = f.entry.find((e: { id: string }) => e.id.includes('parade'));
		expect(parade.title['#text']).toBe('2025-09-03-parade の題');
		expect(parade.category.map((c: Record<string, string>) => c['@label'])).toEqual([
			'パレード',
			'中国–北朝鮮',
			'中国–ロシア',
			'ロシア–北朝鮮'
		]);
		const context = f.entry.find((e: { id: string }) => e.id.includes('2019-context'));
		expect(context.category[1]).toEqual({ '@term': 'context', '@label': '周辺の動き' });
	});
});

describe('buildAtomFeed for one pair', () => {
	it("is named after the relationship and links the pair's page", () => {
		const narrowed = forPair(input, 'kp-ru');
		const text = buildAtomFeed({
			lang: 'en',
			self: `${ORIGIN}/en/pairs/kp-ru/feed.xml`,
			chronicle: `${ORIGIN}/en/pairs/kp-ru/`,
			entries: feedEntries(narrowed, 'en'),
			pair: 'kp-ru'
		});
		const f = parser.parse(text).feed;
		expect(f.title['#text']).toBe('Triangle Chronicle: Russia–North Korea');
		expect(f.id).toBe(`${ORIGIN}/en/pairs/kp-ru/feed.xml`);
		expect(f.entry.map((e: { id: string }) => e.id)).toEqual(
			feedEntries(narrowed, 'en').map((e) => e.id)
		);
		expect(f.entry.length).toBeLessThan(feedEntries(input, 'en').length);
		const ja = buildAtomFeed({
			lang: 'ja',
			self: `${ORIGIN}/ja/pairs/kp-ru/feed.xml`,
			chronicle: `${ORIGIN}/ja/pairs/kp-ru/`,
			entries: feedEntries(narrowed, 'ja'),
			pair: 'kp-ru'
		});
		expect(parser.parse(ja).feed.title['#text']).toBe('中露朝クロニクル:ロシア–北朝鮮');
	});
});
