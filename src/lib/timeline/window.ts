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
	/** More events than this starting within `gap` pixels of each other become a cluster. */
	maxStack?: number;
	gap?: number;
	/** An event that must stay visible on its own (the selected one). */
	keep?: string | null;
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

export function windowContent(
	byLane: Map<Lane, LaneEvent[]>,
	options: WindowOptions
): WindowContent {
	const { start, end, width, maxStack = 3, gap = 100, keep = null } = options;
	const span = Math.max(1, end - start);
	const msPerPx = span / Math.max(1, width);
	// One window of margin on each side, so short pans show items at once.
	const from = start - span;
	const to = end + span;
	const out: WindowContent = { events: [], clusters: [] };
	for (const [lane, list] of byLane) {
		// Long ranges may start well before the window; they are few, so scan for them separately.
		const first = lowerBound(list, from);
		const inWindow = list.slice(first, lowerBound(list, to));
		const spanning = list.slice(0, first).filter((e) => (e.end ?? e.start) >= from);
		let group: LaneEvent[] = [];
		const flush = () => {
			const kept = group.some((e) => e.eventId === keep);
			if (group.length > maxStack && !kept) {
				out.clusters.push({
					id: `cluster:${lane}:${group[0].eventId}:${group.length}`,
					lane,
					start: group[0].start,
					end: Math.max(...group.map((e) => e.end ?? e.start)),
					eventIds: group.map((e) => e.eventId)
				});
			} else out.events.push(...group);
			group = [];
		};
		out.events.push(...spanning);
		for (const event of inWindow) {
			if (group.length > 0 && (event.start - group[0].start) / msPerPx >= gap) flush();
			group.push(event);
		}
		flush();
	}
	return out;
}
