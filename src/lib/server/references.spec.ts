import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import type { ChronicleEvent } from '../content/schema';
import { citeEntries, citePage, citeResponse } from './references';

// The helpers take their pages as arguments: the real content and its git history stay unread.
vi.mock('./content', () => ({ events: [], commentary: [], treaties: [] }));
vi.mock('./history', () => ({ historyOf: () => null }));

const event = (id: string, en: string, ja: string) =>
	({ id, title: { en, ja }, file: `events/${id}.md` }) as unknown as ChronicleEvent;
const signing = event('2024-06-19-treaty', 'Putin and Kim sign a treaty', '条約に署名');
const visit = event('2023-09-13-vostochny', 'Kim meets Putin at Vostochny', '宇宙基地で会談');
const ORIGIN = 'https://example.org';

describe('citeEntries', () => {
	it('gives each page in every language and format', () => {
		const entries = citeEntries([{ id: 'a' }, { id: 'b' }]);
		expect(entries).toHaveLength(2 * 2 * 3);
		expect(entries).toContainEqual({ lang: 'ja', id: 'b', format: 'ris' });
		expect(new Set(entries.map((e) => `${e.lang} ${e.id} ${e.format}`)).size).toBe(12);
	});

	it('gives a page without other parameters once per language and format', () => {
		expect(citeEntries([{}])).toEqual([
			{ lang: 'ja', format: 'json' },
			{ lang: 'ja', format: 'bib' },
			{ lang: 'ja', format: 'ris' },
			{ lang: 'en', format: 'json' },
			{ lang: 'en', format: 'bib' },
			{ lang: 'en', format: 'ris' }
		]);
	});
});

describe('citeResponse', () => {
	it("lists the pages in the route's language, typed by format", async () => {
		const response = citeResponse(
			'event',
			[signing, visit],
			{ lang: 'ja', format: 'json' },
			ORIGIN
		);
		expect(response.headers.get('content-type')).toBe(
			'application/vnd.citationstyles.csl+json; charset=utf-8'
		);
		const items = (await response.json()) as { title: string; URL: string }[];
		expect(items.map((item) => item.title)).toEqual(['条約に署名', '宇宙基地で会談']);
		expect(items[0].URL).toBe(`${ORIGIN}/ja/events/2024-06-19-treaty/`);
	});

	it('types BibTeX and RIS files as such', () => {
		for (const [format, type] of [
			['bib', 'application/x-bibtex; charset=utf-8'],
			['ris', 'application/x-research-info-systems; charset=utf-8']
		] as const) {
			const response = citeResponse('event', [signing], { lang: 'en', format }, ORIGIN);
			expect(response.headers.get('content-type')).toBe(type);
		}
	});
});

describe('citePage', () => {
	it("is the page's own file, a bibliography of one", async () => {
		const params = { lang: 'en', format: 'ris' } as const;
		const own = await citePage('event', visit, params, ORIGIN).text();
		expect(own).toBe(await citeResponse('event', [visit], params, ORIGIN).text());
		expect(own).toContain('TI  - Kim meets Putin at Vostochny');
	});

	it('is a 404 for an unknown id', () => {
		expect.assertions(2);
		try {
			citePage('commentary', undefined, { lang: 'en', format: 'json' }, ORIGIN);
		} catch (thrown) {
			expect(isHttpError(thrown, 404)).toBe(true);
			expect(isHttpError(thrown) && thrown.body.message).toBe('Commentary not found');
		}
	});
});
