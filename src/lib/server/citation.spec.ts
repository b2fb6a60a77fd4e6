import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { CITE_FORMATS } from '../paths';
import { citationFile, cslItem, formatReference, type CitedPage } from './citation';

const page = (fields: Partial<CitedPage> = {}): CitedPage => ({
	kind: 'event',
	id: '2024-06-19-putin-pyongyang-treaty',
	lang: 'en',
	title: 'Putin & Kim sign a “treaty”',
	url: 'https://example.org/chronicle/en/events/2024-06-19-putin-pyongyang-treaty/',
	changed: '2026-11-28',
	accessed: '2026-11-29',
	...fields
});

/** Titles a BibTeX writer must escape or keep: LaTeX's special characters, and Japanese. */
const TITLES = [
	'Putin & Kim sign a “treaty”: 50% of $x_y, {braces}, #1, a\\b, ~ and ^',
	'プーチン氏、平壌で包括的戦略パートナーシップ条約に署名(「事実上の同盟」)',
	'Ü and é, Łódź'
];

/** Reads a file back with citation-js's own parsers (BibTeX, RIS, CSL-JSON). */
async function readBack(text: string) {
	return (await Cite.async(text)).data as {
		title: string;
		URL: string;
		issued?: { 'date-parts': number[][] };
	}[];
}

describe('citationFile', () => {
	it.each(CITE_FORMATS.flatMap((format) => TITLES.map((title) => [format, title] as const)))(
		'%s gives back title, date and URL: %s',
		async (format, title) => {
			const lang = /[ぁ-ん]/.test(title) ? 'ja' : 'en';
			const items = [cslItem(page({ title, lang })), cslItem(page({ id: '2024-other', lang }))];
			const [first, second] = await readBack(citationFile(items, format));
			expect(first).toMatchObject({
				title,
				URL: items[0].URL,
				issued: { 'date-parts': [[2026, 11, 28]] }
			});
			expect(second.title).toBe(items[1].title);
		}
	);

	it('gives each page its own BibTeX key, in both languages', () => {
		const keys = (['ja', 'en'] as const).flatMap((lang) => [
			cslItem(page({ lang }))['citation-key'],
			cslItem(page({ lang, kind: 'commentary' }))['citation-key']
		]);
		const bib = citationFile(
			keys.map((key, i) => ({ ...cslItem(page()), 'citation-key': key, id: `p${i}` })),
			'bib'
		);
		expect(new Set(keys).size).toBe(4);
		for (const key of keys) expect(bib).toContain(`@misc{${key},`);
	});

	it('leaves the date out where the revision history is not known', async () => {
		const [item] = await readBack(citationFile([cslItem(page({ changed: undefined }))], 'json'));
		expect(item.issued).toBeUndefined();
	});
});

describe('formatReference', () => {
	it('writes the English reference with site, title, last change, access date and URL', () => {
		expect(formatReference(cslItem(page()))).toBe(
			'Triangle Chronicle. “Putin & Kim sign a ‘treaty.’” Last modified 28 November 2026. Accessed 29 November 2026. https://example.org/chronicle/en/events/2024-06-19-putin-pyongyang-treaty/.'
		);
	});

	it('writes the Japanese reference in the manner of SIST 02', () => {
		const item = cslItem(
			page({ lang: 'ja', title: '露朝条約に署名', url: 'https://example.org/ja/x/' })
		);
		expect(formatReference(item)).toBe(
			'中露朝クロニクル. “露朝条約に署名”. 中露朝クロニクル. 2026-11-28. https://example.org/ja/x/, (参照 2026-11-29).'
		);
	});

	it('leaves out the date of the last change when it is not known', () => {
		expect(formatReference(cslItem(page({ changed: undefined })))).not.toContain('Last modified');
	});
});
