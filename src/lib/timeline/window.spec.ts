import { describe, expect, it } from 'vitest';
import { indexByLane, windowContent, type LaneEvent } from './window';

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
		ev('e', 400),
		ev('f', 1000, 'cn-kp')
	];
	const byLane = indexByLane(events);

	it('folds crowded stretches into a cluster and keeps sparse events', () => {
		// 1000 px for 1000 days: a, b, c, d start within 100 px of each other.
		const { events: shown, clusters } = windowContent(byLane, {
			start: 0,
			end: 1000 * DAY,
			width: 1000
		});
		expect(clusters).toHaveLength(1);
		expect(clusters[0].eventIds).toEqual(['a', 'b', 'c', 'd']);
		expect(clusters[0].lane).toBe('kp-ru');
		expect(shown.map((e) => e.eventId).sort()).toEqual(['e', 'f']);
	});

	it('opens clusters when zoomed in', () => {
		const { events: shown, clusters } = windowContent(byLane, {
			start: 0,
			end: 10 * DAY,
			width: 1000
		});
		expect(clusters).toHaveLength(0);
		expect(shown.map((e) => e.eventId)).toEqual(['a', 'b', 'c', 'd']);
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
