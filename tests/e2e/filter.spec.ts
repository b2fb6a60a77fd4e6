import { isVisible } from '../../src/lib/filter';
import { dictionaries } from '../../src/lib/i18n';
import { LANES, lanesOf } from '../../src/lib/content/lanes';
import { expect, path, published, test, timelineReady } from './fixtures';
import type { Page } from '@playwright/test';

const LANGS = ['ja', 'en'] as const;
const visibleIds = (lanes: string[]) =>
	published.filter((e) => isVisible(e, lanes as never)).map((e) => e.id);

async function shownIds(page: Page) {
	return page
		.locator('li.entry')
		.evaluateAll((els) =>
			els.filter((el) => getComputedStyle(el).display !== 'none').map((el) => el.dataset.id)
		);
}

async function visibleLanes(page: Page) {
	return page.locator('.vis-label').evaluateAll((els) => els.map((el) => el.textContent?.trim()));
}

for (const lang of LANGS) {
	test.describe(`pair filter (${lang})`, () => {
		test('each edge filters the list and the timeline to that pair', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			for (const lane of LANES) {
				const edge = page.locator(`[data-testid=triangle] button[data-lane=${lane}]`);
				const count = published.filter((e) => lanesOf(e).includes(lane)).length;
				await expect(edge).toContainText(String(count));
				await edge.click();
				await expect(edge).toHaveAttribute('aria-pressed', 'true');
				await expect(page).toHaveURL(new RegExp(`\\?pair=${lane}$`));
				await expect.poll(() => shownIds(page)).toEqual(visibleIds([lane]));
				await expect(page.getByTestId('result-count')).toHaveText(
					lang === 'ja'
						? `${published.length}件中${count}件を表示`
						: `${count} of ${published.length} events`
				);
				await expect.poll(() => visibleLanes(page)).toEqual([dictionaries[lang].lanes[lane].short]);
				await edge.click();
				await expect(edge).toHaveAttribute('aria-pressed', 'false');
				await expect.poll(() => shownIds(page)).toHaveLength(published.length);
			}
		});

		test('several pairs combine; the Beijing parade shows under each', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			await page.locator('button[data-lane=kp-ru]').click();
			await page.locator('button[data-lane=cn-kp]').click();
			await expect(page).toHaveURL(/\?pair=cn-kp,kp-ru$/);
			const ids = await shownIds(page);
			expect(ids).toEqual(visibleIds(['cn-kp', 'kp-ru']));
			expect(ids).toContain('2025-09-03-beijing-parade');
			await page.locator('button[data-lane=cn-kp]').click();
			await page.locator('button[data-lane=kp-ru]').click();
			await page.locator('button[data-lane=cn-ru]').click();
			expect(await shownIds(page)).toContain('2025-09-03-beijing-parade');
		});

		test('Back and Forward step through filters; reload restores', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			await page.locator('button[data-lane=cn-ru]').click();
			await expect(page).toHaveURL(/\?pair=cn-ru$/);
			await page.locator('button[data-lane=kp-ru]').click();
			await expect(page).toHaveURL(/\?pair=cn-ru,kp-ru$/);
			// Selecting an event replaces the entry instead of adding one.
			await page.locator('#e-2024-06-19-putin-pyongyang-treaty button.select-entry').click();
			await expect(page).toHaveURL(/\?pair=cn-ru,kp-ru&event=2024-06-19-putin-pyongyang-treaty$/);
			await page.goBack();
			await expect(page).toHaveURL(/\?pair=cn-ru$/);
			await expect.poll(() => shownIds(page)).toEqual(visibleIds(['cn-ru']));
			await page.goForward();
			await expect(page).toHaveURL(/event=2024-06-19-putin-pyongyang-treaty$/);
			await page.reload();
			await timelineReady(page);
			await expect.poll(() => shownIds(page)).toEqual(visibleIds(['cn-ru', 'kp-ru']));
			await expect(page.locator('button[data-lane=kp-ru]')).toHaveAttribute('aria-pressed', 'true');
			await expect(page.getByTestId('detail-panel')).toBeVisible();
		});

		test('a shared URL opens with that view, canonicalised', async ({ page }) => {
			const id = '2024-06-19-putin-pyongyang-treaty';
			await page.goto(path(`/${lang}/?event=${id.toUpperCase()}&pair=RU-KP,xx-yy,,CN-KP`));
			await timelineReady(page);
			await expect(page).toHaveURL(new RegExp(`\\?pair=cn-kp,kp-ru&event=${id}$`));
			await expect(page.locator(`#e-${id}`)).toHaveClass(/selected/);
			await expect(page.getByTestId('detail-panel')).toContainText(
				published.find((e) => e.id === id)!.title[lang]
			);
			await expect(page.locator('.vis-item.vis-selected:is(.vis-point, .vis-range)')).toHaveCount(
				1
			);
		});

		test('garbage in the URL gives the normal view', async ({ page }) => {
			for (const query of [
				'?pair=<script>alert(1)</script>',
				'?pair=%E0%A4%A&event=%',
				`?pair=${'cn-kp,'.repeat(400)}&event=${'x'.repeat(2000)}`,
				'?event=no-such-event'
			]) {
				const response = await page.goto(path(`/${lang}/${query}`));
				expect(response?.status()).toBe(200);
				await expect(page.locator('h1')).toBeVisible();
				await expect(page.locator('li.entry:visible').first()).toBeVisible();
				await expect(page.getByTestId('result-count')).not.toBeEmpty();
			}
		});

		test('keyboard only: filter with Space and Enter, focus ring visible', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			const edge = page.locator('button[data-lane=cn-kp]');
			await edge.focus();
			await expect(edge).toHaveCSS('outline-style', /solid|double/);
			await page.keyboard.press('Space');
			await expect(page).toHaveURL(/\?pair=cn-kp$/);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
			await expect(edge).toBeFocused();
		});

		test('the language switcher keeps the view', async ({ page }) => {
			await page.goto(path(`/${lang}/?pair=cn-kp`));
			await timelineReady(page);
			await page.getByTestId('language-switcher').click();
			await expect(page).toHaveURL(new RegExp(`/${lang === 'ja' ? 'en' : 'ja'}/\\?pair=cn-kp$`));
		});

		test('copy link to this view', async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(path(`/${lang}/?pair=kp-ru`));
			await timelineReady(page);
			await page.getByTestId('copy-link').click();
			await expect(page.getByTestId('copy-confirmation')).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		});

		test('pair pages work without JavaScript', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			for (const lane of LANES) {
				await page.goto(path(`/${lang}/pairs/${lane}/`));
				await expect(page.locator('h1')).toContainText(dictionaries[lang].lanes[lane].long);
				const ids = await page
					.locator('li.entry')
					.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
				expect(ids).toEqual(visibleIds([lane]));
				await expect(page.locator(`[data-testid=triangle] a[data-lane=${lane}]`)).toHaveAttribute(
					'aria-current',
					'page'
				);
			}
			await page.goto(path(`/${lang}/pairs/kp-ru/`));
			await expect(page.locator('[data-treaty]')).toHaveCount(3);
			// Without scripts the triangle's edges are links to the pair pages.
			await page.goto(path(`/${lang}/`));
			await page.locator('[data-testid=triangle] a[data-lane=cn-kp]').click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/pairs/cn-kp/$`));
			await context.close();
		});
	});
}

for (const width of [320, 360, 412, 1280]) {
	test(`the triangle's names and edges fit and do not overlap at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		for (const lang of LANGS) {
			await page.goto(path(`/${lang}/`));
			// Enhanced: the edges are buttons (their widths differ slightly from the links).
			await expect(page.locator('[data-testid=triangle] button.edge-control')).toHaveCount(4);
			// Pressed edges are the widest (they gain a check mark).
			for (const lane of ['cn-kp', 'cn-ru']) {
				await page.locator(`button[data-lane=${lane}]`).click();
				await expect(page.locator(`button[data-lane=${lane}]`)).toHaveAttribute(
					'aria-pressed',
					'true'
				);
			}
			// A phone shows the toggles in a row (each names both states); wider, the drawing's corners.
			const shown = page.locator('[data-testid=triangle] :is(.corner, .edge-control)');
			await expect(shown.filter({ visible: true })).toHaveCount(width < 768 ? 4 : 7);
			const boxes = await shown.filter({ visible: true }).evaluateAll((els) =>
				els.map((el) => {
					const r = el.getBoundingClientRect();
					return {
						text: el.textContent,
						left: r.left,
						right: r.right,
						top: r.top,
						bottom: r.bottom
					};
				})
			);
			expect(boxes).toHaveLength(width < 768 ? 4 : 7);
			// Inside the filter's own box, so nothing runs into the content below it either.
			const figure = (await page.locator('[data-testid=triangle]').boundingBox())!;
			for (const box of boxes) {
				expect(box.bottom, `${box.text} ends inside the filter`).toBeLessThanOrEqual(
					figure.y + figure.height
				);
				expect(box.left, `${box.text} starts on screen`).toBeGreaterThanOrEqual(0);
				expect(box.right, `${box.text} ends on screen`).toBeLessThanOrEqual(width);
			}
			for (const [i, a] of boxes.entries())
				for (const b of boxes.slice(i + 1)) {
					const apart =
						a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
					expect(apart, `${a.text} overlaps ${b.text}`).toBe(true);
				}
		}
	});
}
