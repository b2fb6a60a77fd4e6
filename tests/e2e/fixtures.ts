/**
 * Shared end-to-end fixtures: every test fails on a console error, an uncaught exception, a CSP
 * violation or a request that leaves the site's origin; `content` is the validated real content.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { byDate } from '../../src/lib/content/dates';
import { validateContent } from '../../src/lib/content/validate';
import { readContentFiles } from '../../src/lib/server/files';

export const content = validateContent(readContentFiles());
/** Published events in the chronicle's order. */
export const published = content.events.filter((e) => !e.draft).sort(byDate);
export const BASE = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** A site path (`/ja/`) under the base path, for `page.goto` and URL assertions. */
export const path = (p: string) => `${BASE}${p}`;

interface Watch {
	problems: string[];
	allow(pattern: RegExp): void;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page }, use) => {
			const problems: string[] = [];
			const allowed: RegExp[] = [];
			page.on('console', (msg) => {
				if (msg.type() === 'error' && !allowed.some((re) => re.test(msg.text()))) {
					problems.push(`console error: ${msg.text()}`);
				}
			});
			page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
			await page.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.hostname === 'localhost' || url.protocol === 'data:') return route.continue();
				problems.push(`request left the site: ${url.href}`);
				return route.abort();
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			await use({ problems, allow: (re) => allowed.push(re) });
			expect(problems, 'console errors, CSP violations or off-site requests').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The timeline loads when the reader comes near it: this scrolls to it and waits until it is drawn. */
export async function timelineReady(page: Page) {
	await page.getByTestId('timeline').scrollIntoViewIfNeeded();
	await expect(page.getByTestId('timeline')).toHaveClass(/ready/);
	await expect(page.locator('.vis-timeline')).toBeVisible();
}

/** axe-core's WCAG 2.2 A and AA violations on the page, one line each: `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Off-screen years and treaties skip layout until scrolled to (`content-visibility: auto`), so
	// axe would measure their targets as empty boxes: lay everything out, and check all of it.
	await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
	);
}
