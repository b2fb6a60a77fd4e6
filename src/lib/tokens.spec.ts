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

	it('folds full-width and half-width forms (NFKC), as Japanese keyboards type them', () => {
		expect(tokenize('ＮＡＴＯ首脳会議')).toEqual(['nato', '首脳', '脳会', '会議']);
		expect(tokenize('ｶﾞｽ')).toEqual(['ガス']);
		expect(tokenize('㍻')).toEqual(['平成']);
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

	it('marks full-width text and full-width queries, on the original characters', () => {
		expect(marked('ＮＡＴＯ summit', 'nato')).toEqual(['ＮＡＴＯ']);
		expect(marked('NATO summit and ＮＡＴＯ', 'ＮＡＴＯ')).toEqual(['NATO', 'ＮＡＴＯ']);
	});

	it('keeps offsets right where folding changes the length', () => {
		expect(marked('ｶﾞｽ供給の停止', 'ガス')).toEqual(['ｶﾞｽ']);
		expect(marked('ｶﾞｽ供給の停止', '停止')).toEqual(['停止']);
		expect(marked('㍻の条約', '平成')).toEqual(['㍻']);
		expect(marked('㍻の条約', '条約')).toEqual(['条約']);
		const text = 'ｶﾞｽと㍻のＮＡＴＯ';
		expect(
			highlight(text, 'nato')
				.map((s) => s.text)
				.join('')
		).toBe(text);
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
