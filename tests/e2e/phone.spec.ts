import type { Locator, Page } from '@playwright/test';
import { expect, path, published, test } from './fixtures';

const LANGS = ['ja', 'en'] as const;
const PHONE = { width: 390, height: 844 };

/** Where the element ends, in the first screen's coordinates (the page is not scrolled). */
async function bottomOf(locator: Locator) {
	const box = await locator.boundingBox();
	expect(box, `${locator} is laid out`).not.toBeNull();
	return box!.y + box!.height;
}

/** The first screen holds the title, the whole pair filter and the first two entries' date and title. */
async function expectFirstScreen(page: Page, links: boolean) {
	const inFirstScreen = async (locator: Locator, what: string) =>
		expect(await bottomOf(locator), `${what} ends in the first screen`).toBeLessThanOrEqual(
			PHONE.height
		);
	expect(await page.evaluate(() => scrollY)).toBe(0);
	await inFirstScreen(page.locator('h1'), 'the title');
	const filter = page.getByTestId('triangle');
	await inFirstScreen(filter, 'the relationship filter');
	const edges = filter.locator(links ? 'a.edge-control' : 'button.edge-control');
	await expect(edges).toHaveCount(4);
	for (const edge of await edges.all()) {
		await expect(edge).toBeVisible();
		await inFirstScreen(edge, `the toggle ${await edge.textContent()}`);
	}
	// Each entry is a card with a summary: its date, pairs and title are what a reader scans.
	const entries = page.locator('li.entry');
	for (const i of [0, 1]) {
		const entry = entries.nth(i);
		await expect(entry).toBeVisible();
		await inFirstScreen(entry.locator('time').first(), `entry ${i + 1}'s date`);
		await inFirstScreen(entry.locator('h4'), `entry ${i + 1}'s title`);
	}
}

test.describe('a phone', () => {
	for (const lang of LANGS) {
		test(`the first screen shows the title, the filter and the first entries (${lang})`, async ({
			browser
		}) => {
			const context = await browser.newContext({
				viewport: PHONE,
				isMobile: true,
				hasTouch: true
			});
			const page = await context.newPage();
			await page.goto(path(`/${lang}/`));
			// Enhanced: the toggles are buttons and the search box is there, above the entries.
			await expect(page.locator('[data-testid=triangle] button.edge-control')).toHaveCount(4);
			await expectFirstScreen(page, false);
			expect(await bottomOf(page.getByTestId('search'))).toBeLessThanOrEqual(PHONE.height);
			// The timeline follows the entries.
			const timeline = (await page.getByTestId('timeline-shell').boundingBox())!;
			expect(timeline.y).toBeGreaterThan(await bottomOf(page.locator('li.entry').nth(1)));
			// The toggles still filter.
			await page.locator('[data-testid=triangle] button[data-lane=kp-ru]').click();
			await expect(page).toHaveURL(/\?pair=kp-ru$/);
			await expect(page.locator('li.entry:visible').first()).toHaveClass(/p-kp-ru/);
			await context.close();
		});

		test(`the first screen without JavaScript (${lang})`, async ({ browser }) => {
			const context = await browser.newContext({
				viewport: PHONE,
				isMobile: true,
				hasTouch: true,
				javaScriptEnabled: false
			});
			const page = await context.newPage();
			await page.goto(path(`/${lang}/`));
			await expectFirstScreen(page, true);
			await context.close();
		});
	}

	test('no sideways scrolling at 320 px', async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 320, height: 640 },
			isMobile: true,
			hasTouch: true
		});
		const page = await context.newPage();
		const event = published.at(-1)!;
		for (const target of [
			'/ja/',
			'/en/',
			`/ja/events/${event.id}/`,
			`/en/events/${event.id}/`,
			'/ja/treaties/',
			'/en/treaties/'
		]) {
			await page.goto(path(target));
			await page.waitForLoadState('networkidle');
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width, `${target} is ${width} px wide`).toBeLessThanOrEqual(320);
		}
		await context.close();
	});
});

/**
 * "No empty block": in the column beside the filter, within the filter's height, no stretch taller
 * than this is left without content (about four lines of text).
 */
const MAX_EMPTY = 120;

for (const lang of LANGS) {
	test(`at 1280 px the filter sits beside the title and the search with no empty block (${lang})`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(path(`/${lang}/`));
		await expect(page.locator('[data-testid=triangle] button.edge-control')).toHaveCount(4);
		const filter = (await page.getByTestId('triangle').boundingBox())!;
		const beside = [];
		for (const selector of [
			'h1',
			'.tagline',
			'[data-testid=search]',
			'[data-testid=result-count]',
			'.copy-link',
			'[data-testid=embed-code]',
			'[data-testid=bibliography]'
		]) {
			const box = (await page.locator(`main ${selector}`).first().boundingBox())!;
			if (box.x >= filter.x + filter.width || box.x + box.width <= filter.x) beside.push(box);
		}
		const search = (await page.getByTestId('search').boundingBox())!;
		expect(beside, 'the search box is beside the filter').toContainEqual(search);
		// The filter is no taller than a screen's first half.
		expect(filter.height).toBeLessThanOrEqual(450);
		// Walk down the filter's height: every stretch beside it holds something.
		let reached = filter.y;
		for (const box of beside.sort((a, b) => a.y - b.y)) {
			if (box.y > filter.y + filter.height) break;
			expect(box.y - reached, `an empty block above ${JSON.stringify(box)}`).toBeLessThanOrEqual(
				MAX_EMPTY
			);
			reached = Math.max(reached, box.y + box.height);
		}
		expect(filter.y + filter.height - reached, 'an empty block at the end').toBeLessThanOrEqual(
			MAX_EMPTY
		);
	});
}
