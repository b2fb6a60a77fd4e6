import type { Page } from '@playwright/test';
import { expect, path, published, test, timelineReady } from './fixtures';

async function shownIds(page: Page) {
	return page
		.locator('li.entry')
		.evaluateAll((els) =>
			els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.dataset.id)
		);
}

test.describe('search', () => {
	test('the index loads only when search is first used', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.goto(path('/ja/'));
		await timelineReady(page);
		expect(requested.filter((u) => u.includes('search-index'))).toEqual([]);
		await page.locator('#chronicle-search').focus();
		await expect
			.poll(() => requested.filter((u) => u.includes('search-index.json')).length)
			.toBe(1);
	});

	test('Japanese without spaces: 「条約」 finds the treaties, 「プーチン」 the visits', async ({
		page
	}) => {
		await page.goto(path('/ja/'));
		await timelineReady(page);
		await page.locator('#chronicle-search').fill('条約');
		await expect(page).toHaveURL(/\?q=%E6%9D%A1%E7%B4%84$/);
		const treaties = await shownIds(page);
		for (const id of [
			'1961-07-06-soviet-dprk-treaty',
			'1961-07-11-sino-dprk-treaty',
			'2001-07-16-sino-russian-treaty',
			'2024-06-19-putin-pyongyang-treaty'
		]) {
			expect(treaties).toContain(id);
		}
		expect(treaties.length).toBeLessThan(published.length);
		await expect(page.locator('li.entry:visible mark').first()).toHaveText('条約');
		await page.locator('#chronicle-search').fill('プーチン');
		await expect(page).toHaveURL(/\?q=/);
		await expect
			.poll(() => shownIds(page))
			.toEqual(
				expect.arrayContaining([
					'2000-07-19-putin-first-pyongyang-visit',
					'2024-06-19-putin-pyongyang-treaty'
				])
			);
	});

	test('English words and prefixes, combined with the pair filter', async ({ page }) => {
		await page.goto(path('/en/'));
		await timelineReady(page);
		await page.locator('#chronicle-search').fill('treat');
		await expect(page).toHaveURL(/\?q=treat$/);
		const all = await shownIds(page);
		expect(all).toContain('2001-07-16-sino-russian-treaty');
		await page.locator('button[data-lane=cn-ru]').click();
		await expect(page).toHaveURL(/\?pair=cn-ru&q=treat$/);
		const both = await shownIds(page);
		expect(both.length).toBeGreaterThan(0);
		expect(both.every((id) => all.includes(id))).toBe(true);
		expect(both.every((id) => published.find((e) => e.id === id)!.pairs.includes('cn-ru'))).toBe(
			true
		);
		// The timeline shows the same events: only matching items are drawn (on its next redraw).
		const titles = both.map((id) => published.find((e) => e.id === id)!.title.en);
		const drawn = () =>
			page
				// Not the lanes' strips: empty ranges that keep events below the band names.
				.locator('.vis-item.vis-point, .vis-item.vis-range:not(.strip)')
				.evaluateAll((els) => els.map((el) => el.textContent?.trim()));
		await expect
			.poll(async () => (await drawn()).filter((text) => !titles.includes(text!)))
			.toEqual([]);
	});

	test('a query in the URL searches on load; no results offers to clear', async ({ page }) => {
		await page.goto(path('/en/?q=zzzzqqq&pair=kp-ru'));
		await expect(page.getByTestId('no-results')).toBeVisible();
		await expect(page.locator('#chronicle-search')).toHaveValue('zzzzqqq');
		await page.getByRole('button', { name: 'Clear the search and the filter' }).click();
		await expect(page).toHaveURL(new RegExp(`${path('/en/')}$`));
		await expect.poll(() => shownIds(page)).toHaveLength(published.length);
	});

	test('Back returns to the view before the search, Forward to the search', async ({ page }) => {
		await page.goto(path('/en/?pair=cn-kp'));
		await timelineReady(page);
		await page.locator('#chronicle-search').fill('coal');
		await page.locator('#chronicle-search').press('Enter');
		await expect(page).toHaveURL(/\?pair=cn-kp&q=coal$/);
		await page.goBack();
		await expect(page).toHaveURL(/\?pair=cn-kp$/);
		await expect(page.locator('#chronicle-search')).toHaveValue('');
		await page.goForward();
		await expect(page).toHaveURL(/\?pair=cn-kp&q=coal$/);
		await expect(page.locator('#chronicle-search')).toHaveValue('coal');
	});
});

test.describe('print', () => {
	for (const target of [
		'/ja/',
		'/en/pairs/kp-ru/',
		'/en/events/2024-06-19-putin-pyongyang-treaty/'
	]) {
		test(`printing ${target} gives a clean document`, async ({ page }) => {
			await page.goto(path(target));
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('[data-testid=timeline-shell]')).toHaveCount(
				target === '/ja/' ? 1 : 0
			);
			for (const hidden of [
				'[data-testid=timeline-shell]',
				'[data-testid=triangle]',
				'header nav',
				'button'
			]) {
				for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
			}
			// Source addresses are written out.
			const eventPage = target.includes('/events/');
			const id = eventPage
				? target.split('/')[3]
				: await page.locator('li.entry').first().getAttribute('data-id');
			const event = published.find((e) => e.id === id)!;
			await expect(page.locator('main')).toContainText(event.sources[0].url);
			if (target === '/ja/') {
				await expect(page.locator('li.entry:visible')).toHaveCount(published.length);
			}
			const pdf = await page.pdf({ format: 'A4' });
			expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
			expect(pdf.length).toBeGreaterThan(10_000);
		});
	}
});
