/**
 * The site built from the smallest valid content (`tests/fixtures/minimal/events`: one event, no treaty, no
 * commentary; the `minimal` project of playwright.config.ts). A new corpus starts like this: every
 * page a reader can reach must still render, with a plain statement where there is nothing to show.
 */
import { validateContent } from '../../src/lib/content/validate';
import { readContentFiles } from '../../src/lib/server/files';
import { dictionaries } from '../../src/lib/i18n';
import { axeViolations, expect, test, timelineReady } from './fixtures';

const minimal = validateContent(readContentFiles('tests/fixtures/minimal/events'));
const [only] = minimal.events;

test.beforeAll(() => {
	expect(minimal.issues).toEqual([]);
	expect(minimal.events).toHaveLength(1);
	expect(minimal.commentary).toHaveLength(0);
	expect(only.treaty).toEqual([]);
});

for (const lang of ['ja', 'en'] as const) {
	test.describe(`minimal content (${lang})`, () => {
		test('the chronicle lists the one event; timeline, selection and filter work', async ({
			page
		}) => {
			await page.goto(`/${lang}/`);
			await expect(page.locator('li.entry')).toHaveCount(1);
			await timelineReady(page);
			await expect(page.locator('.vis-item.vis-point.lane-kp-ru')).toHaveCount(1);
			await expect(page.locator('.vis-item.vis-background.band')).toHaveCount(0);
			await page.locator(`#e-${only.id} button.select-entry`).click();
			await expect(page.getByTestId('detail-panel')).toContainText(only.title[lang]);
			await page.locator('button[data-lane=cn-kp]').click();
			await expect(page.getByTestId('no-results')).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});

		test('the treaties page says there is none and offers no comparison', async ({ page }) => {
			await page.goto(`/${lang}/treaties/`);
			await expect(page.locator('#treaties')).toContainText(
				dictionaries[lang].treatyPage.noTreaties
			);
			await expect(page.locator('#compare')).toHaveCount(0);
			await expect(page.locator('a[href="#compare"]')).toHaveCount(0);
			// The year-by-year strip still runs, every year without a treaty.
			await expect(page.getByTestId('strip-kp-ru')).toBeVisible();
			expect(await axeViolations(page)).toEqual([]);
		});

		test('the commentary index says there is none', async ({ page }) => {
			await page.goto(`/${lang}/commentary/`);
			await expect(page.locator('main')).toContainText(dictionaries[lang].noCommentary);
			await expect(page.locator('main li')).toHaveCount(0);
			expect(await axeViolations(page)).toEqual([]);
		});

		test('the event page and the pair pages render', async ({ page }) => {
			await page.goto(`/${lang}/events/${only.id}/`);
			await expect(page.locator('h1')).toHaveText(only.title[lang]);
			for (const pair of ['cn-kp', 'cn-ru', 'kp-ru']) {
				const response = await page.goto(`/${lang}/pairs/${pair}/`);
				expect(response?.status()).toBe(200);
				await expect(page.locator('li.entry')).toHaveCount(pair === 'kp-ru' ? 1 : 0);
			}
		});
	});
}
