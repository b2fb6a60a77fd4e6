/**
 * Pages that do not need the app do not ship it (issue 14): event, commentary, treaty, pair, year
 * and 404 pages are plain HTML whose only script is the site's own (`src/lib/enhance.ts`), and
 * what it enhances (copy, share, the language switch, the treaty comparison) works.
 */
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { dictionaries } from '../../src/lib/i18n';
import { expect, path, published, test } from './fixtures';

const EVENT = '2024-06-19-putin-pyongyang-treaty';
const COMMENTARY = '2024-06-29-hamada-de-facto-alliance';
const PAGES = [
	`/en/events/${EVENT}/`,
	`/ja/events/${EVENT}/`,
	'/en/commentary/',
	`/ja/commentary/${COMMENTARY}/`,
	'/en/treaties/',
	'/ja/treaties/',
	'/ja/pairs/kp-ru/',
	'/en/years/2024/',
	// /en/404.html and /404.html, as a static host serves them for unknown paths.
	'/en/no-such-page/',
	'/no-such-page/'
];
/** Issue 14's budget for these pages: script run on load, gzipped. */
const SCRIPT_BUDGET = 5 * 1024;

/** The scripts a page loads, by path, each with its gzipped size. */
function recordScripts(page: Page) {
	const scripts: Promise<{ path: string; bytes: number }>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		scripts.push(
			response.body().then((body) => ({
				path: new URL(response.url()).pathname,
				bytes: gzipSync(body, { level: 9 }).byteLength
			}))
		);
	});
	return () => Promise.all(scripts);
}

for (const target of PAGES) {
	test(`${target} runs no app runtime and at most 5 KB of script`, async ({ page, watch }) => {
		watch.allow(/404/);
		const scripts = recordScripts(page);
		await page.goto(path(target));
		const loaded = await scripts();
		expect(loaded.filter((script) => script.path.includes('/_app/immutable/entry/'))).toEqual([]);
		expect(loaded.map((script) => script.path)).toEqual([
			expect.stringMatching(/\/_app\/immutable\/workers\/enhance-[\w-]+\.js$/)
		]);
		// Kit's start-up script and hydration data are inline scripts; JSON-LD is data.
		await expect(page.locator('script:not([src]):not([type="application/ld+json"])')).toHaveCount(
			0
		);
		const bytes = loaded.reduce((sum, script) => sum + script.bytes, 0);
		expect(bytes).toBeLessThanOrEqual(SCRIPT_BUDGET);
	});
}

test('an event page copies its link, shares it and switches language without the app', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.addInitScript(() => {
		navigator.share = async (data) => {
			(window as unknown as { shared: unknown }).shared = data;
		};
	});
	const scripts = recordScripts(page);
	await page.goto(path(`/en/events/${EVENT}/`));
	const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
	await page.getByTestId('copy-link').click();
	await expect(page.getByTestId('copy-confirmation')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
	await page.getByTestId('share').click();
	expect(await page.evaluate(() => (window as unknown as { shared: unknown }).shared)).toEqual({
		url: canonical,
		title: published.find((e) => e.id === EVENT)!.title.en
	});
	expect((await scripts()).map((script) => script.path)).toHaveLength(1);
	await page.getByTestId('language-switcher').click();
	await expect(page).toHaveURL(new RegExp(`/ja/events/${EVENT}/$`));
});

test('the treaty comparison survives a reload and the language switch', async ({ page }) => {
	await page.goto(path('/en/treaties/'));
	const comparison = page.getByTestId('comparison');
	await expect(comparison).toHaveAttribute('data-ready', 'true');
	await page.getByTestId('pick-a').selectOption('cn-kp-1961');
	await page.getByTestId('pick-b').selectOption('cn-ru-2001');
	await expect(page).toHaveURL(/\/en\/treaties\/\?a=cn-kp-1961&b=cn-ru-2001$/);
	const label = (side: string) => page.getByTestId(`pick-${side}`).locator('option:checked');
	await expect(page.locator('[data-comparing]')).toHaveText(
		dictionaries.en.treatyPage.comparing(
			(await label('a').textContent())!,
			(await label('b').textContent())!
		)
	);
	await page.reload();
	await expect(comparison).toHaveAttribute('data-ready', 'true');
	await expect(page.getByTestId('pick-a')).toHaveValue('cn-kp-1961');
	await expect(page.getByTestId('pick-b')).toHaveValue('cn-ru-2001');
	await expect(
		comparison.locator('[data-slot="a"] table').filter({ visible: true })
	).toHaveAttribute('data-treaty', 'cn-kp-1961');
	await page.getByTestId('language-switcher').click();
	await expect(page).toHaveURL(/\/ja\/treaties\/\?a=cn-kp-1961&b=cn-ru-2001$/);
	await expect(comparison).toHaveAttribute('data-b', 'cn-ru-2001');
	await expect(
		comparison.locator('[data-slot="b"] table').filter({ visible: true })
	).toHaveAttribute('data-treaty', 'cn-ru-2001');
});

test('without JavaScript: no dead buttons, the comparison picker still works', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(path(`/en/events/${EVENT}/`));
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.getByTestId('copy-link')).toBeHidden();
	await expect(page.getByTestId('share')).toBeHidden();
	await expect(page.getByTestId('language-switcher')).toHaveAttribute(
		'href',
		path(`/ja/events/${EVENT}/`)
	);
	await page.goto(path('/ja/treaties/'));
	await page.getByTestId('pick-b').selectOption('kp-ru-2000');
	await expect(page.locator('[data-slot="b"] table').filter({ visible: true })).toHaveAttribute(
		'data-treaty',
		'kp-ru-2000'
	);
	await context.close();
});

test('the site-wide 404 page puts the browser’s language first', async ({ browser }) => {
	for (const [locale, first, second] of [
		['ja-JP', 'ja', 'en'],
		['en-US', 'en', 'ja']
	]) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		const response = await page.goto(path('/no-such-page/'));
		expect(response?.status()).toBe(404);
		await expect(page.locator('html')).toHaveAttribute('lang', first);
		expect(
			await page
				.locator('[data-testid^="not-found-"]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('lang')))
		).toEqual([first, second]);
		await context.close();
	}
});
