import type { Locator, Page } from '@playwright/test';
import { comparePartialDates } from '../../src/lib/content/dates';
import { deriveTreaties } from '../../src/lib/content/treaties';
import { expect, path, published, test } from './fixtures';

const LANGS = ['ja', 'en'] as const;
const IDS = ['cn-ru-1950', 'kp-ru-1961', 'cn-kp-1961', 'kp-ru-2000', 'cn-ru-2001', 'kp-ru-2024'];
const treaties = deriveTreaties(
	[...published].sort((a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id))
);
const treaty = (id: string) => treaties.find((t) => t.id === id)!;

/** Path and query of the current page, to compare with `path(…)` whatever the base path. */
const where = (page: Page) => {
	const url = new URL(page.url());
	return url.pathname + url.search;
};

/** Waits until the site's script has read the choice from the URL. */
async function comparisonReady(page: Page) {
	await expect(page.getByTestId('comparison')).toHaveAttribute('data-ready', 'true');
}

/** The table a column of the comparison shows: each holds every treaty's, CSS shows one. */
const shown = (scope: Page | Locator, side: 'a' | 'b') =>
	scope.locator(`[data-slot="${side}"] table`).filter({ visible: true });

const cell = (page: Page, pair: string, year: number) =>
	page.locator(`[data-testid="strip-${pair}"] [data-year="${year}"]`);

for (const lang of LANGS) {
	const treatiesPage = path(`/${lang}/treaties/`);

	test.describe(`treaties (${lang})`, () => {
		test('lists every treaty with names, parties, dates, events and sources', async ({ page }) => {
			await page.goto(treatiesPage);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page).toHaveTitle(lang === 'ja' ? /^条約 \| / : /^Treaties \| /);
			const sections = page.locator('section.treaty');
			await expect(sections).toHaveCount(IDS.length);
			expect(await sections.evaluateAll((els) => els.map((el) => el.id))).toEqual(IDS);
			for (const id of IDS) {
				const section = page.locator(`#${id}`);
				await expect(section.locator('h3')).toContainText(treaty(id).short[lang]);
				await expect(section).toContainText(treaty(id).name[lang]);
				for (const eventId of treaty(id).eventIds) {
					await expect(
						section.locator(`a[href="${path(`/${lang}/events/${eventId}/`)}"]`).first()
					).toBeVisible();
				}
				await expect(section.locator('.sources a[href^="http"]').first()).toBeVisible();
			}
			// The USSR for 1961, Russia afterwards.
			const soviet = page.locator('#kp-ru-1961 [data-field="parties"]');
			await expect(soviet).toHaveText(lang === 'ja' ? 'ソ連 – 北朝鮮' : 'USSR – North Korea');
			await expect(page.locator('#kp-ru-2000 [data-field="parties"]')).toHaveText(
				lang === 'ja' ? 'ロシア – 北朝鮮' : 'Russia – North Korea'
			);
			// Signing, entry into force, extension, lapse and replacement, as in the fact sheet.
			const field = (id: string, name: string) => page.locator(`#${id} [data-field="${name}"]`);
			await expect(field('kp-ru-1961', 'signed')).toHaveText(
				lang === 'ja' ? '1961年7月6日、モスクワ' : '6 July 1961, Moscow'
			);
			await expect(field('cn-kp-1961', 'signed')).toHaveText(
				lang === 'ja' ? '1961年7月11日、北京' : '11 July 1961, Beijing'
			);
			await expect(field('cn-kp-1961', 'in-force')).toHaveText(
				lang === 'ja' ? '1961年9月10日' : '10 September 1961'
			);
			await expect(field('kp-ru-1961', 'ended')).toContainText(
				lang === 'ja' ? '1996年9月' : 'September 1996'
			);
			await expect(field('kp-ru-2000', 'in-force')).toContainText(
				lang === 'ja' ? '未確認' : 'Not confirmed'
			);
			await expect(field('cn-ru-2001', 'in-force')).toHaveText(
				lang === 'ja' ? '2002年2月28日' : '28 February 2002'
			);
			await expect(field('cn-ru-2001', 'extended')).toContainText(
				lang === 'ja' ? '2027年2月28日まで' : 'until 28 February 2027'
			);
			await expect(field('kp-ru-2024', 'signed')).toHaveText(
				lang === 'ja' ? '2024年6月19日、平壌' : '19 June 2024, Pyongyang'
			);
			await expect(field('kp-ru-2024', 'in-force')).toHaveText(
				lang === 'ja' ? '2024年12月4日' : '4 December 2024'
			);
			await expect(field('kp-ru-2000', 'successor').locator('a')).toHaveAttribute(
				'href',
				`${treatiesPage}#kp-ru-2024`
			);
			await expect(field('kp-ru-2024', 'predecessor').locator('a')).toHaveAttribute(
				'href',
				`${treatiesPage}#kp-ru-2000`
			);
		});

		test('the status strip shows the Russia–North Korea gap, from the data', async ({ page }) => {
			await page.goto(treatiesPage);
			const expected: [string, number, string][] = [
				['kp-ru', 1970, 'pledge'],
				['kp-ru', 1996, 'none'],
				['kp-ru', 1997, 'none'],
				['kp-ru', 2000, 'plain'],
				['kp-ru', 2023, 'plain'],
				['kp-ru', 2024, 'pledge'],
				['kp-ru', 2025, 'pledge'],
				['cn-kp', 1970, 'pledge'],
				['cn-kp', 2025, 'pledge'],
				['cn-ru', 1955, 'pledge'],
				['cn-ru', 1985, 'none'],
				['cn-ru', 2001, 'none'],
				['cn-ru', 2021, 'plain']
			];
			for (const [pair, year, status] of expected) {
				await expect(cell(page, pair, year), `${pair} ${year}`).toHaveAttribute(
					'data-status',
					status
				);
			}
			// The lapse and the replacement show as changes within their year.
			await expect(cell(page, 'kp-ru', 1996)).toHaveAttribute('data-phases', 'pledge none');
			await expect(cell(page, 'kp-ru', 2024)).toHaveAttribute('data-phases', 'plain pledge');
			for (const year of [1995, 1996, 2000]) {
				await expect(cell(page, 'kp-ru', year)).toHaveAttribute('data-uncertain', 'true');
			}
			await expect(cell(page, 'kp-ru', 1997)).toHaveAttribute('data-uncertain', 'false');
			// The same in words: the table lists the gap as one run of years.
			const gap = page.locator('[data-pair-table="kp-ru"] tr[data-from="1997"]');
			await expect(gap).toHaveAttribute('data-to', '1999');
			await expect(gap).toHaveAttribute('data-status', 'none');
			await expect(gap.locator('td').first()).toHaveText(lang === 'ja' ? 'なし' : 'None');
		});

		test('picking two treaties updates the table and the URL', async ({ page }) => {
			await page.goto(treatiesPage);
			await comparisonReady(page);
			const comparison = page.getByTestId('comparison');
			await expect(shown(comparison, 'a')).toHaveAttribute('data-treaty', 'kp-ru-1961');
			await page.getByTestId('pick-a').selectOption('cn-kp-1961');
			await expect.poll(() => where(page)).toBe(`${treatiesPage}?a=cn-kp-1961&b=kp-ru-2024`);
			// Focus stays on the select the reader is using (keepFocus).
			await page.getByTestId('pick-b').focus();
			await page.getByTestId('pick-b').selectOption('cn-ru-2001');
			await expect.poll(() => where(page)).toBe(`${treatiesPage}?a=cn-kp-1961&b=cn-ru-2001`);
			await expect(page.getByTestId('pick-b')).toBeFocused();
			const a = shown(comparison, 'a');
			const b = shown(comparison, 'b');
			await expect(a).toHaveAttribute('data-treaty', 'cn-kp-1961');
			await expect(b).toHaveAttribute('data-treaty', 'cn-ru-2001');
			await expect(a.locator('caption')).toContainText(treaty('cn-kp-1961').short[lang]);
			expect(
				await a.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.aid))
			).toEqual(['true', 'false']);
			await expect(b.locator('tbody tr')).toHaveCount(3);
			await expect(b.locator('tbody tr[data-aid="true"]')).toHaveCount(0);
			await expect(b.locator('[data-field="term"]')).toContainText(treaty('cn-ru-2001').term[lang]);
		});

		test('a shared ?a=…&b=… URL opens with that comparison', async ({ page }) => {
			await page.goto(`${treatiesPage}?a=kp-ru-2000&b=kp-ru-2024`);
			await comparisonReady(page);
			await expect(page.getByTestId('pick-a')).toHaveValue('kp-ru-2000');
			await expect(page.getByTestId('pick-b')).toHaveValue('kp-ru-2024');
			const b = shown(page, 'b');
			await expect(shown(page, 'a')).toHaveAttribute('data-treaty', 'kp-ru-2000');
			// Art. 4 of the 2024 treaty: immediate aid, under Art. 51 of the UN Charter.
			const art4 = b.locator('tbody tr[data-article="4"]');
			await expect(art4).toHaveAttribute('data-aid', 'true');
			await expect(art4.locator('.conditions')).toContainText(lang === 'ja' ? '第51条' : 'Art. 51');
			await expect(shown(page, 'a').locator('tbody th').first()).toHaveText(
				lang === 'ja' ? '条番号未確認' : 'Article number not verified'
			);
		});

		test('unknown a and b fall back to the default comparison', async ({ page }) => {
			await page.goto(`${treatiesPage}?a=%3Cscript%3E&b=kp-ru-9999`);
			await comparisonReady(page);
			await expect(page.getByTestId('comparison')).toHaveAttribute('data-a', 'kp-ru-1961');
			await expect(page.getByTestId('comparison')).toHaveAttribute('data-b', 'kp-ru-2024');
		});

		test('anchors scroll to the treaty, from this page and from event pages', async ({ page }) => {
			await page.goto(`${treatiesPage}#kp-ru-2000`);
			await expect(page.locator('#kp-ru-2000')).toBeInViewport();
			await page.locator(`nav a[href="${treatiesPage}#kp-ru-2024"]`).click();
			await expect(page.locator('#kp-ru-2024')).toBeInViewport();
			await page.goto(path(`/${lang}/events/2024-12-04-treaty-enters-into-force/`));
			await page.locator(`a[href="${treatiesPage}#kp-ru-2000"]`).first().click();
			await expect.poll(() => new URL(page.url()).hash).toBe('#kp-ru-2000');
			await expect(page.locator('#kp-ru-2000')).toBeInViewport();
		});

		test('the site navigation links to the page', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await page
				.getByRole('navigation', { name: lang === 'ja' ? 'サイト内' : 'Site' })
				.getByRole('link', { name: lang === 'ja' ? '条約' : 'Treaties' })
				.click();
			await expect.poll(() => where(page)).toBe(treatiesPage);
			await expect(page.locator('h1')).toContainText(lang === 'ja' ? '条約' : 'Treaties');
		});

		test('works with JavaScript disabled', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(treatiesPage);
			await expect(page.locator('section.treaty')).toHaveCount(IDS.length);
			await expect(cell(page, 'kp-ru', 1997)).toHaveAttribute('data-status', 'none');
			await expect(page.locator('[data-pair-table="kp-ru"] tbody tr').first()).toBeVisible();
			// The default comparison is in the HTML, and the picker works without scripts.
			await expect(shown(page, 'a')).toHaveAttribute('data-treaty', 'kp-ru-1961');
			await expect(shown(page, 'b')).toHaveAttribute('data-treaty', 'kp-ru-2024');
			await page.getByTestId('pick-a').selectOption('cn-ru-2001');
			await expect(shown(page, 'a')).toHaveAttribute('data-treaty', 'cn-ru-2001');
			await expect(shown(page, 'a').locator('caption')).toContainText(
				treaty('cn-ru-2001').short[lang]
			);
			await expect(shown(page, 'b')).toHaveAttribute('data-treaty', 'kp-ru-2024');
			await page.goto(`${treatiesPage}#kp-ru-2000`);
			await expect(page.locator('#kp-ru-2000')).toBeInViewport();
			await context.close();
		});
	});
}
