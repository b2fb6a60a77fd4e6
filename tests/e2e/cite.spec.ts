/**
 * "Cite this", bibliographies, corrections and revision history on the built site. Every reference
 * file is read back with citation-js's own parsers (CSL-JSON, BibTeX, RIS).
 */
import { readFile } from 'node:fs/promises';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { APIRequestContext, Page } from '@playwright/test';
import { LANES, lanesOf } from '../../src/lib/content/lanes';
import { content, expect, path, published, test, timelineReady } from './fixtures';

const LANGS = ['ja', 'en'] as const;
const FILES = { json: 'CSL-JSON', bib: 'BibTeX', ris: 'RIS' } as const;
const CORRECTED = '2024-12-16-pentagon-confirms-combat';

interface Item {
	title: string;
	URL: string;
	issued?: { 'date-parts': number[][] };
}

const parse = async (text: string) => (await Cite.async(text)).data as Item[];
const issued = (item: Item) =>
	item.issued?.['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-');

async function fetchText(request: APIRequestContext, p: string, type: RegExp) {
	const response = await request.get(path(p));
	expect(response.status(), p).toBe(200);
	expect(response.headers()['content-type']).toMatch(type);
	return response.text();
}

/** Downloads each of the page's reference files and reads it back. */
async function expectFiles(page: Page, title: string) {
	const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
	const changed = await page
		.getByTestId('revision-history')
		.locator('p time')
		.nth(1)
		.getAttribute('datetime');
	for (const [format, label] of Object.entries(FILES)) {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByTestId('cite-this').getByRole('link', { name: label, exact: true }).click()
		]);
		expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
		const [item, ...rest] = await parse(await readFile((await download.path())!, 'utf8'));
		expect(rest, format).toEqual([]);
		expect({ title: item.title, url: item.URL, date: issued(item) }, format).toEqual({
			title,
			url: canonical,
			date: changed
		});
	}
}

for (const lang of LANGS) {
	test(`an event page shows its reference, and its files download and parse (${lang})`, async ({
		page
	}) => {
		const event = published.find((e) => e.id === CORRECTED)!;
		await page.goto(path(`/${lang}/events/${event.id}/`));
		const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
		const reference = page.getByTestId('reference');
		await expect(reference).toContainText(event.title[lang]);
		await expect(reference).toContainText(canonical);
		await expect(reference).toContainText(
			lang === 'ja' ? '中露朝クロニクル' : 'Triangle Chronicle'
		);
		await expect(reference).toContainText(lang === 'ja' ? '参照 ' : 'Accessed ');
		await expectFiles(page, event.title[lang]);
	});

	test(`the copy button copies the reference (${lang})`, async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(path(`/${lang}/events/${CORRECTED}/`));
		const reference = await page.getByTestId('reference').textContent();
		await page.getByTestId('cite-this').getByTestId('copy-text').click();
		await expect(page.getByTestId('cite-this').getByTestId('copy-text-confirmation')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
	});

	test(`a commentary page has its reference and files too (${lang})`, async ({ page }) => {
		const entry = content.commentary[0];
		await page.goto(path(`/${lang}/commentary/${entry.id}/`));
		// The reference is typeset: its style turns straight apostrophes into typographic ones.
		const typeset = entry.title[lang].replaceAll("'", '’');
		await expect(page.getByTestId('reference')).toContainText(typeset);
		await expectFiles(page, entry.title[lang]);
	});

	test(`the corrected event shows its correction at the top, and its history (${lang})`, async ({
		page
	}) => {
		const event = published.find((e) => e.id === CORRECTED)!;
		const [correction] = event.corrections;
		await page.goto(path(`/${lang}/events/${event.id}/`));
		const shown = page.getByTestId('correction');
		await expect(shown).toContainText(correction[lang]);
		await expect(shown.locator('time')).toHaveAttribute('datetime', correction.date);
		await expect(shown).toContainText(lang === 'ja' ? '訂正' : 'Correction');
		// Above the summary: a reader sees it before the text it corrects.
		const top = async (selector: string) => (await page.locator(selector).boundingBox())!.y;
		expect(await top('[data-testid=correction]')).toBeLessThan(await top('.lede'));
		const history = page.getByTestId('revision-history');
		await expect(history).toContainText(lang === 'ja' ? '初出' : 'First published');
		expect(await history.locator('ol li').count()).toBeGreaterThan(0);
	});

	test(`the bibliographies hold the chronicle's and each lane's events (${lang})`, async ({
		request
	}) => {
		/** Each event's title and page, sorted: the files list them in date order. */
		const expected = (events: typeof published) =>
			events.map((e) => `${e.title[lang]} ${path(`/${lang}/events/${e.id}/`)}`).sort();
		const got = (items: Item[]) => items.map((i) => `${i.title} ${new URL(i.URL).pathname}`).sort();
		for (const format of ['bib', 'ris', 'json'] as const) {
			const all = await parse(await fetchText(request, `/${lang}/cite.${format}`, /./));
			expect(got(all)).toEqual(expected(published));
		}
		for (const lane of LANES) {
			const items = await parse(
				await fetchText(request, `/${lang}/pairs/${lane}/cite.ris`, /^application\/x-research/)
			);
			expect(got(items)).toEqual(expected(published.filter((e) => lanesOf(e).includes(lane))));
		}
		await fetchText(request, `/${lang}/cite.bib`, /^application\/x-bibtex/);
	});

	test(`the chronicle's bibliography link follows the pair filter (${lang})`, async ({ page }) => {
		await page.goto(path(`/${lang}/`));
		await timelineReady(page);
		const bibtex = page.getByTestId('bibliography').getByRole('link', { name: 'BibTeX' });
		await expect(bibtex).toHaveAttribute('href', path(`/${lang}/cite.bib`));
		await page.locator('[data-testid=triangle] button[data-lane=cn-ru]').click();
		await expect(bibtex).toHaveAttribute('href', path(`/${lang}/pairs/cn-ru/cite.bib`));
		const [download] = await Promise.all([page.waitForEvent('download'), bibtex.click()]);
		const items = await parse(await readFile((await download.path())!, 'utf8'));
		expect(items.map((i) => i.title).sort()).toEqual(
			published
				.filter((e) => lanesOf(e).includes('cn-ru'))
				.map((e) => e.title[lang])
				.sort()
		);
	});
}

test('without JavaScript the reference and the files are there', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(path(`/en/events/${CORRECTED}/`));
	await expect(page.getByTestId('reference')).toContainText('Triangle Chronicle');
	await expect(page.getByTestId('cite-this').getByRole('link')).toHaveCount(3);
	await page.goto(path('/en/'));
	await expect(page.getByTestId('bibliography').getByRole('link', { name: 'RIS' })).toHaveAttribute(
		'href',
		path('/en/cite.ris')
	);
	await context.close();
});
