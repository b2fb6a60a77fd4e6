import { describe, expect, it } from 'vitest';
import { derivePairs, isLane, LANES, lanesOf, shownLanes } from './lanes';
import { PAIRS } from './vocabulary';

describe('derivePairs', () => {
	it.each([
		[['RU', 'KP'], ['kp-ru']],
		[['KP', 'CN'], ['cn-kp']],
		[
			['CN', 'RU', 'KP', 'US'],
			['cn-kp', 'cn-ru', 'kp-ru']
		],
		[['CN', 'US', 'JP'], []],
		[[], []]
	])('%j → %j', (countries, pairs) => {
		expect(derivePairs(countries)).toEqual(pairs);
	});
});

describe('lanesOf', () => {
	it('puts an event without pairs in the context lane', () => {
		expect(lanesOf({ pairs: [] })).toEqual(['context']);
	});

	it('puts an event in one lane per pair, in a fixed order', () => {
		expect([
			lanesOf({ pairs: ['kp-ru'] }),
			lanesOf({ pairs: ['kp-ru', 'cn-kp', 'cn-ru'] })
		]).toEqual([['kp-ru'], ['cn-kp', 'cn-ru', 'kp-ru']]);
	});

	it('only ever returns known lanes', () => {
		expect(lanesOf({ pairs: ['cn-ru', 'kp-ru'] }).every((lane) => LANES.includes(lane))).toBe(true);
	});
});

describe('LANES', () => {
	it('are the pairs in their order, then the context lane', () => {
		expect(LANES).toEqual([...PAIRS, 'context']);
	});

	it('recognise a lane, and only a lane', () => {
		expect(['cn-kp', 'context', 'ru-kp', 'CN-KP', ''].map(isLane)).toEqual([
			true,
			true,
			false,
			false,
			false
		]);
	});
});

describe('shownLanes', () => {
	it('shows the selected lanes, or every lane when none is selected', () => {
		expect([...shownLanes(['kp-ru', 'context'])]).toEqual(['kp-ru', 'context']);
		expect([...shownLanes([])]).toEqual([...LANES]);
	});
});
