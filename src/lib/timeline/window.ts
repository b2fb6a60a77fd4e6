/**
 * What the widget is given: only the events near the visible window, with crowded stretches of a
 * lane folded into one numbered cluster. This keeps the widget's item count small whatever the
 * size of the chronicle (vis-timeline slows to a crawl with thousands of items). Pure.
 */
import type { Lane } from '../content/lanes';

export interface LaneEvent {
	/** Item id, `<event>@<lane>`. */
	id: string;
	eventId: string;
	lane: Lane;
	start: number;
	end?: number;
	label: string;
}

export interface Cluster {
	id: string;
	lane: Lane;
	start: number;
	end: number;
	eventIds: string[];
}

export interface WindowContent {
	events: LaneEvent[];
	clusters: Cluster[];
}

export interface WindowOptions {
	start: number;
	end: number;
	/** Width of the drawing area in pixels. */
	width: number;
	/** Rows a lane may stack before a crowded stretch folds into a cluster. */
	maxRows?: number;
	/** Width in pixels of the stretches judged together: each either fits or folds. */
	chunk?: number;
	/** An event that must stay visible on its own (the selected one). */
	keep?: string | null;
	/** A cluster the reader opened: its events stay one by one, however crowded. */
	open?: { lane: Lane; start: number; end: number } | null;
}

/** Widest label drawn, in pixels: the stylesheet cuts longer titles at 12em of 0.8rem. */
export const MAX_LABEL_PX = 154;
/** The dot, its gap and the label's padding, beside the text. */
const LABEL_EXTRA_PX = 22;
/** A cluster's box ("2024 · 7 events"). */
export const CLUSTER_PX = 110;
/** Space kept between two items on one row. */
const ROW_GAP_PX = 6;

/** A label's drawn width, estimated: the widget measures labels only once they are drawn. */
export function labelWidth(label: string): number {
	let text = 0;
	// At 0.8rem (12.8 px): a kana or kanji is 1em, a Latin letter about 0.55em.
	for (const char of label) text += char.codePointAt(0)! >= 0x2e80 ? 12.8 : 7;
	return Math.min(text, MAX_LABEL_PX) + LABEL_EXTRA_PX;
}

/**
 * The first window: the latest `count` events with room on the right for the last one's label,
 * so the chronicle opens on what is new, one by one, rather than on seventy years of clusters.
 */
export function firstWindow(
	starts: readonly number[],
	count = 15
): { start: number; end: number } | null {
	if (starts.length === 0) return null;
	const sorted = [...starts].sort((a, b) => a - b);
	const from = sorted[Math.max(0, sorted.length - count)];
	const to = sorted[sorted.length - 1];
	const span = Math.max(to - from, 60 * 86_400_000);
	return { start: from - span * 0.05, end: to + span * 0.25 };
}

/** Events sorted by start, grouped by lane, built once. */
export function indexByLane(events: readonly LaneEvent[]): Map<Lane, LaneEvent[]> {
	const byLane = new Map<Lane, LaneEvent[]>();
	for (const event of events) {
		const list = byLane.get(event.lane) ?? [];
		list.push(event);
		byLane.set(event.lane, list);
	}
	for (const list of byLane.values()) list.sort((a, b) => a.start - b.start);
	return byLane;
}

/** First index whose start is at or after `value` (binary search). */
function lowerBound(list: readonly LaneEvent[], value: number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid].start < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Rows after placing these items (each `[x, width]`) at the first row free at its x, or null. */
function placeAll(
	rows: readonly number[],
	items: readonly (readonly [number, number])[],
	maxRows: number
): number[] | null {
	const next = [...rows];
	for (const [x, w] of items) {
		let row = next.findIndex((right) => right <= x);
		if (row < 0) {
			if (next.length >= maxRows) return null;
			row = next.length;
		}
		next[row] = x + w + ROW_GAP_PX;
	}
	return next;
}

export function windowContent(
	byLane: Map<Lane, LaneEvent[]>,
	options: WindowOptions
): WindowContent {
	const { start, end, width, maxRows = 5, chunk = 100, keep = null, open = null } = options;
	const span = Math.max(1, end - start);
	const msPerPx = span / Math.max(1, width);
	// A window of margin on the right, so short pans show items at once; on the left only what a
	// label reaches into view from: the widget leaves items wholly left of its window unplaced.
	const from = start - (MAX_LABEL_PX + LABEL_EXTRA_PX) * msPerPx;
	const to = end + span;
	const x = (time: number) => (time - start) / msPerPx;
	const box = (e: LaneEvent) =>
		[x(e.start), Math.max(labelWidth(e.label), x(e.end ?? e.start) - x(e.start))] as const;
	const out: WindowContent = { events: [], clusters: [] };
	for (const [lane, list] of byLane) {
		// Long ranges may start well before the window; they are few, so scan for them separately.
		const first = lowerBound(list, from);
		const inWindow = list.slice(first, lowerBound(list, to));
		const spanning = list.slice(0, first).filter((e) => (e.end ?? e.start) >= from);
		const loose = (e: LaneEvent) =>
			open !== null && open.lane === lane && e.start >= open.start && e.start <= open.end;
		/** Right edge of the last item on each row, in pixels. */
		let rows: number[] = [];
		let group: LaneEvent[] = [];
		const flush = () => {
			const fitted = placeAll(rows, group.map(box), maxRows);
			// The selected event's stretch stays open, so it is seen beside its neighbours.
			const kept = group.some((e) => e.eventId === keep);
			const folded = fitted || kept ? [] : group.filter((e) => !loose(e));
			// Only stretches that truly collide fold, and never into a cluster of one.
			if (folded.length < 2) {
				rows = fitted ?? placeAll(rows, group.map(box), Infinity)!;
				out.events.push(...group);
			} else {
				const shown = group.filter(loose);
				out.events.push(...shown);
				const clusterStart = folded[0].start;
				rows = placeAll(rows, [...shown.map(box), [x(clusterStart), CLUSTER_PX]], Infinity)!;
				out.clusters.push({
					id: `cluster:${lane}:${folded[0].eventId}:${folded.length}`,
					lane,
					start: clusterStart,
					end: Math.max(...folded.map((e) => e.end ?? e.start)),
					eventIds: folded.map((e) => e.eventId)
				});
			}
			group = [];
		};
		out.events.push(...spanning);
		for (const event of inWindow) {
			if (group.length > 0 && x(event.start) - x(group[0].start) >= chunk) flush();
			group.push(event);
		}
		flush();
	}
	return out;
}

/** A name written on a band or era: on its row, from its start, cut where the next one begins. */
export interface BackgroundLabel {
	/** Names on one row can collide: a lane's treaties, or the eras. */
	row: string;
	start: number;
	end: number;
}

/**
 * Where each name must end so that none is written over the next: its own end, or the start of the
 * next name on its row, whichever comes first.
 */
export function labelCuts(labels: readonly BackgroundLabel[]): number[] {
	return labels.map((label) =>
		labels.reduce(
			(cut, other) =>
				other.row === label.row && other.start > label.start && other.start < cut
					? other.start
					: cut,
			label.end
		)
	);
}

/**
 * The room in pixels for a name cut at `cut`: the widget writes a band's name at its start, or at
 * the window's left edge once the start has scrolled out of view.
 */
export function labelRoom(
	start: number,
	cut: number,
	windowStart: number,
	msPerPx: number
): number {
	return (cut - Math.max(start, windowStart)) / Math.max(msPerPx, Number.MIN_VALUE);
}
