/**
 * The real content built with `LIST_LIMIT=20` (the `paged` project of playwright.config.ts): the
 * chronicle lists only its latest year, as it does past 200 events, and still reaches every event:
 * through the timeline, selection, keyboard steps, search, the pair filter and the year pages; the
 * pair pages are paged the same way.
 */
import { groupByYear, latestYearsStart } from '../../src/lib/chronology';
import { countByLane, isVisible } from '../../src/lib/filter';
import { dictionaries } from '../../src/lib/i18n';
import { axeViolations, expect, published, test, timelineReady } from './fixtures';

/** The `paged` project's LIST_LIMIT (playwright.config.ts). */
const LIMIT = 20;
const start = latestYearsStart(published, LIMIT);
const listed = published.slice(start);
const unlisted = published.slice(0, start);
const years = groupByYear(published);
const first = published[0];

test.beforeAll(() => {
	// The point of the fixture: most events are not listed on the chronicle page.
	expect(listed.length).toBeGreaterThan(0);
	expect(listed.length).toBeLessThanOrEqual(LIMIT);
	expect(unlisted.length).toBeGreaterThan(listed.length);
});

for (const lang of ['ja', 'en'] as const) {
	const t = dictionaries[lang];

	test.describe(`a chronicle longer than LIST_LIMIT (${lang})`, () => {
		test('lists the latest years and links every year; axe finds nothing', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await timelineReady(page);
			await expect(page.locator('li.entry')).toHaveCount(listed.length);
			await expect(page.getByTestId('result-count')).toHaveText(t.eventCount(published.length));
			const index = page.getByTestId('year-index');
			await expect(index.locator('li')).toHaveCount(years.length);
			for (const { year, items } of years)
				await expect(
					index.locator('li', { has: page.locator(`a[href="/${lang}/years/${year}/"]`) })
				).toContainText(`(${items.length})`);
			// Every event is on the timeline, listed or not (points or clusters).
			await expect(page.locator('.vis-item.vis-point, .vis-item.cluster').first()).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});

		test('an unlisted event opens from its link, with its details loaded', async ({ page }) => {
			await page.goto(`/${lang}/?event=${first.id}`);
			await timelineReady(page);
			const panel = page.getByTestId('detail-panel');
			await expect(panel.locator('h3')).toHaveText(first.title[lang]);
			await expect(panel).toContainText(first.summary[lang]);
			await expect(page).toHaveURL(new RegExp(`\\?event=${first.id}$`));
			await expect(page.locator('.vis-item.vis-point.vis-selected')).toHaveText(first.title[lang]);
		});

		test('the keyboard steps into unlisted years, and the focus follows', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await timelineReady(page);
			const previous = unlisted.at(-1)!;
			/** From the first listed entry's button, one step back into the unlisted years. */
			const stepBack = async () => {
				await page.locator(`#e-${listed[0].id} button.select-entry`).focus();
				await page.keyboard.press('Space');
				await expect(page).toHaveURL(new RegExp(`event=${listed[0].id}`));
				await page.keyboard.press('ArrowLeft');
				await expect(page).toHaveURL(new RegExp(`event=${previous.id}`));
			};
			await stepBack();
			const panel = page.getByTestId('detail-panel');
			await expect(panel.locator('h3')).toHaveText(previous.title[lang]);
			// That entry has no button in the list: the panel's link to it takes the focus.
			const open = panel.getByRole('link', { name: dictionaries[lang].openEvent });
			await expect(open).toBeFocused();
			// Back to the listed entry, whose button takes the focus again.
			await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(new RegExp(`event=${listed[0].id}`));
			await expect(page.locator(`#e-${listed[0].id} button.select-entry`)).toBeFocused();
			// Escape from the panel and its close button keep the focus in the chronicle.
			await page.keyboard.press('ArrowLeft');
			await expect(open).toBeFocused();
			await page.keyboard.press('Escape');
			await expect(page).not.toHaveURL(/event=/);
			await expect(page.getByTestId('chronicle')).toBeFocused();
			await stepBack();
			await expect(open).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(
				panel.getByRole('button', { name: dictionaries[lang].closeDetail })
			).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(panel).toHaveCount(0);
			await expect(page.getByTestId('chronicle')).toBeFocused();
			// Enter on the panel's link opens the event page.
			await stepBack();
			await expect(open).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/${lang}/events/${previous.id}/$`));
		});

		test('search finds and marks hits in unlisted years', async ({ page }) => {
			const word = lang === 'ja' ? '条約' : 'treaty';
			await page.goto(`/${lang}/?q=${encodeURIComponent(word)}`);
			await timelineReady(page);
			const hits = page.getByTestId('unlisted-hits');
			await expect(hits.locator('li').first()).toBeVisible();
			await expect(hits.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
			// Each hit is a link to its event page.
			const link = hits.locator('li a').first();
			const href = await link.getAttribute('href');
			expect(unlisted.some((e) => href === `/${lang}/events/${e.id}/`)).toBe(true);
			expect(await axeViolations(page)).toEqual([]);
			await link.click();
			await expect(page).toHaveURL(href!);
		});

		test('the pair filter counts every event, listed or not', async ({ page }) => {
			await page.goto(`/${lang}/`);
			await timelineReady(page);
			await page.locator('button[data-lane=kp-ru]').click();
			await expect(page.getByTestId('result-count')).toHaveText(
				t.shownCount(countByLane(published)['kp-ru'], published.length)
			);
			const shown = listed.filter((e) => isVisible(e, ['kp-ru']));
			await expect(page.locator('li.entry:visible')).toHaveCount(shown.length);
		});

		test('a pair page past the limit lists its latest years too', async ({ page }) => {
			const own = published.filter((e) => isVisible(e, ['kp-ru']));
			expect(own.length).toBeGreaterThan(LIMIT);
			await page.goto(`/${lang}/pairs/kp-ru/`);
			await expect(page.locator('.intro .count')).toHaveText(t.eventCount(own.length));
			await expect(page.locator('li.entry')).toHaveCount(own.length - latestYearsStart(own, LIMIT));
			await expect(page.getByTestId('year-index').locator('li')).toHaveCount(years.length);
			expect(await axeViolations(page)).toEqual([]);
		});

		test('a year page lists its events and links its neighbours', async ({ page }) => {
			const { year, items } = years[1];
			await page.goto(`/${lang}/years/${year}/`);
			await expect(page.locator('h1')).toHaveText(t.yearTitle(year));
			await expect(page.locator('li.entry')).toHaveCount(items.length);
			await expect(page.locator('a[rel=prev]')).toHaveAttribute(
				'href',
				`/${lang}/years/${years[0].year}/`
			);
			await expect(page.locator('a[rel=next]')).toHaveAttribute(
				'href',
				`/${lang}/years/${years[2].year}/`
			);
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the chronicle lists the latest years, and the year pages the rest', async ({ page }) => {
		await page.goto('/en/');
		await expect(page.locator('li.entry')).toHaveCount(listed.length);
		await page.getByTestId('year-index').locator(`a[href="/en/years/${years[0].year}/"]`).click();
		await expect(page.locator('li.entry')).toHaveCount(years[0].items.length);
		await expect(page.locator(`#e-${first.id} h4`)).toHaveText(first.title.en);
	});
});

test.describe('when a long chronicle cannot load a file', () => {
	const t = dictionaries.en;
	const FAILED_LOAD = /Failed to load resource/;

	test('the catalogue: the timeline says so, the years stay reachable, a retry enhances the page', async ({
		page,
		watch
	}) => {
		watch.allow(FAILED_LOAD);
		let broken = true;
		await page.route('**/catalogue.json', (route) =>
			broken ? route.fulfill({ status: 500, body: 'Server error' }) : route.fallback()
		);
		await page.goto('/en/');
		const failed = page.getByTestId('timeline-failed');
		await expect(failed).toContainText(t.timelineUnavailable);
		await expect(page.locator('li.entry')).toHaveCount(listed.length);
		await expect(
			page.getByTestId('year-index').locator(`a[href="/en/years/${years[0].year}/"]`)
		).toBeVisible();
		broken = false;
		await failed.getByRole('button', { name: t.tryAgain }).click();
		await timelineReady(page);
		await expect(failed).toBeHidden();
		await page.locator('button[data-lane=kp-ru]').click();
		await expect(page.getByTestId('result-count')).toHaveText(
			t.shownCount(countByLane(published)['kp-ru'], published.length)
		);
	});

	test("a year's entries: the selection links to the event page", async ({ page, watch }) => {
		watch.allow(FAILED_LOAD);
		await page.route('**/years/*/entries.json', (route) =>
			route.fulfill({ status: 404, body: 'Not found' })
		);
		await page.goto(`/en/?event=${first.id}`);
		await timelineReady(page);
		const failed = page.getByTestId('detail-failed');
		await expect(failed).toContainText(t.detailUnavailable);
		await expect(failed.getByRole('link', { name: t.openEvent })).toHaveAttribute(
			'href',
			`/en/events/${first.id}/`
		);
	});
});
