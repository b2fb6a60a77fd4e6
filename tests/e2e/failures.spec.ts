/**
 * Every file the chronicle loads lazily can fail (a redeploy, a flaky connection): the page says
 * so where the feature would be, keeps everything else working, never throws, and asks for one
 * file at most three times a minute.
 */
import type { Page } from '@playwright/test';
import { dictionaries } from '../../src/lib/i18n';
import { expect, path, published, test, timelineReady } from './fixtures';

/** The browser's own console line for a failed or aborted request. */
const FAILED_LOAD = /Failed to load resource/;
const t = dictionaries.en;

/** From now on, the site's code files the page has not loaded yet are gone, as after a redeploy. */
async function removeNewCode(page: Page) {
	await page.route(/\/_app\/immutable\/.*\.(js|css)$/, (route) => route.abort());
}

/** vis-timeline's chunk: the only file with this class name in it. */
async function removeTimelineCode(page: Page) {
	await page.route(/\/_app\/immutable\/.*\.js$/, async (route) => {
		const response = await route.fetch();
		if ((await response.text()).includes('vis-item-overflow')) return route.abort();
		return route.fulfill({ response });
	});
}

async function pairFilterWorks(page: Page) {
	const edge = page.locator('[data-testid=triangle] button[data-lane=kp-ru]');
	await edge.click();
	await expect(edge).toHaveAttribute('aria-pressed', 'true');
	const count = published.filter((e) => e.pairs.includes('kp-ru')).length;
	await expect(page.getByTestId('result-count')).toHaveText(t.shownCount(count, published.length));
}

test.describe('when a file fails to load', () => {
	test('a missing search index: search says so, asks at most three times, the rest works', async ({
		page,
		watch
	}) => {
		watch.allow(FAILED_LOAD);
		let requests = 0;
		await page.route('**/search-index.json', (route) => {
			requests++;
			return route.fulfill({ status: 404, body: 'Not found' });
		});
		await page.goto(path('/en/'));
		await timelineReady(page);
		const box = page.locator('#chronicle-search');
		await box.fill('treaty');
		await expect(page.getByTestId('search-failed')).toContainText(t.search.unavailable);
		for (const q of ['treat', 'Putin', 'Kim', 'Xi', 'summit', 'UN']) {
			await box.fill(q);
			await page.waitForTimeout(350);
		}
		await page.getByTestId('search-failed').getByRole('button', { name: t.tryAgain }).click();
		await page.waitForTimeout(500);
		expect(requests).toBeGreaterThan(0);
		expect(requests).toBeLessThanOrEqual(3);
		await expect(page.getByTestId('search-failed')).toBeVisible();
		await box.fill('');
		await pairFilterWorks(page);
	});

	test('search tries again on the next action and then works', async ({ page, watch }) => {
		watch.allow(FAILED_LOAD);
		let broken = true;
		await page.route('**/search-index.json', (route) =>
			broken ? route.fulfill({ status: 500, body: 'Server error' }) : route.fallback()
		);
		// A shared search link: one load on arrival, and nothing typed that could retry on its own.
		await page.goto(path('/en/?q=treaty'));
		await timelineReady(page);
		const failed = page.getByTestId('search-failed');
		await expect(failed).toBeVisible();
		broken = false;
		await failed.getByRole('button', { name: t.tryAgain }).click();
		await expect(failed).toBeHidden();
		await expect(page.locator('li.entry:visible mark').first()).toBeVisible();
	});

	test('missing search code: search says so and nothing throws', async ({ page, watch }) => {
		watch.allow(FAILED_LOAD);
		await page.goto(path('/en/'));
		await timelineReady(page);
		await removeNewCode(page);
		await page.locator('#chronicle-search').fill('treaty');
		await expect(page.getByTestId('search-failed')).toContainText(t.search.unavailable);
		await pairFilterWorks(page);
	});

	test('missing timeline code: the timeline says so, the chronology works', async ({
		page,
		watch
	}) => {
		watch.allow(FAILED_LOAD);
		await removeTimelineCode(page);
		await page.goto(path('/en/'));
		await expect(page.getByTestId('timeline-failed')).toContainText(t.timelineUnavailable);
		await expect(page.getByTestId('timeline')).not.toHaveClass(/ready/);
		await pairFilterWorks(page);
		const entry = page.locator('li.entry:visible').first();
		await entry.locator('button.select-entry').click();
		await expect(page.getByTestId('detail-panel')).toBeVisible();
	});

	test('missing detail panel code: the selection links to the event page', async ({
		page,
		watch
	}) => {
		watch.allow(FAILED_LOAD);
		await page.goto(path('/en/'));
		await timelineReady(page);
		await removeNewCode(page);
		const entry = page.locator('li.entry').first();
		const id = await entry.getAttribute('data-id');
		await entry.locator('button.select-entry').click();
		const failed = page.getByTestId('detail-failed');
		await expect(failed).toContainText(t.detailUnavailable);
		await expect(failed.getByRole('link', { name: t.openEvent })).toHaveAttribute(
			'href',
			path(`/en/events/${id}/`)
		);
		await expect(page).toHaveURL(new RegExp(`\\?event=${id}$`));
	});
});
