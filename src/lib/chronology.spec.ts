import { describe, expect, it } from 'vitest';
import { groupByYear, latestYearsStart, step, yearCounts } from './chronology';

describe('groupByYear', () => {
	it('groups consecutive entries under their start year, keeping their order', () => {
		const entries = [
			{ id: 'a', date: '1961-07-06' },
			{ id: 'b', date: '1961-07-11' },
			{ id: 'c', date: '1996-09' },
			{ id: 'd', date: '2024' },
			{ id: 'e', date: '2024-06-19' }
		];
		expect(groupByYear(entries)).toEqual([
			{ year: 1961, items: [entries[0], entries[1]] },
			{ year: 1996, items: [entries[2]] },
			{ year: 2024, items: [entries[3], entries[4]] }
		]);
	});

	it('returns no groups for no entries', () => {
		expect(groupByYear([])).toEqual([]);
	});
});

describe('step', () => {
	const ids = ['a', 'b', 'c'];

	it('moves forward and back', () => {
		expect([step(ids, 'a', 1), step(ids, 'b', 1), step(ids, 'c', -1), step(ids, 'b', -1)]).toEqual([
			'b',
			'c',
			'b',
			'a'
		]);
	});

	it('stops at the ends', () => {
		expect([step(ids, 'c', 1), step(ids, 'a', -1)]).toEqual(['c', 'a']);
	});

	it('starts at the first going forward and the last going back when nothing is selected', () => {
		expect([step(ids, null, 1), step(ids, null, -1)]).toEqual(['a', 'c']);
	});

	it('treats an unknown current id like no selection', () => {
		expect([step(ids, 'zzz', 1), step(ids, 'zzz', -1)]).toEqual(['a', 'c']);
	});

	it('returns null when there is nothing to step through', () => {
		expect([step([], null, 1), step([], 'a', -1)]).toEqual([null, null]);
	});

	it('stays put in a list of one', () => {
		expect([step(['a'], 'a', 1), step(['a'], 'a', -1)]).toEqual(['a', 'a']);
	});
});

describe('yearCounts', () => {
	it('counts entries per year, in order', () => {
		const entries = ['1961-07-06', '1961-07-11', '1996-09', '2024'].map((date) => ({ date }));
		expect(yearCounts(entries)).toEqual([
			{ year: 1961, count: 2 },
			{ year: 1996, count: 1 },
			{ year: 2024, count: 1 }
		]);
	});
});

describe('latestYearsStart', () => {
	const entries = ['2001-01', '2001-02', '2002-01', '2003-01', '2003-02', '2003-03'].map(
		(date) => ({ date })
	);

	it('keeps whole latest years within the limit', () => {
		expect(latestYearsStart(entries, 4)).toBe(2);
		expect(latestYearsStart(entries, 5)).toBe(2);
		expect(latestYearsStart(entries, 6)).toBe(0);
	});

	it('keeps the last year even when it alone is over the limit', () => {
		expect(latestYearsStart(entries, 1)).toBe(3);
		expect(latestYearsStart(entries, 3)).toBe(3);
	});

	it('starts at the end for no entries', () => {
		expect(latestYearsStart([], 10)).toBe(0);
	});
});
