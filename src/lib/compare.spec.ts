import { describe, expect, it } from 'vitest';
import {
	comparisonSearch,
	DEFAULT_COMPARISON,
	defaultComparison,
	parseComparison
} from './compare';

const IDS = ['kp-ru-1961', 'cn-kp-1961', 'kp-ru-2000', 'cn-ru-2001', 'kp-ru-2024'];
const parse = (search: string) => parseComparison(new URLSearchParams(search), IDS);

describe('parseComparison', () => {
	it('defaults to the 1961 Soviet treaty against the 2024 treaty', () => {
		expect(parse('')).toEqual({ a: 'kp-ru-1961', b: 'kp-ru-2024' });
	});

	it('reads two known treaties', () => {
		expect(parse('?a=cn-kp-1961&b=kp-ru-2000')).toEqual({ a: 'cn-kp-1961', b: 'kp-ru-2000' });
	});

	it.each([
		['?a=nonsense&b=%3Cscript%3E', { a: 'kp-ru-1961', b: 'kp-ru-2024' }],
		['?a=&b=', { a: 'kp-ru-1961', b: 'kp-ru-2024' }],
		['?a=KP-RU-2000&b=kp-ru-2000 ', { a: 'kp-ru-1961', b: 'kp-ru-2024' }],
		['?a=constructor&b=__proto__', { a: 'kp-ru-1961', b: 'kp-ru-2024' }],
		['?a=cn-ru-2001&b=zzz', { a: 'cn-ru-2001', b: 'kp-ru-2024' }],
		['?a=zzz&b=cn-ru-2001', { a: 'kp-ru-1961', b: 'cn-ru-2001' }]
	])('falls back to the defaults for unknown values: %s', (search, expected) => {
		expect(parse(search)).toEqual(expected);
	});

	it('does not repeat a treaty when only one side is known', () => {
		expect([parse('?a=kp-ru-2024'), parse('?b=kp-ru-1961')]).toEqual([
			{ a: 'kp-ru-2024', b: 'kp-ru-1961' },
			{ a: 'kp-ru-2024', b: 'kp-ru-1961' }
		]);
	});

	it('takes the first of repeated parameters', () => {
		expect(parse('?a=cn-kp-1961&a=kp-ru-2000&b=cn-ru-2001')).toEqual({
			a: 'cn-kp-1961',
			b: 'cn-ru-2001'
		});
	});

	it('allows the reader to put the same treaty on both sides', () => {
		expect(parse('?a=cn-kp-1961&b=cn-kp-1961')).toEqual({ a: 'cn-kp-1961', b: 'cn-kp-1961' });
	});
});

describe('defaultComparison', () => {
	it('is the 1961 and 2024 treaties when the content has both', () => {
		expect(defaultComparison(IDS)).toEqual(DEFAULT_COMPARISON);
	});

	it('falls back to the first two treaties of other content', () => {
		expect(defaultComparison(['cn-ru-2001', 'kp-ru-1961', 'cn-kp-1961'])).toEqual({
			a: 'cn-ru-2001',
			b: 'kp-ru-1961'
		});
		expect(
			parseComparison(new URLSearchParams('?b=cn-ru-2001'), ['cn-ru-2001', 'kp-ru-2024'])
		).toEqual({ a: 'kp-ru-2024', b: 'cn-ru-2001' });
	});

	it('compares a lone treaty with itself rather than with nothing', () => {
		expect(defaultComparison(['cn-ru-2001'])).toEqual({ a: 'cn-ru-2001', b: 'cn-ru-2001' });
	});
});

describe('comparisonSearch', () => {
	it('writes the default comparison too, so a shared link keeps it', () => {
		expect(comparisonSearch(DEFAULT_COMPARISON)).toBe('?a=kp-ru-1961&b=kp-ru-2024');
	});

	it('writes any choice, and reads back the same', () => {
		const choice = { a: 'cn-ru-2001', b: 'kp-ru-1961' };
		expect([comparisonSearch(choice), parse(comparisonSearch(choice))]).toEqual([
			'?a=cn-ru-2001&b=kp-ru-1961',
			choice
		]);
	});
});
