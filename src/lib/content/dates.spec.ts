import { describe, expect, it } from 'vitest';
import {
	comparePartialDates,
	endOf,
	firstDay,
	isSovietEra,
	isValidPartialDate,
	lastDay,
	precisionOf,
	startOf,
	USSR_END
} from './dates';

describe('isValidPartialDate', () => {
	it.each([
		'1961',
		'1996-09',
		'2024-06-19',
		'2024-02-29',
		'2000-02-29',
		'2023-12-31',
		'2024-04-30'
	])('accepts %s', (date) => {
		expect(isValidPartialDate(date)).toBe(true);
	});

	it.each([
		['2023-02-29', 'not a leap year'],
		['1900-02-29', 'century, not a leap year'],
		['2024-02-30', 'February has 29 days at most'],
		['2024-04-31', 'April has 30 days'],
		['2024-13', 'month 13'],
		['2024-00', 'month 0'],
		['2024-13-01', 'month 13 with a day'],
		['2024-06-00', 'day 0'],
		['2024-06-32', 'day 32'],
		['2024-6-19', 'unpadded month'],
		['2024-06-9', 'unpadded day'],
		['24', 'two-digit year'],
		['2024/06/19', 'slashes'],
		['2024-06-19T00:00', 'a time'],
		[' 2024', 'leading space'],
		['', 'empty']
	])('rejects %s (%s)', (date) => {
		expect(isValidPartialDate(date)).toBe(false);
	});
});

describe('precisionOf', () => {
	it.each([
		['1961', 'year'],
		['1996-09', 'month'],
		['2024-06-19', 'day']
	])('%s is %s', (date, precision) => {
		expect(precisionOf(date)).toBe(precision);
	});
});

describe('firstDay and lastDay', () => {
	it.each([
		['1961', '1961-01-01', '1961-12-31'],
		['1996-09', '1996-09-01', '1996-09-30'],
		['2024-02', '2024-02-01', '2024-02-29'],
		['2023-02', '2023-02-01', '2023-02-28'],
		['2024-06-19', '2024-06-19', '2024-06-19']
	])('%s runs from %s to %s', (date, first, last) => {
		expect([firstDay(date), lastDay(date)]).toEqual([first, last]);
	});
});

describe('startOf and endOf', () => {
	it.each([
		['1961', '1961-01-01', '1962-01-01'],
		['1996-09', '1996-09-01', '1996-10-01'],
		['1996-12', '1996-12-01', '1997-01-01'],
		['2024-02', '2024-02-01', '2024-03-01'],
		['2024-06-19', '2024-06-19', '2024-06-20'],
		['2024-02-29', '2024-02-29', '2024-03-01'],
		['2024-12-31', '2024-12-31', '2025-01-01']
	])('%s covers [%s, %s) in UTC', (date, start, end) => {
		expect([startOf(date).toISOString(), endOf(date).toISOString()]).toEqual([
			`${start}T00:00:00.000Z`,
			`${end}T00:00:00.000Z`
		]);
	});
});

describe('startOf and endOf for the years 0–99', () => {
	// Date.UTC would map the years 0–99 to 1900–1999.
	it('keep the year as written', () => {
		expect([startOf('0099').getUTCFullYear(), endOf('0098').getUTCFullYear()]).toEqual([99, 99]);
	});
});

describe('comparePartialDates', () => {
	it('orders by start, a month before its days and a year before its months', () => {
		const dates = ['2024-06-19', '2024-06', '2024', '2023-12-31', '2024-06-01', '2024-01', '1961'];
		expect([...dates].sort(comparePartialDates)).toEqual([
			'1961',
			'2023-12-31',
			'2024',
			'2024-01',
			'2024-06',
			'2024-06-01',
			'2024-06-19'
		]);
	});

	it('returns zero for the same date and a sign for the order', () => {
		expect([
			comparePartialDates('2024-06-19', '2024-06-19'),
			Math.sign(comparePartialDates('2024-06-18', '2024-06-19')),
			Math.sign(comparePartialDates('2024-06-19', '2024-06-18')),
			Math.sign(comparePartialDates('2024-06', '2024-06-01')),
			Math.sign(comparePartialDates('2024-06-01', '2024-06'))
		]).toEqual([0, -1, 1, -1, 1]);
	});
});

describe('isSovietEra', () => {
	it('ends on the day the USSR was dissolved', () => {
		expect(USSR_END).toBe('1991-12-26');
	});

	it.each([
		['1961-07-06', true],
		['1991', true],
		['1991-12', true],
		['1991-12-25', true],
		['1991-12-26', false],
		['1991-12-27', false],
		['1992', false],
		['1992-01', false],
		['2024-06-19', false]
	])('%s → %s', (date, soviet) => {
		expect(isSovietEra(date)).toBe(soviet);
	});
});
