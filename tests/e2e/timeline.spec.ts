/**
 * The timeline as a reading instrument (issue 15): the first view shows events one by one, clusters
 * open, uncertain dates are drawn as such, and the zoom window lives in the URL.
 */
import type { Page } from '@playwright/test';
import { expect, path, test, timelineReady } from './fixtures';

const LANGS = ['ja', 'en'] as const;

/** The boxes of the event items that start inside the visible window (dot or range, and label). */
async function drawnEvents(page: Page) {
	return page.evaluate(() => {
		const frame = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
		return [...document.querySelectorAll<HTMLElement>('.vis-item:is(.vis-point, .vis-range)')]
			.filter((item) => !item.classList.contains('cluster'))
			.map((item) => {
				const parts = [item, ...item.querySelectorAll<HTMLElement>('.tl-event')];
				const boxes = parts.map((el) => el.getBoundingClientRect());
				const left = Math.min(...boxes.map((b) => b.left));
				const right = Math.max(...boxes.map((b) => b.right));
				const top = Math.min(...boxes.map((b) => b.top));
				const bottom = Math.max(...boxes.map((b) => b.bottom));
				return { title: item.title, left, right, top, bottom };
			})
			.filter((b) => b.left >= frame.left && b.left < frame.right && b.bottom > frame.top);
	});
}

/** The window shown, read from the address once the timeline has written it. */
const windowOf = (page: Page) => {
	const url = new URL(page.url());
	return { from: url.searchParams.get('from'), to: url.searchParams.get('to') };
};

for (const lang of LANGS) {
	test.describe(`timeline (${lang})`, () => {
		test('the first view at 1280 px shows at least 15 events one by one, none overlapping', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			await expect.poll(async () => (await drawnEvents(page)).length).toBeGreaterThanOrEqual(15);
			const boxes = await drawnEvents(page);
			for (const [i, a] of boxes.entries()) {
				expect(a.right - a.left, `${a.title} has a readable label`).toBeGreaterThan(60);
				for (const b of boxes.slice(i + 1)) {
					const overlap =
						Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
						Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
					expect(overlap, `${a.title} overlaps ${b.title}`).toBe(false);
				}
			}
		});

		for (const query of ['', '?pair=kp-ru&event=2024-06-19-putin-pyongyang-treaty'])
			test(`era and treaty-band labels do not overlap at the first view${query && ', with a lower lane on top'}`, async ({
				page
			}) => {
				await page.setViewportSize({ width: 1280, height: 900 });
				await page.goto(path(`/${lang}/${query}`));
				await timelineReady(page);
				const labels = await page
					.locator('.vis-item.vis-background .vis-item-content')
					.evaluateAll((els) => {
						const frame = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
						// What is drawn: each label clipped to its band or era (and to the visible window).
						return els
							.map((el) => {
								const b = el.getBoundingClientRect();
								const clip = el.closest('.vis-item')!.getBoundingClientRect();
								return {
									left: Math.max(b.left, clip.left, frame.left),
									right: Math.min(b.right, clip.right, frame.right),
									top: b.top,
									bottom: b.bottom
								};
							})
							.filter((b) => b.right - b.left > 1);
					});
				for (const [i, a] of labels.entries())
					for (const b of labels.slice(i + 1))
						expect(
							Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
								Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1
						).toBe(false);
			});

		test('a cluster says what it holds, and a click or Enter opens it', async ({ page }) => {
			await page.goto(path(`/${lang}/?from=1949-01&to=2025-12`));
			await timelineReady(page);
			const cluster = page.locator('.tl-cluster').first();
			await expect(cluster).toBeVisible();
			const label = (await cluster.getAttribute('aria-label'))!;
			expect(label).toMatch(
				lang === 'ja' ? /^\d{4}(〜\d{4})?年・\d+件:/ : /^\d{4}(–\d{4})? · \d+ events: /
			);
			const count = Number(/(\d+)(件| events)/.exec(label)![1]);
			expect(count).toBeGreaterThan(1);
			const id = await cluster.getAttribute('data-cluster');
			const before = (await drawnEvents(page)).length;
			await cluster.focus();
			await page.keyboard.press('Enter');
			// The window moves to the cluster's span: the address says so, and its events stand alone.
			await expect.poll(() => windowOf(page).from).not.toBe('1949-01');
			await expect(page.locator(`.tl-cluster[data-cluster="${id}"]`)).toHaveCount(0);
			await expect.poll(async () => (await drawnEvents(page)).length).toBeGreaterThanOrEqual(count);
			expect(before).toBeGreaterThan(0);
		});

		test('the zoom window round-trips through the URL; nonsense is the default view', async ({
			page
		}) => {
			await page.goto(path(`/${lang}/?to=2025-12&from=2017-1&pair=ru-kp`));
			await timelineReady(page);
			await expect(page).toHaveURL(/\?pair=kp-ru&from=2017-01&to=2025-12$/);
			const axis = page.locator('.vis-time-axis.vis-foreground');
			await expect(axis).toContainText('2018');
			await expect(axis).not.toContainText('2010');
			// Zooming writes the window in place of the current entry, and the links carry it.
			const entries = await page.evaluate(() => history.length);
			await page.getByRole('button', { name: lang === 'ja' ? /拡大/ : /Zoom in/ }).click();
			await expect.poll(() => windowOf(page).from).not.toBe('2017-01');
			expect(await page.evaluate(() => history.length)).toBe(entries);
			const { from, to } = windowOf(page);
			// The site's script gives the switch its query when the reader points at it.
			await page.getByTestId('language-switcher').hover();
			await expect(page.getByTestId('language-switcher')).toHaveAttribute(
				'href',
				new RegExp(`from=${from}&to=${to}`)
			);
			await page.reload();
			await timelineReady(page);
			await expect.poll(() => windowOf(page)).toEqual({ from, to });
			for (const query of ['from=2025-12&to=2017-01', 'from=soon&to=2025-13', 'from=2017-01']) {
				await page.goto(path(`/${lang}/?${query}`));
				await timelineReady(page);
				await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
			}
		});

		test('a date known only to the month is drawn over that month, and the list says so', async ({
			page
		}) => {
			const id = '1996-09-soviet-treaty-lapses';
			await page.goto(path(`/${lang}/?from=1996-01&to=1997-06`));
			await timelineReady(page);
			const item = page.locator(`.vis-item.uncertain.precision-month`).first();
			await expect(item).toBeVisible();
			// September over 18 months of about 1,100 px: some 60 px, not a dot.
			const soft = await item.evaluate((el) => {
				const mark = el.querySelector('.tl-soft') ?? el;
				return mark.getBoundingClientRect().width;
			});
			expect(soft).toBeGreaterThan(40);
			expect(await item.locator('.vis-dot').isVisible()).toBe(false);
			await expect(page.getByTestId('uncertainty-legend')).toBeVisible();
			const mark = page.locator(`#e-${id} .date-mark.approx`);
			await expect(mark).toHaveAttribute('role', 'img');
			await expect(mark).toHaveAttribute(
				'aria-label',
				lang === 'ja' ? /月まで/ : /known only to the month/
			);
			await page.emulateMedia({ media: 'print' });
			await expect(mark).toBeVisible();
		});
	});
}
