import { describe, expect, it } from 'vitest';
import { highlight, tokenize } from './tokens';

describe('tokenize', () => {
	it('splits Japanese into overlapping pairs of characters', () => {
		expect(tokenize('条約')).toEqual(['条約']);
		expect(tokenize('プーチン大統領')).toEqual(['プー', 'ーチ', 'チン', 'ン大', '大統', '統領']);
		expect(tokenize('露')).toEqual(['露']);
	});

	it('splits Latin text into lower-case words, also inside Japanese', () => {
		expect(tokenize('The Treaty of 1961')).toEqual(['the', 'treaty', 'of', '1961']);
		expect(tokenize('国連UN安保理')).toEqual(['国連', 'un', '安保', '保理']);
		expect(tokenize('Kim Jong-un’s visit')).toEqual(['kim', 'jong', 'un', 's', 'visit']);
	});

	it('gives nothing for punctuation only', () => {
		expect(tokenize(' 、。—…!? ')).toEqual([]);
	});
});

describe('highlight', () => {
	const marked = (text: string, query: string) =>
		highlight(text, query)
			.filter((s) => s.match)
			.map((s) => s.text);

	it('marks Japanese matches', () => {
		expect(marked('ソ朝友好協力相互援助条約に調印', '条約')).toEqual(['条約']);
		expect(marked('プーチン大統領が訪朝', 'プーチン')).toEqual(['プーチン']);
	});

	it('marks English words by their beginning, in any case', () => {
		expect(marked('Treaty signed; treaties compared', 'treat')).toEqual(['Treat', 'treat']);
		expect(marked('retreat from the treaty', 'treat')).toEqual(['treat']);
	});

	it('keeps the whole text, in order', () => {
		const text = 'The <script> treaty';
		expect(
			highlight(text, 'treaty')
				.map((s) => s.text)
				.join('')
		).toBe(text);
		expect(highlight(text, '')).toEqual([{ text, match: false }]);
	});
});
