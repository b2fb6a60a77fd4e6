import { describe, expect, it } from 'vitest';
import type { EraView, TreatyBand } from '../types';
import {
	buildItems,
	eventIdOf,
	itemId,
	LANES,
	lanesOf,
	shownLanes,
	type TimelineEvent
} from './lanes';

const events: TimelineEvent[] = [
	{ id: '1961-07-06-soviet-dprk-treaty', date: '1961-07-06', title: 'Treaty', pairs: ['kp-ru'] },
	{
		id: '2023-07-27-victory-day-parade',
		date: '2023-07-27',
		title: 'Parade',
		pairs: ['kp-ru', 'cn-kp', 'cn-ru']
	},
	{
		id: '2024-06-18-china-rok-2plus2',
		date: '2024-06-18',
		end: '2024-06-19',
		title: '2+2',
		pairs: []
	}
];

const bands: TreatyBand[] = [
	{
		treatyId: 'kp-ru-1961',
		pair: 'kp-ru',
		label: 'Soviet–DPRK',
		start: '1961-09-10',
		end: '1996-09',
		pledge: true
	},
	{
		treatyId: 'cn-ru-2001',
		pair: 'cn-ru',
		label: 'Sino–Russian',
		start: '2002-02-28',
		pledge: false
	}
];

const eras: EraView[] = [
	{ id: 'cold-war', label: 'Cold War', start: '1945', end: '1991-12-26' },
	{ id: 'ukraine-war', label: 'After the invasion', start: '2022-02-24' }
];

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

describe('buildItems', () => {
	const items = buildItems(events, bands, eras);

	it('makes one item per event per lane', () => {
		expect(
			items
				.filter((item) => item.kind === 'event')
				.map((item) => [item.id, item.lane, item.start, item.end, item.label])
		).toEqual([
			['1961-07-06-soviet-dprk-treaty@kp-ru', 'kp-ru', '1961-07-06', undefined, 'Treaty'],
			['2023-07-27-victory-day-parade@cn-kp', 'cn-kp', '2023-07-27', undefined, 'Parade'],
			['2023-07-27-victory-day-parade@cn-ru', 'cn-ru', '2023-07-27', undefined, 'Parade'],
			['2023-07-27-victory-day-parade@kp-ru', 'kp-ru', '2023-07-27', undefined, 'Parade'],
			['2024-06-18-china-rok-2plus2@context', 'context', '2024-06-18', '2024-06-19', '2+2']
		]);
	});

	it('draws each treaty band in its pair’s lane', () => {
		expect(items.filter((item) => item.kind === 'band')).toEqual([
			{
				kind: 'band',
				id: 'treaty:kp-ru-1961',
				lane: 'kp-ru',
				start: '1961-09-10',
				end: '1996-09',
				label: 'Soviet–DPRK',
				pledge: true
			},
			{
				kind: 'band',
				id: 'treaty:cn-ru-2001',
				lane: 'cn-ru',
				start: '2002-02-28',
				end: undefined,
				label: 'Sino–Russian',
				pledge: false
			}
		]);
	});

	it('adds the eras without a lane', () => {
		expect(items.filter((item) => item.kind === 'era')).toEqual([
			{ kind: 'era', id: 'era:cold-war', start: '1945', end: '1991-12-26', label: 'Cold War' },
			{
				kind: 'era',
				id: 'era:ukraine-war',
				start: '2022-02-24',
				end: undefined,
				label: 'After the invasion'
			}
		]);
	});

	it('gives every item a unique id', () => {
		const ids = items.map((item) => item.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('round-trips event item ids through eventIdOf', () => {
		const eventItems = items.filter((item) => item.kind === 'event');
		expect(eventItems.map((item) => eventIdOf(item.id))).toEqual(
			eventItems.map((item) => item.eventId)
		);
	});

	it('builds nothing from nothing', () => {
		expect(buildItems([], [], [])).toEqual([]);
	});
});

describe('itemId and eventIdOf', () => {
	it.each(LANES)('round-trip in the %s lane', (lane) => {
		expect(eventIdOf(itemId('2024-06-19-putin-pyongyang-treaty', lane))).toBe(
			'2024-06-19-putin-pyongyang-treaty'
		);
	});
});

describe('shownLanes', () => {
	it('shows the selected lanes, or every lane when none is selected', () => {
		expect([...shownLanes(['kp-ru', 'context'])]).toEqual(['kp-ru', 'context']);
		expect([...shownLanes([])]).toEqual([...LANES]);
	});
});
