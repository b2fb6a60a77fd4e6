/**
 * The embeddable timeline (`/<lang>/embed/`), the "Embed" control that gives its snippet, oEmbed
 * discovery on event pages, and the page framed by a site of another origin.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { comparePartialDates } from '../../src/lib/content/dates';
import { EMBED_HEIGHT, EMBED_WIDTH } from '../../src/lib/embed';
import { isVisible } from '../../src/lib/filter';
import { dictionaries } from '../../src/lib/i18n';
import { axeViolations, expect, path, published, test, timelineReady } from './fixtures';

const LANGS = ['ja', 'en'] as const;
const id = '2024-06-19-putin-pyongyang-treaty';
const event = published.find((e) => e.id === id)!;
const port = Number(process.env.PORT ?? 4173);
/** The events in the site's order. */
const ordered = [...published].sort(
	(a, b) => comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id)
);
const inLane = (lane: 'kp-ru' | 'cn-kp') =>
	ordered.filter((e) => isVisible(e, [lane])).map((e) => e.id);

/**
 * A page of another origin (a free port of its own) that frames two of ours. A real local server:
 * Chromium's local-network checks keep a page it did not get from a local address out of localhost.
 */
async function hostPage(body: string): Promise<{ url: string; server: Server }> {
	const server = createServer((_, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port: own } = server.address() as AddressInfo;
	return { url: `http://localhost:${own}/host.html`, server };
}

const listed = (page: Page) =>
	page
		.getByTestId('embed-list')
		.locator('li')
		.evaluateAll((els) => els.map((el) => el.dataset.id));

/** Every link opens the full site outside the frame: a new tab without an opener, or the top. */
async function linkTargets(page: Page) {
	return page
		.locator('a[href]')
		.evaluateAll((links: HTMLAnchorElement[]) =>
			links
				.filter(
					(a) => !(a.target === '_top' || (a.target === '_blank' && a.relList.contains('noopener')))
				)
				.map((a) => a.outerHTML)
		);
}

for (const lang of LANGS) {
	test.describe(`embed (${lang})`, () => {
		test('is the timeline with lanes and bands, the site name and every event', async ({
			page
		}) => {
			await page.goto(path(`/${lang}/embed/`));
			await timelineReady(page);
			await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
			const brand = page.getByTestId('embed-brand');
			await expect(brand).toHaveText(dictionaries[lang].siteName);
			await expect(brand).toHaveAttribute('href', path(`/${lang}/`));
			await expect(page.locator('.vis-label')).toHaveCount(4);
			await expect(page.locator('.vis-item.band').first()).toBeAttached();
			await expect(page.locator('.band-link').first()).toBeVisible();
			expect(await listed(page)).toEqual(ordered.map((e) => e.id));
			// No site header, navigation or footer: the frame is all timeline.
			await expect(page.locator('.site-header, .site-footer')).toHaveCount(0);
			expect(await linkTargets(page)).toEqual([]);
			expect(await axeViolations(page)).toEqual([]);
		});

		test('honours the chronicle view parameters', async ({ page }) => {
			await page.goto(path(`/${lang}/embed/?pair=KP-RU&event=${id}`));
			await timelineReady(page);
			await expect.poll(() => listed(page)).toEqual(inLane('kp-ru'));
			await expect(page.locator('.vis-label')).toHaveText([
				dictionaries[lang].lanes['kp-ru'].short
			]);
			await expect(page.locator('.vis-item.vis-selected:is(.vis-point, .vis-range)')).toHaveCount(
				1
			);
			await expect(page.getByTestId('embed-selected')).toContainText(event.title[lang]);
			await expect(page.getByTestId('embed-brand')).toHaveAttribute(
				'href',
				path(`/${lang}/?pair=kp-ru&event=${id}`)
			);
			expect(await linkTargets(page)).toEqual([]);
			expect(await axeViolations(page)).toEqual([]);
		});

		test('without JavaScript, lists the events as links to the full site', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(path(`/${lang}/embed/`));
			expect(await listed(page)).toEqual(ordered.map((e) => e.id));
			await expect(page.getByTestId('timeline-shell')).toBeHidden();
			const first = page.getByTestId('embed-list').getByRole('link').first();
			await expect(first).toHaveText(ordered[0].title[lang]);
			expect(await linkTargets(page)).toEqual([]);
			await context.close();
		});
	});
}

test.describe('framed by another origin', () => {
	test('the embed works in a frame and opens the full site outside it', async ({ page, watch }) => {
		// Our other pages forbid framing (frame-ancestors 'self'): Chromium reports the refusal.
		watch.allow(/frame-ancestors/);
		const embed = `http://localhost:${port}${path(`/en/embed/?pair=cn-kp`)}`;
		const chronicle = `http://localhost:${port}${path('/en/')}`;
		const host = await hostPage(`<!doctype html><title>Host</title>
			<iframe id="embed" src="${embed}" width="800" height="600" title="Embed"></iframe>
			<iframe id="page" src="${chronicle}" width="800" height="300" title="Page"></iframe>`);
		await page.goto(host.url);
		const frame = page.frameLocator('#embed');
		await expect(frame.getByTestId('timeline')).toHaveClass(/ready/);
		await expect
			.poll(() => frame.getByTestId('embed-list').locator('li').count())
			.toBe(inLane('cn-kp').length);
		// The host page stays; the event opens in a tab of its own, without access to the host.
		const first = ordered.find((e) => e.id === inLane('cn-kp')[0])!;
		const popup = page.waitForEvent('popup');
		await frame.getByRole('link', { name: first.title.en }).click();
		const opened = await popup;
		await expect(opened).toHaveURL(new RegExp(`${path(`/en/events/${first.id}/`)}$`));
		expect(await opened.evaluate(() => window.opener)).toBeNull();
		expect(page.url()).toBe(host.url);
		// Any other page of the site refuses to be framed elsewhere: Chromium shows its error page.
		await expect
			.poll(() => page.frames().map((frame) => frame.url()))
			.toContain('chrome-error://chromewebdata/');
		await expect(page.frameLocator('#page').getByTestId('chronicle')).toHaveCount(0);
		host.server.close();
	});
});

for (const lang of LANGS) {
	test.describe(`Embed control and oEmbed (${lang})`, () => {
		test('the chronicle gives the snippet for the current view, with a lazy preview', async ({
			page,
			context
		}) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write']);
			const embedRequests: string[] = [];
			page.on('request', (r) => {
				if (r.url().includes('/embed/')) embedRequests.push(r.url());
			});
			await page.goto(path(`/${lang}/?pair=kp-ru`));
			await timelineReady(page);
			const control = page.getByTestId('embed-code');
			await expect(control.getByTestId('embed-snippet')).toBeHidden();
			expect(embedRequests).toEqual([]);
			await control.locator('summary').click();
			const snippet = control.getByTestId('embed-snippet');
			await expect(snippet).toBeVisible();
			const html = await snippet.inputValue();
			expect(html).toMatch(
				new RegExp(
					`^<iframe src="https?://[^"/]+${path(`/${lang}/embed/`)}\\?pair=kp-ru" width="${EMBED_WIDTH}" height="${EMBED_HEIGHT}" title="[^"]+" loading="lazy"[^>]*></iframe>$`
				)
			);
			const preview = page.frameLocator('[data-testid=embed-preview]');
			await expect(preview.getByTestId('embed-list')).toBeVisible();
			expect(embedRequests.some((url) => url.includes('?pair=kp-ru'))).toBe(true);
			// The snippet follows the view.
			await page.locator('[data-testid=triangle] button[data-lane=cn-kp]').click();
			await expect(snippet).toHaveValue(/\/embed\/\?pair=cn-kp,kp-ru"/);
			await control.getByTestId('copy-code').click();
			await expect(control.getByTestId('copy-code-confirmation')).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				await snippet.inputValue()
			);
		});

		test('an event page gives its snippet without JavaScript and advertises oEmbed', async ({
			browser,
			request
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(path(`/${lang}/events/${id}/`));
			const control = page.getByTestId('embed-code');
			await control.locator('summary').click();
			const snippet = await control.getByTestId('embed-snippet').inputValue();
			expect(snippet).toContain(`${path(`/${lang}/embed/`)}?event=${id}"`);
			await expect(control.getByTestId('embed-preview')).toHaveAttribute(
				'src',
				path(`/${lang}/embed/?event=${id}`)
			);

			const link = page.locator('head link[rel=alternate][type="application/json+oembed"]');
			const href = await link.getAttribute('href');
			expect(href).toMatch(
				new RegExp(`^https?://[^/]+${path(`/${lang}/events/${id}/oembed.json`)}$`)
			);
			await context.close();
			const response = await request.get(new URL(href!).pathname);
			expect(response.status()).toBe(200);
			expect(response.headers()['content-type']).toMatch(/^application\/json/);
			const answer = await response.json();
			expect(answer).toMatchObject({
				type: 'rich',
				version: '1.0',
				title: event.title[lang],
				provider_name: dictionaries[lang].siteName,
				width: EMBED_WIDTH,
				height: EMBED_HEIGHT,
				html: snippet
			});
			expect(new URL(answer.provider_url).pathname).toBe(path(`/${lang}/`));
		});
	});
}
