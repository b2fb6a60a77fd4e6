/**
 * The lanes of the chronicle: one per relationship of the triangle, in the order of PAIRS, then the
 * context lane for what happens around it. Every view (timeline, filter, badges, pages, feeds, preview
 * cards) places an event by `lanesOf`.
 */
import { PAIRS, type Pair } from './vocabulary';

export type Lane = Pair | 'context';
export const LANES: readonly Lane[] = [...PAIRS, 'context'];

export function isLane(value: string): value is Lane {
	return (LANES as readonly string[]).includes(value);
}

/** Every pair of CN, RU and KP present in the countries: an event's pairs where none are given. */
export const derivePairs = (countries: readonly string[]): Pair[] =>
	PAIRS.filter((pair) => pair.split('-').every((code) => countries.includes(code.toUpperCase())));

/** The lanes an event belongs to: each of its pairs in the order of PAIRS, or the context lane. */
export function lanesOf(event: { pairs: readonly Pair[] }): Lane[] {
	return event.pairs.length > 0 ? PAIRS.filter((p) => event.pairs.includes(p)) : ['context'];
}

/** The lanes the timeline shows for a pair filter: the selected ones, or all when none is. */
export function shownLanes(selected: readonly Lane[]): ReadonlySet<Lane> {
	return new Set(selected.length > 0 ? selected : LANES);
}
