/**
 * The chronicle's view as a URL: which lanes are selected (`?pair=`) and which event (`&event=`).
 * Parsing accepts any order, case and garbage and yields the canonical form. Pure.
 */
import { isLane, LANES, lanesOf, type Lane } from './content/lanes';
import type { Pair } from './content/vocabulary';

export interface View {
	/** Selected lanes in canonical order; empty means everything. */
	lanes: Lane[];
	/** Search words, trimmed; empty means no search. */
	q: string;
	event: string | null;
}

/** Longest query value we read; anything longer is cut, not trusted. */
const MAX_VALUE = 200;

/** `CN-KP`, `kp-cn`, ` cn-kp ` → `cn-kp`; `context` stays; anything else → null. */
export function normaliseLane(raw: string): Lane | null {
	const value = raw.trim().toLowerCase();
	const lane = value.split('-').sort().join('-');
	return isLane(lane) ? lane : null;
}

export function parseLanes(value: string | null): Lane[] {
	if (!value) return [];
	const found = new Set(
		value
			.slice(0, MAX_VALUE)
			.split(',')
			.map(normaliseLane)
			.filter((lane): lane is Lane => lane !== null)
	);
	return LANES.filter((lane) => found.has(lane));
}

export function parseView(params: URLSearchParams, knownIds: ReadonlySet<string>): View {
	const event = params.get('event')?.slice(0, MAX_VALUE).trim().toLowerCase() ?? null;
	return {
		lanes: parseLanes(params.get('pair')),
		q: normaliseQuery(params.get('q') ?? ''),
		event: event && knownIds.has(event) ? event : null
	};
}

/** Collapses white space and cuts very long queries. */
export function normaliseQuery(raw: string): string {
	return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
}

/** The canonical query string, `?pair=cn-kp,kp-ru&q=…&event=…`, or '' for the default view. */
export function viewToSearch(view: View): string {
	const parts: string[] = [];
	if (view.lanes.length > 0) parts.push(`pair=${view.lanes.join(',')}`);
	if (view.q) parts.push(`q=${encodeURIComponent(view.q)}`);
	if (view.event) parts.push(`event=${encodeURIComponent(view.event)}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Adds the lane if absent, removes it if present. */
export function toggleLane(lanes: readonly Lane[], lane: Lane): Lane[] {
	const next = lanes.includes(lane) ? lanes.filter((l) => l !== lane) : [...lanes, lane];
	return LANES.filter((l) => next.includes(l));
}

/** An event is shown when it belongs to any selected lane; no selection shows everything. */
export function isVisible(event: { pairs: readonly Pair[] }, lanes: readonly Lane[]): boolean {
	return lanes.length === 0 || lanesOf(event).some((lane) => lanes.includes(lane));
}

export function countByLane(events: readonly { pairs: readonly Pair[] }[]): Record<Lane, number> {
	const counts = Object.fromEntries(LANES.map((lane) => [lane, 0])) as Record<Lane, number>;
	for (const event of events) for (const lane of lanesOf(event)) counts[lane] += 1;
	return counts;
}
