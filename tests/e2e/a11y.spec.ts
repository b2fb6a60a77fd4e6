import type { Route } from '@playwright/test';
import { dictionaries } from '../../src/lib/i18n';
import { axeViolations, expect, path, test, timelineReady } from './fixtures';

const PAGES = [
	'/',
	'/ja/',
	'/en/',
	'/ja/pairs/kp-ru/',
	'/en/events/2024-06-19-putin-pyongyang-treaty/',
	'/ja/commentary/2024-06-29-hamada-de-facto-alliance/',
	'/en/treaties/',
	'/ja/treaties/',
	'/en/years/2024/',
	'/en/no-such-page/'
];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const target of PAGES) {
		test(`axe: ${target} in ${colorScheme} mode has no WCAG 2.2 A/AA violations`, async ({
			page,
			watch
		}) => {
			// axe walks every node: the whole chronicle (124 events and the timeline) takes a while.
			test.slow();
			watch.allow(/404/);
			await page.emulateMedia({ colorScheme });
			await page.goto(path(target));
			if (target === '/ja/' || target === '/en/') await timelineReady(page);
			if (target === '/') await page.waitForURL(/\/(ja|en)\/$/);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}

test('keyboard only: filter, step through events, open one, copy its link, come back', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(path('/en/'));
	await timelineReady(page);
	// Tab to the Russia–North Korea edge of the triangle and press it.
	const edge = page.locator('button[data-lane=kp-ru]');
	for (let i = 0; i < 40 && !(await edge.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(edge).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?pair=kp-ru$/);
	// On to the first entry's button, then step with the arrows.
	const firstButton = page.locator('li.entry:visible button.select-entry').first();
	for (
		let i = 0;
		i < 60 && !(await firstButton.evaluate((el) => el === document.activeElement));
		i++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(firstButton).toBeFocused();
	// Code fetched from now on (the detail panel) arrives late, as on a slow network: a quick Enter
	// must still act on the entry the arrows reached, not on the one focused before.
	const late = async (route: Route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.fallback();
	};
	await page.route('**/_app/immutable/**', late);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	// The first arrow selects the first entry, the second moves on to the next.
	const selected = await page.locator('li.entry:visible').nth(1).getAttribute('data-id');
	expect(selected).toBeTruthy();
	await expect(page.locator('li.entry.selected')).toHaveAttribute('data-id', selected!);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/en/events/${selected}/$`));
	await page.unroute('**/_app/immutable/**', late);
	// The page's one script (delayed above) enhances the copy button once it has run.
	await page.waitForLoadState();
	// Copy the event's link by keyboard.
	const copy = page.getByTestId('copy-link');
	for (let i = 0; i < 40 && !(await copy.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('copy-confirmation')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		new RegExp(`/en/events/${selected}/$`)
	);
	// The browser's Back (headless Chromium has no Alt+← shortcut).
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`\\?pair=kp-ru&event=${selected}$`));
	await expect(page.locator(`#e-${selected}`)).toHaveClass(/selected/);
});

test('keyboard only: closing the detail panel returns the focus to its entry', async ({ page }) => {
	await page.goto(path('/en/'));
	await timelineReady(page);
	const entry = page.locator('li.entry').first();
	const button = entry.locator('button.select-entry');
	await button.focus();
	await page.keyboard.press('Space');
	await expect(entry).toHaveClass(/selected/);
	// Back up the page into the panel above the list, to its close button.
	const panel = page.getByTestId('detail-panel');
	const close = panel.getByRole('button', { name: dictionaries.en.closeDetail });
	await expect(close).toBeVisible();
	for (let i = 0; i < 40 && !(await close.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Shift+Tab');
	}
	await expect(close).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(panel).toHaveCount(0);
	await expect(button).toBeFocused();
});
