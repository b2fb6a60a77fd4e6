import { describe, expect, it } from 'vitest';
import { countryName, dictionaries, formatList, listParts, otherLang, treatyLabel } from './index';

describe('lists', () => {
	it('are written as each language writes them', () => {
		expect([
			formatList('ja', ['中国', 'ロシア', '北朝鮮']),
			formatList('en', ['China', 'Russia', 'North Korea']),
			formatList('en', ['China'])
		]).toEqual(['中国、ロシア、北朝鮮', 'China, Russia, North Korea', 'China']);
	});

	it('come apart into items and separators, for lists of links', () => {
		expect(listParts('ja', 2)).toEqual([
			{ type: 'element', value: '0' },
			{ type: 'literal', value: '、' },
			{ type: 'element', value: '1' }
		]);
	});
});

describe('treatyLabel', () => {
	it('adds the year of signing unless the name has it', () => {
		expect([
			treatyLabel('ソ朝条約', '1961-07-06', dictionaries.ja),
			treatyLabel('Soviet–DPRK treaty', '1961-07-06', dictionaries.en),
			treatyLabel('2024 treaty', '2024-06-19', dictionaries.en)
		]).toEqual(['ソ朝条約(1961年)', 'Soviet–DPRK treaty (1961)', '2024 treaty']);
	});
});

describe('countryName', () => {
	it('calls Russia the USSR before 1991-12-26', () => {
		const { ja, en } = dictionaries;
		expect([
			countryName('RU', ja, '1961-07-06'),
			countryName('RU', en, '1991-12-26'),
			countryName('RU', en),
			countryName('KP', en, '1961')
		]).toEqual(['ソ連', 'Russia', 'Russia', 'North Korea']);
	});
});

describe('the dictionaries', () => {
	it('state counts from the data', () => {
		expect([
			dictionaries.ja.treatyPage.scope(5),
			dictionaries.en.treatyPage.scope(6),
			dictionaries.en.treatyPage.scope(12)
		]).toEqual([
			expect.stringContaining('このページの5つの条約だけ'),
			expect.stringContaining('only the six treaties'),
			expect.stringContaining('only the 12 treaties')
		]);
	});

	it('add 年 to a year in Japanese only', () => {
		expect([dictionaries.ja.year(2024), dictionaries.en.year(2024)]).toEqual(['2024年', '2024']);
	});

	it('pair each language with the other', () => {
		expect([otherLang('ja'), otherLang('en')]).toEqual(['en', 'ja']);
	});
});
