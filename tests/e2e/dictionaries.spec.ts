/**
 * A page that hydrates ships only its own language's strings (issue 18): the chronicle and the
 * embed load one dictionary, and still speak that language once enhanced.
 */
import { LANGS } from '../../src/lib/content/vocabulary';
import { dictionaries, otherLang } from '../../src/lib/i18n';
import { expect, path, test, timelineReady } from './fixtures';

for (const lang of LANGS) {
	for (const page_ of [`/${lang}/`, `/${lang}/embed/`]) {
		test(`${page_} loads no script with the other language's strings`, async ({ page }) => {
			const bodies: Promise<string>[] = [];
			page.on('response', (response) => {
				if (response.request().resourceType() === 'script') bodies.push(response.text());
			});
			await page.goto(path(page_));
			await timelineReady(page);
			const scripts = await Promise.all(bodies);
			expect(scripts.length).toBeGreaterThan(0);
			// The site's name is the first string of a dictionary; every other one goes with it.
			expect(scripts.some((body) => body.includes(dictionaries[lang].siteName))).toBe(true);
			const other = dictionaries[otherLang(lang)].siteName;
			expect(scripts.filter((body) => body.includes(other))).toEqual([]);
		});
	}
}
