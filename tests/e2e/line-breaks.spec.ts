/**
 * Japanese titles break between phrases, not inside words (issue 15, item 6): on a phone-wide page,
 * every line of a title ends where BudouX ends a phrase. The phrases are marked with `<wbr>` at build
 * time, so the title stays one text: copied, searched and read aloud as written.
 */
import type { Locator, Page } from '@playwright/test';
import { phraseBoundaries } from '../../src/lib/phrases';
import { content, expect, path, published, test } from './fixtures';

const TREATY = '2024-06-19-putin-pyongyang-treaty';
const treaty = content.events.find((event) => event.id === TREATY)!;

/**
 * Where the element's lines break: offsets into its text content at which a new line starts, read
 * from the boxes of its characters (a character lower than the one before starts a line).
 */
function lineBreaks(element: Locator): Promise<number[]> {
	return element.evaluate((root) => {
		const breaks: number[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		let offset = 0;
		let previous: DOMRect | null = null;
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			for (let i = 0; i < text.length; i++) {
				const range = document.createRange();
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const box = range.getClientRects()[0];
				if (box && box.width > 0) {
					if (previous && box.top >= previous.bottom - 1) breaks.push(offset + i);
					previous = box;
				}
			}
			offset += text.length;
		}
		return breaks;
	});
}

/** Lines of the title as they are drawn, for a readable failure message. */
function lines(text: string, breaks: number[]): string[] {
	return [0, ...breaks].map((start, i) => text.slice(start, breaks[i] ?? text.length));
}

async function expectPhraseBreaks(element: Locator, title: string) {
	await expect(element).toHaveText(title);
	const breaks = await lineBreaks(element);
	const allowed = phraseBoundaries(title, 'ja');
	const inside = breaks.filter((at) => !allowed.includes(at));
	expect(inside, `lines: ${lines(title, breaks).join(' / ')}`).toEqual([]);
	return breaks;
}

const phone = async (page: Page) => page.setViewportSize({ width: 360, height: 740 });

test('an event page on a phone breaks its Japanese title only between phrases', async ({
	page
}) => {
	await phone(page);
	await page.goto(path(`/ja/events/${TREATY}/`));
	const h1 = page.locator('h1');
	const breaks = await expectPhraseBreaks(h1, treaty.title.ja);
	// At 360 px the title takes several lines, so the breaks were really tested.
	expect(breaks.length).toBeGreaterThanOrEqual(2);
});

test('the phrased title stays the plain title: text, copy, search and accessible name', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await phone(page);
	await page.goto(path(`/ja/events/${TREATY}/`));
	const title = treaty.title.ja;
	const h1 = page.getByRole('heading', { level: 1 });
	await expect(h1).toHaveAccessibleName(title);
	expect(await h1.evaluate((e) => [e.textContent, (e as HTMLElement).innerText])).toEqual([
		title,
		title
	]);
	// Select the heading and copy it as a reader would.
	const selected = await h1.evaluate((e) => {
		const selection = getSelection()!;
		selection.selectAllChildren(e);
		return selection.toString();
	});
	expect(selected).toBe(title);
	await page.keyboard.press('ControlOrMeta+c');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(title);
	// Find in page finds a word across the phrase marks.
	expect(
		await page.evaluate(() => {
			getSelection()!.removeAllRanges();
			return (window as unknown as { find(text: string): boolean }).find('訪朝、包括的戦略');
		})
	).toBe(true);
});

test('English titles are left as they were: no phrase marks', async ({ page }) => {
	await phone(page);
	await page.goto(path(`/en/events/${TREATY}/`));
	const h1 = page.locator('h1');
	await expect(h1).toHaveText(treaty.title.en);
	expect(await h1.evaluate((e) => e.querySelectorAll('wbr, span').length)).toBe(0);
});

test('a year page on a phone breaks its list titles only between phrases', async ({ page }) => {
	await phone(page);
	await page.goto(path('/ja/years/2024/'));
	const events = published.filter((event) => event.date.startsWith('2024'));
	expect(events.length).toBeGreaterThan(3);
	let broken = 0;
	for (const event of events) {
		const heading = page.locator(`#t-${event.id}`);
		broken += (await expectPhraseBreaks(heading, event.title.ja)).length > 0 ? 1 : 0;
	}
	expect(broken).toBeGreaterThan(0);
});
