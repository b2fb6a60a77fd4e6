import { Parser } from 'budoux';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { phraseBoundaries, phrases, widestPhrase } from './phrases';

const treaty = 'プーチン大統領が24年ぶりに訪朝、包括的戦略パートナーシップ条約に署名';

describe('phrases', () => {
	it('cuts a Japanese title between phrases, never inside a word', () => {
		expect(phrases(treaty, 'ja')).toEqual([
			'プーチン大統領が',
			'24年ぶりに',
			'訪朝、',
			'包括的戦略パートナーシップ条約に',
			'署名'
		]);
	});

	it('keeps words whole: no boundary falls inside 訪朝, パートナーシップ or 条約', () => {
		const ends = phraseBoundaries(treaty, 'ja');
		for (const word of ['訪朝', 'パートナーシップ', '条約', '署名', 'プーチン']) {
			const start = treaty.indexOf(word);
			expect(
				ends.filter((end) => end > start && end < start + word.length),
				word
			).toEqual([]);
		}
	});

	it('gives phrases that join back into the text exactly', () => {
		for (const text of [
			treaty,
			'金正恩総書記がロシア極東のボストーチヌイ宇宙基地でプーチン大統領と会談',
			'中ソ友好同盟相互援助条約（1950年）',
			'ASEAN地域フォーラム（ARF）で中露朝の外相が会談 — 一部は欠席',
			'😀絵文字と𠮷のようなサロゲートペアを含む題名'
		]) {
			const parts = phrases(text, 'ja');
			expect(parts.join('')).toBe(text);
			expect(parts.every((part) => part.length > 0)).toBe(true);
		}
	});

	it('leaves English alone: one phrase, its spaces are its break opportunities', () => {
		const en =
			'Putin visits Pyongyang after 24 years and signs a Comprehensive Strategic Partnership Treaty';
		expect(phrases(en, 'en')).toEqual([en]);
		expect(phraseBoundaries(en, 'en')).toEqual([]);
	});

	it('handles an empty string and a single phrase', () => {
		expect(phrases('', 'ja')).toEqual(['']);
		expect(phraseBoundaries('', 'ja')).toEqual([]);
		expect(phraseBoundaries('署名', 'ja')).toEqual([]);
	});

	it('cuts at brackets as BudouX does at full-width ones, and after spaces', () => {
		expect(phrases('8月宗派事件(朝鮮労働党中央委員会総会)', 'ja')).toEqual([
			'8月宗派事件',
			'(朝鮮労働党中央委員会総会)'
		]);
		expect(phrases('中韓、次官級で初の外交安保対話(2プラス2)をソウルで開催', 'ja')).toEqual([
			'中韓、',
			'次官級で',
			'初の',
			'外交安保対話',
			'(2プラス2)を',
			'ソウルで',
			'開催'
		]);
		expect(phrases('ASEAN地域フォーラム 外相会議で中露朝が会談', 'ja')).toEqual([
			'ASEAN地域フォーラム ',
			'外相会議で',
			'中露朝が',
			'会談'
		]);
	});

	it('estimates the widest phrase in ems', () => {
		expect(widestPhrase(phrases(treaty, 'ja'))).toBe(16);
		expect(widestPhrase(['24年ぶりに'])).toBeCloseTo(5.2);
		expect(widestPhrase([])).toBe(0);
	});

	describe('cache', () => {
		afterEach(() => {
			vi.restoreAllMocks();
		});

		// Each test its own text: the cache lives as long as the module.
		it('parses a text once, however often it is asked for', () => {
			const parse = vi.spyOn(Parser.prototype, 'parse');
			const text = '中露朝の首脳が北京で初の三者会談';
			const first = phrases(text, 'ja');
			expect(phrases(text, 'ja')).toBe(first);
			expect(phraseBoundaries(text, 'ja')).toEqual(phraseBoundaries(text, 'ja'));
			expect(parse).toHaveBeenCalledTimes(1);
			expect(first.join('')).toBe(text);
		});

		it('gives every caller the same answer: the shared phrases cannot be changed', () => {
			const text = 'ロシアと北朝鮮が新たな経済協力協定に署名';
			const parts = phrases(text, 'ja');
			const before = [...parts];
			expect(Object.isFrozen(parts)).toBe(true);
			expect(() => (parts as string[]).push('改竄')).toThrow(TypeError);
			expect(phrases(text, 'ja')).toEqual(before);
		});

		it('keeps texts apart, and never caches what it does not parse', () => {
			const parse = vi.spyOn(Parser.prototype, 'parse');
			expect(phrases('中国が声明を発表', 'ja').join('')).toBe('中国が声明を発表');
			expect(phrases('北朝鮮が声明を発表', 'ja').join('')).toBe('北朝鮮が声明を発表');
			expect(phrases('中国が声明を発表', 'en')).toEqual(['中国が声明を発表']);
			expect(parse).toHaveBeenCalledTimes(2);
		});
	});

	it('reports boundaries as offsets into the text', () => {
		expect(phraseBoundaries(treaty, 'ja')).toEqual([8, 14, 17, 33]);
	});
});
