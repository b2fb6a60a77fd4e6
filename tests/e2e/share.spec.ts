import { content, expect, path, published, test } from './fixtures';

const id = '2024-06-19-putin-pyongyang-treaty';

for (const lang of ['ja', 'en'] as const) {
	test.describe(`sharing and linking (${lang})`, () => {
		test('Copy link puts the canonical URL on the clipboard', async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			await page.goto(path(`/${lang}/events/${id}/`));
			const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
			expect(canonical).toMatch(new RegExp(`^https?://[^/]+${path(`/${lang}/events/${id}/`)}$`));
			await page.getByTestId('copy-link').click();
			await expect(page.getByTestId('copy-confirmation')).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
		});

		test('where the clipboard is refused, the URL is shown selected', async ({ page }) => {
			await page.addInitScript(() => {
				Object.defineProperty(navigator, 'clipboard', {
					value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
				});
			});
			await page.goto(path(`/${lang}/events/${id}/`));
			const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
			await page.getByTestId('copy-link').click();
			const field = page.getByTestId('copy-fallback');
			await expect(field).toHaveValue(canonical!);
			await expect(field).toBeFocused();
			expect(
				await field.evaluate(
					(el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0)
				)
			).toBe(canonical!.length);
		});

		test('Share uses the Web Share API where the browser has it', async ({ page }) => {
			await page.addInitScript(() => {
				(window as unknown as { shared: unknown[] }).shared = [];
				navigator.share = async (data) => {
					(window as unknown as { shared: unknown[] }).shared.push(data);
				};
			});
			await page.goto(path(`/${lang}/events/${id}/`));
			const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
			await page.getByTestId('share').click();
			const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
			expect(shared).toEqual([
				{ url: canonical, title: published.find((e) => e.id === id)!.title[lang] }
			]);
		});

		test('commentary and events link to each other', async ({ page }) => {
			const entry = content.commentary.find((c) => c.id === '2024-06-29-hamada-de-facto-alliance')!;
			await page.goto(path(`/${lang}/commentary/`));
			await expect(page.locator('ol.list > li')).toHaveCount(content.commentary.length);
			await page.getByRole('link', { name: entry.title[lang] }).click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/commentary/${entry.id}/$`));
			await expect(page.locator('ul.events > li')).toHaveCount(entry.events.length);
			await page
				.locator('ul.events a', { hasText: published.find((e) => e.id === id)!.title[lang] })
				.first()
				.click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/events/${id}/$`));
			await expect(page.locator(`a[href$="/commentary/${entry.id}/"]`).first()).toBeVisible();
		});

		test('a body cross-link leads to the linked event', async ({ page }) => {
			const event = published.find((e) => /\]\(event:/.test(e.body[lang]))!;
			const target = /\]\(event:([^)]+)\)/.exec(event.body[lang])![1];
			await page.goto(path(`/${lang}/events/${event.id}/`));
			await page.locator(`.body a[href$="/events/${target}/"]`).first().click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/events/${target}/$`));
		});

		test('view on the timeline opens the chronicle centred on the event', async ({ page }) => {
			await page.goto(path(`/${lang}/events/${id}/`));
			await page
				.getByRole('link', { name: lang === 'ja' ? 'タイムラインで見る' : 'View on the timeline' })
				.click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/\\?event=${id}$`));
			await expect(page.getByTestId('detail-panel')).toBeVisible();
		});
	});
}

test('unknown commentary gets the 404 page in its language', async ({ page, watch }) => {
	watch.allow(/404/);
	const response = await page.goto(path('/ja/commentary/2099-01-01-nothing/'));
	expect(response?.status()).toBe(404);
	await expect(page.getByTestId('not-found-ja')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
});
