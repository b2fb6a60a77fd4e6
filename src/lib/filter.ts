/**
 * The chronicle's view as a URL: which lanes are selected (`?pair=`), the timeline's window
 * (`&from=&to=`) and which event (`&event=`). Parsing accepts any order, case and garbage and yields
 * the canonical form. Pure.
 */
import { endOf, startOf } from './content/dates';
import { isLane, LANES, lanesOf, type Lane } from './content/lanes';
import type { Pair } from './content/vocabulary';

export interface View {
	/** Selected lanes in canonical order; empty means everything. */
	lanes: Lane[];
	/** Search words, trimmed; empty means no search. */
	q: string;
	/** The timeline's window in whole months; null is the default first view. */
	window: MonthWindow | null;
	event: string | null;
}

/** A window of whole months, `YYYY-MM` each, `from` not after `to`. */
export interface MonthWindow {
	from: string;
	to: string;
}

/** Years a window may name: wider than any chronicle, narrow enough to keep dates sane. */
const WINDOW_YEARS = { min: 1900, max: 2100 };

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
		window: parseWindow(params.get('from'), params.get('to')),
		event: event && knownIds.has(event) ? event : null
	};
}

/** Collapses white space and cuts very long queries. */
export function normaliseQuery(raw: string): string {
	return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE);
}

/** `2017`, `2017-1`, ` 2017-01 ` → `2017-01` (a bare year is its first or last month); else null. */
export function parseMonth(raw: string | null, edge: 'from' | 'to'): string | null {
	const match = /^(\d{4})(?:-(\d{1,2}))?$/.exec(raw?.slice(0, MAX_VALUE).trim() ?? '');
	if (!match) return null;
	const year = Number(match[1]);
	const month = match[2] === undefined ? (edge === 'from' ? 1 : 12) : Number(match[2]);
	if (year < WINDOW_YEARS.min || year > WINDOW_YEARS.max || month < 1 || month > 12) return null;
	return `${match[1]}-${String(month).padStart(2, '0')}`;
}

/** Both ends valid and in order, or no window at all: half a window is not a view. */
export function parseWindow(from: string | null, to: string | null): MonthWindow | null {
	const start = parseMonth(from, 'from');
	const end = parseMonth(to, 'to');
	return start && end && start <= end ? { from: start, to: end } : null;
}

/** The instants a window covers: the start of its first month to the end of its last. */
export function windowRange(window: MonthWindow): { start: number; end: number } {
	return { start: startOf(window.from).getTime(), end: endOf(window.to).getTime() };
}

/** The whole months a range of instants touches, clamped to the years a window may name. */
export function rangeWindow(start: number, end: number): MonthWindow {
	const month = (time: number) => {
		const date = new Date(time);
		const year = Math.min(WINDOW_YEARS.max, Math.max(WINDOW_YEARS.min, date.getUTCFullYear()));
		const m =
			year === date.getUTCFullYear() ? date.getUTCMonth() + 1 : year === WINDOW_YEARS.min ? 1 : 12;
		return `${year}-${String(m).padStart(2, '0')}`;
	};
	// The end is exclusive: a window ending at midnight on 1 January ends in December.
	return { from: month(start), to: month(Math.max(start, end - 1)) };
}

/** The canonical query string, `?pair=cn-kp,kp-ru&from=…&to=…&q=…&event=…`, or '' by default. */
export function viewToSearch(view: View): string {
	const parts: string[] = [];
	if (view.lanes.length > 0) parts.push(`pair=${view.lanes.join(',')}`);
	if (view.window) parts.push(`from=${view.window.from}`, `to=${view.window.to}`);
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
