/**
 * Our one wrapper around vis-timeline, so the widget could be replaced. Browser only: it is imported
 * dynamically after the chronology has painted.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import type { DataItem } from 'vis-timeline/esnext';
import moment from 'moment';
import 'moment/locale/ja';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { endOf, startOf } from '../content/dates';
import type { Lang } from '../content/schema';
import type { Dictionary } from '../i18n';
import type { Lane } from '../content/lanes';
import { eventIdOf, itemId, type ItemSpec } from './lanes';
import { indexByLane, windowContent, type Cluster, type LaneEvent } from './window';

export interface TimelineOptionsIn {
	lang: Lang;
	text: Dictionary['timelineWidget'];
	items: ItemSpec[];
	lanes: { id: Lane; label: string; title: string }[];
	onselect: (eventId: string | null) => void;
	/**
	 * Called once the widget is drawn and visible, after its initial fit, so later moves are not
	 * undone.
	 */
	onready: (handle: TimelineHandle) => void;
	reducedMotion: boolean;
}

export interface TimelineHandle {
	select(eventId: string | null, lanes: Lane[]): void;
	showLanes(visible: ReadonlySet<Lane>): void;
	/** Shows only these events (search results); null shows all. */
	filter(eventIds: ReadonlySet<string> | null): void;
	zoom(direction: 'in' | 'out'): void;
	fit(): void;
	destroy(): void;
}

const DAY = 24 * 3600 * 1000;
const YEAR = 365.25 * DAY;
const FOCUS_SPAN = 90 * DAY;

/** Builds item content as DOM nodes with textContent: content is never parsed as HTML. */
function template(item: { label?: string; kind?: string }): HTMLElement {
	const span = document.createElement('span');
	span.textContent = item.label ?? '';
	span.className = `tl-${item.kind ?? 'event'}`;
	return span;
}

export function createTimeline(container: HTMLElement, options: TimelineOptionsIn): TimelineHandle {
	const { lang, text, items, lanes, onselect, onready, reducedMotion } = options;
	const animation = reducedMotion
		? false
		: { duration: 400, easingFunction: 'easeInOutQuad' as const };

	const laneEvents: LaneEvent[] = [];
	const fixed: DataItem[] = [];
	for (const item of items) {
		if (item.kind === 'event') {
			laneEvents.push({
				id: item.id,
				eventId: item.eventId,
				lane: item.lane,
				start: startOf(item.start).getTime(),
				end: item.end ? endOf(item.end).getTime() : undefined,
				label: item.label
			});
		} else {
			fixed.push({
				id: item.id,
				group: item.kind === 'band' ? item.lane : undefined,
				start: startOf(item.start),
				end: item.end ? startOf(item.end) : new Date(),
				type: 'background',
				content: '',
				label: item.label,
				kind: item.kind,
				className:
					item.kind === 'band'
						? item.pledge
							? 'band pledge'
							: 'band'
						: `era ${item.id.replace(':', '-')}`
			} as DataItem);
		}
	}
	let byLane = indexByLane(laneEvents);
	const data = new DataSet<DataItem>(fixed);
	const groups = new DataSet(
		lanes.map((lane, order) => ({
			id: lane.id,
			order,
			title: lane.title,
			content: template({ label: lane.label, kind: 'lane' }),
			visible: true
		}))
	);
	const first = Math.min(...laneEvents.map((e) => e.start), ...fixed.map((i) => +i.start));
	const min = first - 3 * YEAR;
	const max = Date.now() + 3 * YEAR;
	/** The whole chronicle, with a year's margin: the first window and what "Show all" returns to. */
	const whole = { start: new Date(first - YEAR), end: new Date(Date.now() + YEAR) };

	const config: TimelineOptions = {
		locale: lang,
		moment: (date: moment.MomentInput) => moment(date).locale(lang),
		template: (item: { label?: string; kind?: string }) => template(item),
		groupOrder: 'order',
		stack: true,
		zoomKey: 'ctrlKey',
		horizontalScroll: false,
		verticalScroll: false,
		// No `start`/`end`: given those, the widget stays hidden and inert until a redraw after its
		// first `rangechanged`, 200 ms later. Without them it fits its items and shows at once; the
		// first `changed` below then moves to the window we want.
		min: new Date(min),
		max: new Date(max),
		zoomMin: 7 * DAY,
		zoomMax: 100 * YEAR,
		showCurrentTime: false,
		selectable: true,
		multiselect: false,
		orientation: { axis: 'top', item: 'bottom' },
		margin: { item: { horizontal: 2, vertical: 4 } },
		format: {
			minorLabels: { year: 'YYYY', month: text.minorMonth },
			majorLabels: {
				month: text.majorMonth,
				day: text.majorDay
			}
		},
		tooltip: { followMouse: false, overflowMethod: 'cap' },
		xss: { disabled: false },
		onInitialDrawComplete: () => onready(handle)
	};
	const timeline = new Timeline(container, data, groups, config);

	let selected: { eventId: string; lanes: Lane[] } | null = null;
	let shown = new Set<string>();
	const clusters = new Map<string, Cluster>();

	/** Gives the widget the events near the current window, crowded stretches folded. */
	function refresh({ start, end } = timeline.getWindow()) {
		const width =
			container.querySelector('.vis-panel.vis-center')?.clientWidth || container.clientWidth;
		const content = windowContent(byLane, {
			start: start.getTime(),
			end: end.getTime(),
			width,
			keep: selected?.eventId
		});
		clusters.clear();
		const next: DataItem[] = content.events.map((event) => ({
			id: event.id,
			group: event.lane,
			start: new Date(event.start),
			end: event.end === undefined ? undefined : new Date(event.end),
			type: event.end === undefined ? 'point' : 'range',
			content: '',
			label: event.label,
			kind: 'event',
			className: `lane-${event.lane}`
		}));
		for (const cluster of content.clusters) {
			clusters.set(cluster.id, cluster);
			next.push({
				id: cluster.id,
				group: cluster.lane,
				start: new Date(cluster.start),
				type: 'box',
				content: '',
				label: text.cluster(cluster.eventIds.length),
				kind: 'cluster',
				className: `cluster lane-${cluster.lane}`
			} as DataItem);
		}
		const nextIds = new Set(next.map((item) => String(item.id)));
		data.remove([...shown].filter((id) => !nextIds.has(id)));
		data.add(next.filter((item) => !shown.has(String(item.id))));
		shown = nextIds;
		const want = selected ? selected.lanes.map((lane) => itemId(selected!.eventId, lane)) : [];
		timeline.setSelection(want.filter((id) => nextIds.has(id)));
	}

	timeline.on('rangechanged', () => refresh());
	// The widget's own handler has just fitted the items and made it visible; ours runs after it.
	const settle = () => {
		timeline.off('changed', settle);
		timeline.setWindow(whole.start, whole.end, { animation: false });
	};
	timeline.on('changed', settle);
	timeline.on('select', ({ items: picked }: { items: (string | number)[] }) => {
		const id = picked.map(String)[0];
		const cluster = id ? clusters.get(id) : undefined;
		if (cluster) {
			// A cluster opens by zooming to its stretch of time.
			const pad = Math.max((cluster.end - cluster.start) * 0.25, 30 * DAY);
			timeline.setWindow(new Date(cluster.start - pad), new Date(cluster.end + pad), { animation });
			return;
		}
		// Event items are `<event>@<lane>`; bands and eras are not events.
		onselect(id?.includes('@') ? eventIdOf(id) : null);
	});

	const handle: TimelineHandle = {
		select(eventId, eventLanes) {
			selected = eventId ? { eventId, lanes: eventLanes } : null;
			const event = eventId ? laneEvents.find((e) => e.eventId === eventId) : undefined;
			if (!event) {
				timeline.setSelection([]);
				return;
			}
			// Close enough that the event stands on its own; keep a closer zoom the reader chose.
			const { start, end } = timeline.getWindow();
			const span = Math.min(end.getTime() - start.getTime(), FOCUS_SPAN);
			const centre = event.end ? (event.start + event.end) / 2 : event.start;
			timeline.setWindow(new Date(centre - span / 2), new Date(centre + span / 2), { animation });
			refresh();
		},
		showLanes(visible) {
			groups.update(lanes.map((lane) => ({ id: lane.id, visible: visible.has(lane.id) })));
		},
		filter(eventIds) {
			byLane = indexByLane(
				eventIds ? laneEvents.filter((e) => eventIds.has(e.eventId)) : laneEvents
			);
			refresh();
		},
		zoom(direction) {
			if (direction === 'in') timeline.zoomIn(0.5, { animation });
			else timeline.zoomOut(0.5, { animation });
		},
		fit() {
			timeline.setWindow(whole.start, whole.end, { animation });
		},
		destroy() {
			timeline.destroy();
		}
	};
	refresh(whole);
	return handle;
}
