import { describe, expect, it } from 'vitest';
import {
	CLUSTER_PX,
	MAX_LABEL_PX,
	firstWindow,
	labelCuts,
	labelRoom,
	indexByLane,
	labelWidth,
	windowContent,
	type LaneEvent
} from './window';

const DAY = 86_400_000;
const ev = (
	id: string,
	day: number,
	lane: LaneEvent['lane'] = 'kp-ru',
	endDay?: number
): LaneEvent => ({
	id: `${id}@${lane}`,
	eventId: id,
	lane,
	start: day * DAY,
	end: endDay === undefined ? undefined : endDay * DAY,
	label: id
});

describe('windowContent', () => {
	const events = [
		ev('a', 0),
		ev('b', 1),
		ev('c', 2),
		ev('d', 3),
		ev('d2', 4),
		ev('d3', 5),
		ev('e', 400),
		ev('f', 1000, 'cn-kp')
	];
	const byLane = indexByLane(events);

	it('folds crowded stretches into a cluster and keeps sparse events', () => {
		// 1000 px for 1000 days: six labels start within 6 px of each other, more than five rows.
		const { events: shown, clusters } = windowContent(byLane, {
			start: 0,
			end: 1000 * DAY,
			width: 1000
		});
		expect(clusters).toHaveLength(1);
		expect(clusters[0].eventIds).toEqual(['a', 'b', 'c', 'd', 'd2', 'd3']);
		expect(clusters[0].lane).toBe('kp-ru');
		expect(clusters[0].end).toBe(5 * DAY);
		expect(shown.map((e) => e.eventId).sort()).toEqual(['e', 'f']);
	});

	it('stacks events whose labels collide as long as the rows allow', () => {
		const few = indexByLane([ev('a', 0), ev('b', 1), ev('c', 2), ev('d', 3)]);
		const { events: shown, clusters } = windowContent(few, {
			start: 0,
			end: 1000 * DAY,
			width: 1000
		});
		expect(clusters).toHaveLength(0);
		expect(shown).toHaveLength(4);
		expect(
			windowContent(few, { start: 0, end: 1000 * DAY, width: 1000, maxRows: 3 }).clusters
		).toHaveLength(1);
	});

	it('keeps the events of an opened cluster one by one', () => {
		const { events: shown, clusters } = windowContent(byLane, {
			start: 0,
			end: 1000 * DAY,
			width: 1000,
			open: { lane: 'kp-ru', start: 0, end: 5 * DAY }
		});
		expect(clusters).toHaveLength(0);
		expect(shown).toHaveLength(8);
	});

	it('opens clusters when zoomed in', () => {
		const { events: shown, clusters } = windowContent(byLane, {
			start: 0,
			end: 10 * DAY,
			width: 1000
		});
		expect(clusters).toHaveLength(0);
		expect(shown.map((e) => e.eventId)).toEqual(['a', 'b', 'c', 'd', 'd2', 'd3']);
	});

	it('never hides the kept (selected) event in a cluster', () => {
		const { events: shown, clusters } = windowContent(byLane, {
			start: 0,
			end: 1000 * DAY,
			width: 1000,
			keep: 'c'
		});
		expect(clusters).toHaveLength(0);
		expect(shown.map((e) => e.eventId)).toContain('c');
	});

	it('gives the widget only what is near the window', () => {
		const { events: shown } = windowContent(byLane, {
			start: 390 * DAY,
			end: 410 * DAY,
			width: 1000
		});
		expect(shown.map((e) => e.eventId)).toEqual(['e']);
	});

	it('keeps a long range that started before the window', () => {
		const withRange = indexByLane([ev('long', 0, 'cn-ru', 900), ev('x', 2000, 'cn-ru')]);
		const { events: shown } = windowContent(withRange, {
			start: 800 * DAY,
			end: 850 * DAY,
			width: 1000
		});
		expect(shown.map((e) => e.eventId)).toEqual(['long']);
	});

	it('stays small at 10,000 events', () => {
		const many = Array.from({ length: 10_000 }, (_, i) =>
			ev(`e${i}`, i * 2, i % 2 ? 'kp-ru' : 'cn-kp')
		);
		const { events: shown, clusters } = windowContent(indexByLane(many), {
			start: 0,
			end: 20_000 * DAY,
			width: 1200
		});
		expect(shown.length + clusters.length).toBeLessThan(200);
		expect(clusters.reduce((n, c) => n + c.eventIds.length, 0) + shown.length).toBe(10_000);
	});
});

describe('labelWidth', () => {
	it('counts kana and kanji wider than Latin letters, up to the cut', () => {
		expect(labelWidth('条約署名')).toBeGreaterThan(labelWidth('abcd'));
		expect(labelWidth('x'.repeat(500))).toBe(labelWidth('y'.repeat(400)));
		expect(labelWidth('x'.repeat(500))).toBeGreaterThan(MAX_LABEL_PX);
		expect(CLUSTER_PX).toBeLessThan(labelWidth('x'.repeat(500)));
	});
});

describe('firstWindow', () => {
	it('opens on the latest events, with room for the last label', () => {
		const starts = Array.from({ length: 40 }, (_, i) => i * 10 * DAY);
		const window = firstWindow(starts, 15)!;
		expect(window.start).toBeLessThan(250 * DAY);
		expect(window.start).toBeGreaterThan(240 * DAY);
		expect(window.end).toBeGreaterThan(390 * DAY + 0.2 * 140 * DAY);
	});

	it('takes everything when there are fewer events, and nothing when none', () => {
		expect(firstWindow([5 * DAY, 0], 15)!.start).toBeLessThan(0);
		expect(firstWindow([], 15)).toBeNull();
	});
});

describe('labelCuts and labelRoom', () => {
	it('cuts each name where the next one on its row begins', () => {
		const cuts = labelCuts([
			{ row: 'kp-ru', start: 2000, end: 9000 },
			{ row: 'kp-ru', start: 2024, end: 9000 },
			{ row: 'cn-ru', start: 1950, end: 1980 },
			{ row: 'cn-ru', start: 2001, end: 9000 },
			{ row: 'era', start: 1991, end: 2022 },
			{ row: 'era', start: 2022, end: 9000 }
		]);
		expect(cuts).toEqual([2024, 9000, 1980, 9000, 2022, 9000]);
	});
	it('leaves no room to a name whose successor has scrolled in over it', () => {
		// A band from 2000, the next from 2024; the window opens in 2023 at 10 ms a pixel.
		expect(labelRoom(2000, 2024, 2023, 0.1)).toBeCloseTo(10);
		expect(labelRoom(2000, 2024, 2030, 0.1)).toBeLessThan(0);
		expect(labelRoom(2024, 9000, 2023, 1)).toBe(6976);
	});
});
