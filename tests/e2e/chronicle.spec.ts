import { lanesOf } from '../../src/lib/content/lanes';
import { deriveTreaties } from '../../src/lib/content/treaties';
import { formatDate } from '../../src/lib/format';
import { dictionaries } from '../../src/lib/i18n';
import type { Locator } from '@playwright/test';
import { expect, path, published, test, timelineReady } from './fixtures';

/** The item is drawn inside the timeline's visible window (the page itself may have scrolled). */
async function expectInsideTimeline(item: Locator) {
	const frame = (await item.page().locator('.vis-panel.vis-center').boundingBox())!;
	await expect
		.poll(async () => {
			const box = await item.boundingBox();
			return !!box && box.x >= frame.x && box.x <= frame.x + frame.width;
		})
		.toBe(true);
}

const LANGS = ['ja', 'en'] as const;
const treaties = deriveTreaties(published);
/** A selected event item on the timeline (a point's dot is a second element; count the item). */
const SELECTED_ITEM = '.vis-item.vis-selected:is(.vis-point, .vis-range)';

for (const lang of LANGS) {
	test.describe(`chronicle (${lang})`, () => {
		test('lists every event in date order, with year headings and sources', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const entries = page.locator('li.entry');
			await expect(entries).toHaveCount(published.length);
			const ids = await entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));
			expect(ids).toEqual(published.map((e) => e.id));
			for (const entry of await entries.all()) {
				await expect(entry.locator('.sources a').first()).toHaveAttribute('href', /^https?:\/\//);
			}
			const first = published[0].date.slice(0, 4);
			await expect(page.locator('.year-heading').first()).toHaveText(
				lang === 'ja' ? `${first}年` : first
			);
		});

		test('formats dates with their precision', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			const day = page.locator('#e-2024-06-19-putin-pyongyang-treaty time');
			await expect(day).toHaveText(lang === 'ja' ? '2024年6月19日' : '19 June 2024');
			const month = page.locator('#e-1996-09-soviet-treaty-lapses time');
			await expect(month).toHaveText(lang === 'ja' ? '1996年9月' : 'September 1996');
		});

		test('the timeline shows every event in each of its lanes, and the treaty bands', async ({
			page
		}) => {
			test.slow();
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			// The first view is the latest events; the whole chronicle is one button away.
			await page
				.getByRole('button', { name: lang === 'ja' ? '全体を表示' : 'Show all', exact: true })
				.click();
			await expect(page.locator('.vis-label')).toHaveCount(4);
			// One band per treaty, in its pair's lane; those with a mutual-assistance pledge darker.
			await expect(page.locator('.vis-item.vis-background.band')).toHaveCount(treaties.length);
			await expect(page.locator('.vis-item.vis-background.band.pledge')).toHaveCount(
				treaties.filter((t) => t.pledge).length
			);
			for (const event of published) {
				await page.locator(`#e-${event.id} button.select-entry`).click();
				await expect(page.locator(SELECTED_ITEM)).toHaveCount(lanesOf(event).length);
			}
		});

		test('selecting on the timeline selects in the list, and the reverse', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			// Timeline to list: an event drawn on its own (not in a cluster) in the China–DPRK lane.
			const point = page.locator('.vis-item.vis-point.lane-cn-kp:not(.cluster)').first();
			const title = (await point.innerText()).trim();
			const sino = published.find((e) => e.title[lang] === title)!.id;
			await point.click();
			await expect(page.locator('li.entry.selected')).toHaveAttribute('data-id', sino);
			await expect(page.locator(`#e-${sino}`)).toBeInViewport();
			await expect(page.locator(`#e-${sino} button.select-entry`)).toHaveAttribute(
				'aria-pressed',
				'true'
			);
			// List to timeline: the item is selected and brought into view, the detail panel shows it.
			const id = '2024-06-19-putin-pyongyang-treaty';
			await page.locator(`#e-${id} button.select-entry`).click();
			await expect(page.locator(`#e-${id}`)).toHaveClass(/selected/);
			await expect(page.locator(SELECTED_ITEM)).toHaveCount(1);
			await expectInsideTimeline(page.locator(SELECTED_ITEM));
			await expect(page.getByTestId('detail-panel')).toContainText(
				published.find((e) => e.id === id)!.title[lang]
			);
		});

		test('keyboard: arrows step, Enter opens, Escape clears — only inside the chronicle', async ({
			page
		}) => {
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			// Outside the chronicle the arrows do nothing.
			await page.locator('body').press('ArrowRight');
			await expect(page.locator('li.entry.selected')).toHaveCount(0);
			await page.locator(`#e-${published[0].id} button.select-entry`).focus();
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('li.entry.selected')).toHaveAttribute('data-id', published[0].id);
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('li.entry.selected')).toHaveAttribute('data-id', published[1].id);
			await expect(page.locator(`#e-${published[1].id} button.select-entry`)).toBeFocused();
			await page.keyboard.press('ArrowLeft');
			await expect(page.locator('li.entry.selected')).toHaveAttribute('data-id', published[0].id);
			await page.keyboard.press('Escape');
			await expect(page.locator('li.entry.selected')).toHaveCount(0);
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL(new RegExp(`/${lang}/events/${published[0].id}/$`));
		});

		test('zoom buttons change the window; the wheel scrolls the page', async ({ page }) => {
			await page.goto(path(`/${lang}/`));
			await timelineReady(page);
			const axis = page.locator('.vis-time-axis.vis-foreground');
			const before = await axis.innerText();
			await page.getByRole('button', { name: lang === 'ja' ? /拡大/ : /Zoom in/ }).click();
			await expect.poll(() => axis.innerText()).not.toBe(before);
			const box = (await page.getByTestId('timeline').boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			const scrollBefore = await page.evaluate(() => scrollY);
			await page.mouse.wheel(0, 400);
			await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore);
		});

		test('language switcher opens the same page in the other language', async ({ page }) => {
			await page.goto(path(`/${lang}/events/2001-07-16-sino-russian-treaty/`));
			const other = lang === 'ja' ? 'en' : 'ja';
			await page.getByTestId('language-switcher').click();
			await expect(page).toHaveURL(new RegExp(`/${other}/events/2001-07-16-sino-russian-treaty/$`));
			await expect(page.locator('html')).toHaveAttribute('lang', other);
			await expect(page.locator(`link[rel=alternate][hreflang=${lang}]`)).toHaveAttribute(
				'href',
				new RegExp(`/${lang}/events/2001-07-16-sino-russian-treaty/$`)
			);
		});

		test('event pages show the full record', async ({ page }) => {
			const event = published.find((e) => e.id === '1961-07-06-soviet-dprk-treaty')!;
			await page.goto(path(`/${lang}/events/${event.id}/`));
			await expect(page.locator('h1')).toHaveText(event.title[lang]);
			await expect(page.locator('.facts').first()).toContainText(lang === 'ja' ? 'ソ連' : 'USSR');
			await expect(page.locator('ol.sources li')).toHaveCount(event.sources.length);
			await expect(page.locator('.treaty')).toContainText(lang === 'ja' ? '第1条' : 'Art. 1');
			await expect(page.locator('a[rel=next]')).toHaveAttribute('href', /events\/1961-07-11/);
		});
	});
}

test('without JavaScript the list is complete and no timeline box is left', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const lang of LANGS) {
		await page.goto(path(`/${lang}/`));
		await expect(page.locator('li.entry')).toHaveCount(published.length);
		await expect(page.getByTestId('timeline-shell')).toBeHidden();
		// In the markup for the script, but nothing a reader without it can see or reach.
		await expect(page.locator('button.select-entry:visible')).toHaveCount(0);
	}
	await page.goto(path('/'));
	await expect(page.getByRole('link', { name: '日本語で読む' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Read in English' })).toBeVisible();
	await context.close();
});

test('/ sends the browser to its language', async ({ browser }) => {
	for (const [locale, lang] of [
		['ja-JP', 'ja'],
		['en-US', 'en'],
		['fr-FR', 'en']
	]) {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto(path('/'));
		await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
		await context.close();
	}
});

test('phone-sized screen: readable list, no horizontal scroll, page scrolls past the timeline', async ({
	browser
}) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await page.goto(path('/ja/'));
	await timelineReady(page);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const touchAction = await page
		.locator('.vis-panel.vis-center')
		.evaluate((el) => getComputedStyle(el).touchAction);
	expect(touchAction).toBe('pan-y');
	await context.close();
});

test('unknown pages get the 404 page in the right language', async ({ page, watch }) => {
	watch.allow(/404/);
	const response = await page.goto(path('/en/events/no-such-event/'));
	expect(response?.status()).toBe(404);
	await expect(page.getByTestId('not-found-en')).toBeVisible();
	await expect(page.getByRole('link', { name: /Back to the chronicle/ })).toHaveAttribute(
		'href',
		path('/en/')
	);
});

test('a date that sources give earlier is marked in the list, the earlier date written out', async ({
	page
}) => {
	const lapse = published.find((e) => e.treaty.some((step) => step.earliest))!;
	const earliest = lapse.treaty.find((step) => step.earliest)!.earliest!;
	for (const lang of LANGS) {
		await page.goto(path(`/${lang}/years/${lapse.date.slice(0, 4)}/`));
		const mark = page.locator(`#e-${lapse.id} .date-mark.earliest`);
		await expect(mark).toHaveAttribute(
			'aria-label',
			dictionaries[lang].earliestDate(formatDate(earliest, lang))
		);
	}
});
