import { describe, expect, it } from 'vitest';
import { buildIndex, createSearchIndex, loadIndex, searchIds, type SearchDoc } from './search';

const docs: SearchDoc[] = [
	{
		id: 'a',
		title: 'ソ朝友好協力相互援助条約に調印',
		summary: 'ソ連と北朝鮮が条約に署名した。',
		body: '',
		commentary: ''
	},
	{
		id: 'b',
		title: 'プーチン大統領が24年ぶりに訪朝',
		summary: '包括的戦略パートナーシップ条約に署名。',
		body: '',
		commentary: ''
	},
	{
		id: 'c',
		title: 'Putin visits Pyongyang',
		summary: 'A treaty is signed.',
		body: '',
		commentary: ''
	},
	{
		id: 'd',
		title: 'Coal imports suspended',
		summary: 'China stops coal.',
		body: '',
		commentary: 'Kim'
	}
];
const index = loadIndex(buildIndex(docs));

describe('search', () => {
	it('finds Japanese words without spaces', () => {
		expect(searchIds(index, '条約').sort()).toEqual(['a', 'b']);
		expect(searchIds(index, 'プーチン')).toEqual(['b']);
	});

	it('finds English words and prefixes', () => {
		expect(searchIds(index, 'treaty')).toEqual(['c']);
		expect(searchIds(index, 'pyong')).toEqual(['c']);
		expect(searchIds(index, 'COAL')).toEqual(['d']);
		expect(searchIds(index, 'kim')).toEqual(['d']);
	});

	it('matches full-width input and full-width text', () => {
		expect(searchIds(index, 'ＰＵＴＩＮ')).toEqual(['c']);
		const wide = loadIndex(buildIndex([{ ...docs[3], id: 'e', title: 'ＮＡＴＯ summit' }]));
		expect([searchIds(wide, 'nato'), searchIds(wide, 'ＮＡＴＯ')]).toEqual([['e'], ['e']]);
	});

	it('requires every word', () => {
		expect(searchIds(index, 'putin coal')).toEqual([]);
	});

	it('returns nothing for an empty or punctuation-only query', () => {
		expect(searchIds(index, '')).toEqual([]);
		expect(searchIds(index, '!!!')).toEqual([]);
	});

	it('loads from JSON with the highlighter the list uses', () => {
		const loaded = createSearchIndex(buildIndex(docs));
		expect(loaded.search('putin')).toEqual(['c']);
		expect(loaded.highlight('Putin visits Pyongyang', 'pyong')).toEqual([
			{ text: 'Putin visits ', match: false },
			{ text: 'Pyong', match: true },
			{ text: 'yang', match: false }
		]);
	});
});
