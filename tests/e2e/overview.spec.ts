/**
 * The overview strip (issue 15 §2): the whole chronicle drawn small under the timeline, its window
 * marked, moved by pointer and keys, following the timeline's own moves, written to the URL; and
 * on touch the timeline leaves vertical swipes and plain wheels to the page (§5).
 */
import type { Page } from '@playwright/test';
import { expect, path, test, timelineReady } from './fixtures';

const LANGS = ['ja', 'en'] as const;

/** The window in the address, as month numbers (year × 12 + month) for arithmetic. */
function windowOf(page: Page) {
	const url = new URL(page.url());
	const month = (value: string | null) => {
		const [y, m] = (value ?? '0-0').split('-').map(Number);
		return y * 12 + m - 1;
	};
	return { from: month(url.searchParams.get('from')), to: month(url.searchParams.get('to')) };
}
const widthOf = (w: { from: number; to: number }) => w.to - w.from;

/** The marker's and the strip's boxes, and a year's tick position, in page pixels. */
async function geometry(page: Page) {
	// The mouse does not scroll: bring the strip into view first.
	await page.getByTestId('overview').scrollIntoViewIfNeeded();
	const marker = (await page.getByTestId('overview-window').boundingBox())!;
	const track = (await page.locator('[data-testid=overview] .track').boundingBox())!;
	return { marker, track };
}
async function tickX(page: Page, year: number) {
	const box = (await page
		.locator('[data-testid=overview] .tick', { hasText: String(year) })
		.boundingBox())!;
	return box.x + box.width / 2;
}

for (const lang of LANGS) {
	test.describe(`overview (${lang})`, () => {
		test('the strip draws the whole chronicle and marks the window shown', async ({ page }) => {
			await page.goto(path(`/${lang}/?from=2017-01&to=2025-12`));
			await timelineReady(page);
			const slider = page.getByRole('slider', {
				name: lang === 'ja' ? 'タイムラインの表示範囲' : 'Window shown on the timeline'
			});
			await expect(slider).toBeVisible();
			await expect(slider).toHaveAttribute(
				'aria-valuetext',
				lang === 'ja' ? '2017〜2025年' : '2017–2025'
			);
			// Treaty bands and events per year, drawn small.
			await expect(page.locator('[data-testid=overview] rect.band')).not.toHaveCount(0);
			await expect(page.locator('[data-testid=overview] rect.bar')).not.toHaveCount(0);
			// The marker spans 2017–2025 on the strip's own scale: 2020 inside, 2000 before it.
			const { marker, track } = await geometry(page);
			expect(marker.x).toBeGreaterThan(track.x + track.width / 2);
			expect(marker.x + marker.width).toBeLessThanOrEqual(track.x + track.width + 1);
			const at2020 = await tickX(page, 2020);
			expect(at2020).toBeGreaterThan(marker.x);
			expect(at2020).toBeLessThan(marker.x + marker.width);
			expect(await tickX(page, 2000)).toBeLessThan(marker.x);
			// Nine years of a chronicle of about eighty: roughly a ninth of the strip.
			expect(marker.width / track.width).toBeGreaterThan(0.08);
			expect(marker.width / track.width).toBeLessThan(0.16);
		});

		test('dragging the marker moves the timeline and the address, in place', async ({ page }) => {
			await page.goto(path(`/${lang}/?from=2017-01&to=2025-12`));
			await timelineReady(page);
			const entries = await page.evaluate(() => history.length);
			const before = windowOf(page);
			const { marker } = await geometry(page);
			const y = marker.y + marker.height / 2;
			await page.mouse.move(marker.x + marker.width / 2, y);
			await page.mouse.down();
			for (let step = 1; step <= 10; step++)
				await page.mouse.move(marker.x + marker.width / 2 - step * 25, y);
			await page.mouse.up();
			await expect.poll(() => windowOf(page).from).toBeLessThan(before.from - 24);
			// The same width, moved: the timeline shows the earlier years.
			expect(Math.abs(widthOf(windowOf(page)) - widthOf(before))).toBeLessThanOrEqual(1);
			const from = Math.floor(windowOf(page).from / 12);
			await expect(page.locator('.vis-time-axis.vis-foreground')).toContainText(String(from + 1));
			await expect(page.getByTestId('overview-window')).toHaveAttribute(
				'aria-valuetext',
				new RegExp(`^${from}`)
			);
			expect(await page.evaluate(() => history.length)).toBe(entries);
		});

		test('a click elsewhere on the strip centres the window there', async ({ page }) => {
			await page.goto(path(`/${lang}/?from=2017-01&to=2025-12`));
			await timelineReady(page);
			const before = windowOf(page);
			const { track } = await geometry(page);
			await page.mouse.click(await tickX(page, 1980), track.y + track.height / 2);
			await expect.poll(() => windowOf(page).from).toBeLessThan(1980 * 12);
			const after = windowOf(page);
			expect(after.to).toBeGreaterThan(1980 * 12);
			expect(Math.abs((after.from + after.to) / 2 - 1980 * 12)).toBeLessThan(12);
			expect(Math.abs(widthOf(after) - widthOf(before))).toBeLessThanOrEqual(1);
		});

		test('the keyboard pans and zooms from the marker, and the address follows', async ({
			page
		}) => {
			await page.goto(path(`/${lang}/?from=2017-01&to=2025-12`));
			await timelineReady(page);
			const slider = page.getByTestId('overview-window');
			await slider.focus();
			const start = windowOf(page);
			await page.keyboard.press('ArrowLeft');
			await expect.poll(() => windowOf(page).from).toBeLessThan(start.from);
			expect(Math.abs(widthOf(windowOf(page)) - widthOf(start))).toBeLessThanOrEqual(1);
			const panned = windowOf(page);
			const wide = (await slider.boundingBox())!.width;
			await page.keyboard.press('+');
			await expect.poll(() => widthOf(windowOf(page))).toBeLessThan(widthOf(panned) * 0.6);
			expect((await slider.boundingBox())!.width).toBeLessThan(wide * 0.6);
			const zoomed = windowOf(page);
			await page.keyboard.press('-');
			await expect.poll(() => widthOf(windowOf(page))).toBeGreaterThan(widthOf(zoomed) * 1.6);
			await page.keyboard.press('Home');
			await expect.poll(() => windowOf(page).from).toBeLessThan(1950 * 12);
			await expect(slider).toHaveAttribute('aria-valuetext', /^194\d/);
			await page.keyboard.press('End');
			const thisYear = new Date().getUTCFullYear();
			await expect.poll(() => windowOf(page).to).toBeGreaterThanOrEqual(thisYear * 12);
			await expect(slider).toBeFocused();
		});

		test("the marker follows the timeline's own zoom and drag", async ({ page }) => {
			await page.goto(path(`/${lang}/?from=2017-01&to=2025-12`));
			await timelineReady(page);
			const slider = page.getByTestId('overview-window');
			const before = (await geometry(page)).marker;
			await page.getByRole('button', { name: lang === 'ja' ? /拡大/ : /Zoom in/ }).click();
			await expect
				.poll(async () => (await slider.boundingBox())!.width)
				.toBeLessThan(before.width * 0.7);
			const zoomed = (await slider.boundingBox())!;
			// Dragging the timeline to the right shows earlier years: the marker moves left.
			await page.getByTestId('timeline').scrollIntoViewIfNeeded();
			const panel = (await page.locator('.vis-panel.vis-center').boundingBox())!;
			// The first lane's top strip, where names are written and no event is drawn.
			const y = panel.y + 8;
			await page.mouse.move(panel.x + 100, y);
			await page.mouse.down();
			for (let step = 1; step <= 10; step++) await page.mouse.move(panel.x + 100 + step * 50, y);
			await page.mouse.up();
			await expect.poll(async () => (await slider.boundingBox())!.x).toBeLessThan(zoomed.x - 2);
		});
	});
}

/** A one-finger swipe from (x, y) by (dx, dy), as touch events the browser scrolls with. */
async function swipe(page: Page, x: number, y: number, dx: number, dy: number) {
	const cdp = await page.context().newCDPSession(page);
	const point = (i: number) => [
		{ x: Math.round(x + (dx * i) / 10), y: Math.round(y + (dy * i) / 10) }
	];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
	for (let i = 1; i <= 10; i++)
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(i) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

test.describe('on a touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	const opened = { from: 2017 * 12, to: 2025 * 12 + 11 };

	test('a vertical swipe over the timeline or the strip scrolls the page and moves nothing', async ({
		page
	}) => {
		await page.goto(path('/en/?from=2017-01&to=2025-12'));
		await timelineReady(page);
		for (const target of [page.locator('.vis-panel.vis-center'), page.getByTestId('overview')]) {
			await target.scrollIntoViewIfNeeded();
			const box = (await target.boundingBox())!;
			const before = await page.evaluate(() => scrollY);
			// A finger moving down scrolls the page up: the timeline follows the long list on a
			// phone, so there is always room above it.
			await swipe(page, box.x + box.width / 2, box.y + box.height / 2, 0, 200);
			await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(before - 100);
			await page.waitForTimeout(300);
			expect(windowOf(page)).toEqual(opened);
		}
	});
});

test('a plain wheel over the timeline scrolls the page and leaves the window', async ({ page }) => {
	await page.goto(path('/en/?from=2017-01&to=2025-12'));
	await timelineReady(page);
	const { marker } = await geometry(page);
	const timeline = (await page.locator('.vis-panel.vis-center').boundingBox())!;
	await page.mouse.move(timeline.x + timeline.width / 2, timeline.y + timeline.height / 2);
	const before = await page.evaluate(() => scrollY);
	await page.mouse.wheel(0, 300);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);
	await page.waitForTimeout(400);
	expect(windowOf(page)).toEqual({ from: 2017 * 12, to: 2025 * 12 + 11 });
	expect((await page.getByTestId('overview-window').boundingBox())!.width).toBeCloseTo(
		marker.width,
		0
	);
});
