/**
 * The open-data files as the built site serves them, each read with a real parser (csv-parse,
 * fast-xml-parser, ical.js) and checked against the content.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { APIRequestContext } from '@playwright/test';
import { PAIRS } from '../../src/lib/content/schema';
import { dictionaries } from '../../src/lib/i18n';
import { content, expect, path, published, test } from './fixtures';

const LANGS = ['ja', 'en'] as const;
const commentary = content.commentary;
const dayPrecise = published.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));

async function fetchFile(request: APIRequestContext, p: string, type: RegExp) {
	const response = await request.get(path(p));
	expect(response.status(), p).toBe(200);
	expect(response.headers()['content-type']).toMatch(type);
	return response;
}

/** A canonical URL is absolute and points at the page under the base path. */
function expectCanonical(url: string, p: string) {
	expect(url).toMatch(/^https?:\/\//);
	expect(new URL(url).pathname).toBe(path(p));
}

test.describe('/events.json', () => {
	test('has every published event and commentary entry, in both languages', async ({ request }) => {
		const data = await (await fetchFile(request, '/events.json', /^application\/json/)).json();
		expect(data.version).toMatch(/^\d+\.\d+$/);
		expect(Date.parse(data.generated)).not.toBeNaN();
		expect(data.pair).toBeNull();
		expect(data.counts).toEqual({ events: published.length, commentary: commentary.length });
		expect(data.events.map((e: { id: string }) => e.id)).toEqual(published.map((e) => e.id));
		expect(data.commentary.map((c: { id: string }) => c.id).sort()).toEqual(
			commentary.map((c) => c.id).sort()
		);
		for (const [i, event] of published.entries()) {
			const out = data.events[i];
			expect(out).toMatchObject({
				date: event.date,
				end: event.end ?? null,
				countries: event.countries,
				pairs: event.pairs,
				kind: event.kind,
				title: event.title,
				summary: event.summary,
				certainty: event.certainty ?? null,
				related: event.related,
				sources: event.sources
			});
			expect(out.treaty.map((s: { id: string; action: string }) => `${s.id} ${s.action}`)).toEqual(
				event.treaty.map((s) => `${s.id} ${s.action}`)
			);
			for (const lang of LANGS)
				expectCanonical(out.canonical[lang], `/${lang}/events/${event.id}/`);
		}
		for (const entry of data.commentary) {
			const source = commentary.find((c) => c.id === entry.id)!;
			expect(entry).toMatchObject({
				author: source.author,
				title: source.title,
				summary: source.summary,
				url: source.url,
				events: source.events
			});
			for (const lang of LANGS)
				expectCanonical(entry.canonical[lang], `/${lang}/commentary/${entry.id}/`);
		}
	});

	test('canonical URLs lead to real pages', async ({ request }) => {
		const data = await (await fetchFile(request, '/events.json', /json/)).json();
		const urls = [...data.events, ...data.commentary].flatMap(
			(e: { canonical: Record<string, string> }) => LANGS.map((lang) => e.canonical[lang])
		);
		for (const url of urls) {
			const response = await request.get(new URL(url).pathname, { maxRedirects: 0 });
			expect(response.status(), url).toBe(200);
		}
	});
});

test.describe('/events.csv', () => {
	test('is UTF-8 with a byte-order mark, CRLF lines and one row per event', async ({ request }) => {
		const response = await fetchFile(request, '/events.csv', /^text\/csv; charset=utf-8/);
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text.replaceAll('\r\n', '')).not.toMatch(/\n/);
		const rows: Record<string, string>[] = parseCsv(text, { bom: true, columns: true });
		expect(rows).toHaveLength(published.length);
		expect(Object.keys(rows[0])).toEqual([
			'id',
			'date',
			'end',
			'precision',
			'countries',
			'pairs',
			'kind',
			'title_ja',
			'title_en',
			'summary_ja',
			'summary_en',
			'certainty_ja',
			'certainty_en',
			'sources',
			'url_ja',
			'url_en'
		]);
		for (const [i, event] of published.entries()) {
			const row = rows[i];
			expect(row).toMatchObject({
				id: event.id,
				date: event.date,
				end: event.end ?? '',
				countries: event.countries.join(' '),
				pairs: event.pairs.join(' '),
				kind: event.kind,
				// The content starts no text with = + - @, so nothing is apostrophe-guarded here.
				title_ja: event.title.ja,
				title_en: event.title.en,
				summary_ja: event.summary.ja,
				summary_en: event.summary.en,
				certainty_ja: event.certainty?.ja ?? '',
				certainty_en: event.certainty?.en ?? '',
				sources: event.sources.map((s) => s.url).join(' ')
			});
			expect(row.precision).toBe(['year', 'month', 'day'][event.date.split('-').length - 1]);
			expectCanonical(row.url_ja, `/ja/events/${event.id}/`);
			expectCanonical(row.url_en, `/en/events/${event.id}/`);
		}
		// Japanese survives the round trip through the file.
		expect(rows.find((r) => r.id === '2024-06-19-putin-pyongyang-treaty')!.title_ja).toContain(
			'プーチン'
		);
	});
});

for (const lang of LANGS) {
	test(`/${lang}/feed.xml is an Atom feed of events and commentary, newest first`, async ({
		request
	}) => {
		const response = await fetchFile(request, `/${lang}/feed.xml`, /^application\/atom\+xml/);
		const parser = new XMLParser({
			ignoreAttributes: false,
			attributeNamePrefix: '@',
			isArray: (name) => ['entry', 'link', 'category'].includes(name)
		});
		const feed = parser.parse(await response.text()).feed;
		expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
		expect(feed['@xml:lang']).toBe(lang);
		const self = feed.link.find((l: Record<string, string>) => l['@rel'] === 'self');
		expectCanonical(self['@href'], `/${lang}/feed.xml`);
		expect(feed.entry).toHaveLength(published.length + commentary.length);

		const titles = new Map<string, string>([
			...published.map((e) => [`/${lang}/events/${e.id}/`, e.title[lang]] as const),
			...commentary.map((c) => [`/${lang}/commentary/${c.id}/`, c.title[lang]] as const)
		]);
		const seen = feed.entry.map((entry: { id: string; title: { '#text': string } }) => {
			const p = new URL(entry.id).pathname.slice(path('').length);
			expect(entry.title['#text']).toBe(titles.get(p));
			return p;
		});
		expect(new Set(seen)).toEqual(new Set(titles.keys()));
		const dates = feed.entry.map((e: { published: string }) => Date.parse(e.published));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		// An entry's `updated` is its date, or its latest correction's where that is later.
		const corrected = new Map(
			[...published, ...commentary]
				.filter((entry) => entry.corrections.length > 0)
				.map(
					(entry) =>
						[
							entry.id,
							entry.corrections
								.map((c) => c.date)
								.sort()
								.at(-1)!
						] as const
				)
		);
		expect(corrected.size).toBeGreaterThan(0);
		for (const entry of feed.entry) {
			const correction = corrected.get(entry.id.replace(/\/$/, '').split('/').at(-1));
			const latest = [entry.published, `${correction}T00:00:00Z`].sort().at(-1);
			expect(entry.updated).toBe(correction ? latest : entry.published);
		}
		const latest = Math.max(...feed.entry.map((e: { updated: string }) => Date.parse(e.updated)));
		expect(Date.parse(feed.updated)).toBe(latest);
	});
}

test('/events.ics has an all-day event for each day-precise event only', async ({ request }) => {
	const response = await fetchFile(request, '/events.ics', /^text\/calendar/);
	const text = await response.text();
	expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

	const calendar = new ICAL.Component(ICAL.parse(text));
	const vevents = calendar.getAllSubcomponents('vevent');
	expect(vevents).toHaveLength(dayPrecise.length);
	expect(dayPrecise.length).toBeLessThan(published.length);
	for (const [i, event] of dayPrecise.entries()) {
		const vevent = vevents[i];
		expect(vevent.getFirstPropertyValue('uid')).toBe(`${event.id}@triangle-chronicle`);
		expect(vevent.getFirstPropertyValue('summary')).toBe(`${event.title.ja} / ${event.title.en}`);
		const ev = new ICAL.Event(vevent);
		expect(ev.startDate.isDate).toBe(true);
		expect(ev.startDate.toString()).toBe(event.date);
		const last = new Date(`${event.end ?? event.date}T00:00:00Z`);
		last.setUTCDate(last.getUTCDate() + 1);
		expect(ev.endDate.toString()).toBe(last.toISOString().slice(0, 10));
		const description = String(vevent.getFirstPropertyValue('description'));
		for (const lang of LANGS) expect(description).toContain(`/${lang}/events/${event.id}/`);
		expectCanonical(String(vevent.getFirstPropertyValue('url')), `/ja/events/${event.id}/`);
	}
});

for (const pair of PAIRS) {
	test(`pair files for ${pair} hold that pair's events`, async ({ request }) => {
		const expected = published.filter((e) => e.pairs.includes(pair)).map((e) => e.id);
		expect(expected.length).toBeGreaterThan(0);

		const data = await (
			await fetchFile(request, `/pairs/${pair}/events.json`, /^application\/json/)
		).json();
		expect(data.pair).toBe(pair);
		expect(data.events.map((e: { id: string }) => e.id)).toEqual(expected);
		// Commentary is kept when it discusses at least one of the pair's events.
		expect(data.commentary.map((c: { id: string }) => c.id).sort()).toEqual(
			commentary
				.filter((c) => c.events.some((id) => expected.includes(id)))
				.map((c) => c.id)
				.sort()
		);
		for (const treaty of data.treaties) expect(treaty.pair).toBe(pair);

		const csv = await fetchFile(request, `/pairs/${pair}/events.csv`, /^text\/csv/);
		const rows: Record<string, string>[] = parseCsv(await csv.body(), {
			bom: true,
			columns: true
		});
		expect(rows.map((r) => r.id)).toEqual(expected);
	});
}

for (const lang of LANGS) {
	test(`every page links the data files (${lang})`, async ({ page, request }) => {
		await page.goto(path(`/${lang}/`));
		const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
		await expect(feed).toHaveAttribute('href', path(`/${lang}/feed.xml`));
		const block = page.locator('footer .data-links');
		await expect(block).toContainText(lang === 'ja' ? 'データ' : 'Data');
		const links = block.getByRole('link');
		await expect(links).toHaveText(['JSON', 'CSV', 'Atom', 'iCalendar']);
		const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
		expect(hrefs).toEqual([
			path('/events.json'),
			path('/events.csv'),
			path(`/${lang}/feed.xml`),
			path('/events.ics')
		]);
		for (const href of hrefs) expect((await request.get(href!)).status()).toBe(200);

		await page.goto(path(`/${lang}/events/${published[0].id}/`));
		await expect(page.locator('footer .data-links').getByRole('link')).toHaveCount(4);
	});
}

test.describe('feeds per relationship', () => {
	const pairName = (pair: (typeof PAIRS)[number], lang: (typeof LANGS)[number]) =>
		dictionaries[lang].lanes[pair].long;

	for (const pair of PAIRS) {
		const events = published.filter((e) => e.pairs.includes(pair));
		const ids = new Set(events.map((e) => e.id));
		const discussed = commentary.filter((c) => c.events.some((id) => ids.has(id)));

		for (const lang of LANGS) {
			test(`/${lang}/pairs/${pair}/feed.xml is an Atom feed of that pair (${lang})`, async ({
				request
			}) => {
				const p = `/${lang}/pairs/${pair}/feed.xml`;
				const response = await fetchFile(request, p, /^application\/atom\+xml/);
				const parser = new XMLParser({
					ignoreAttributes: false,
					attributeNamePrefix: '@',
					isArray: (name) => ['entry', 'link', 'category'].includes(name)
				});
				const feed = parser.parse(await response.text()).feed;
				expect(feed['@xml:lang']).toBe(lang);
				expect(feed.title['#text']).toContain(pairName(pair, lang));
				expectCanonical(feed.id, p);
				const links = new Map(
					feed.link.map((l: Record<string, string>) => [l['@rel'], l['@href']] as const)
				);
				expectCanonical(links.get('self') as string, p);
				expectCanonical(links.get('alternate') as string, `/${lang}/pairs/${pair}/`);
				const entries = feed.entry.map((e: { id: string }) =>
					new URL(e.id).pathname.slice(path('').length)
				);
				expect(new Set(entries)).toEqual(
					new Set([
						...events.map((e) => `/${lang}/events/${e.id}/`),
						...discussed.map((c) => `/${lang}/commentary/${c.id}/`)
					])
				);
				const updated = feed.entry.map((e: { updated: string }) => Date.parse(e.updated));
				expect(updated).toEqual([...updated].sort((a, b) => b - a));
			});
		}

		test(`/pairs/${pair}/events.ics has that pair's day-precise events`, async ({ request }) => {
			const response = await fetchFile(request, `/pairs/${pair}/events.ics`, /^text\/calendar/);
			const calendar = new ICAL.Component(ICAL.parse(await response.text()));
			expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toContain(
				pairName(pair, 'en')
			);
			const uids = calendar
				.getAllSubcomponents('vevent')
				.map((v) => v.getFirstPropertyValue('uid'));
			const expected = dayPrecise.filter((e) => ids.has(e.id));
			expect(expected.length).toBeGreaterThan(0);
			expect(uids).toEqual(expected.map((e) => `${e.id}@triangle-chronicle`));
		});
	}

	for (const lang of LANGS) {
		test(`a pair page announces and links its feed and calendar (${lang})`, async ({
			page,
			request
		}) => {
			const pair = 'kp-ru';
			await page.goto(path(`/${lang}/pairs/${pair}/`));
			const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
			await expect(feeds).toHaveCount(2);
			const hrefs = await feeds.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
			expect(hrefs).toContain(path(`/${lang}/pairs/${pair}/feed.xml`));
			const block = page.getByTestId('pair-data-links');
			await expect(block).toContainText(pairName(pair, lang));
			const links = block.getByRole('link');
			await expect(links).toHaveText(['JSON', 'CSV', 'Atom', 'iCalendar']);
			const targets = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
			expect(targets).toEqual([
				path(`/pairs/${pair}/events.json`),
				path(`/pairs/${pair}/events.csv`),
				path(`/${lang}/pairs/${pair}/feed.xml`),
				path(`/pairs/${pair}/events.ics`)
			]);
			for (const href of targets) expect((await request.get(href!)).status()).toBe(200);
			// The context lane is no pair: it has no feed of its own.
			await page.goto(path(`/${lang}/pairs/context/`));
			await expect(page.getByTestId('pair-data-links')).toHaveCount(0);
		});
	}
});
