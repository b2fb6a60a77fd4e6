/**
 * Our one wrapper around vis-timeline, so the widget could be replaced. Browser only: it is imported
 * dynamically when the reader nears the timeline.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import type { DataItem } from 'vis-timeline/esnext';
import moment from 'moment';
import 'moment/locale/ja';
import styles from 'vis-timeline/styles/vis-timeline-graph2d.min.css?url';
import { endOf, precisionOf, startOf } from '../content/dates';
import type { Lang } from '../content/schema';
import { escapeXml } from '../exports/xml';
import { rangeWindow, windowRange, type MonthWindow } from '../filter';
import type { Dictionary } from '../i18n';
import type { Lane } from '../content/lanes';
import { eventIdOf, itemId, type ItemSpec } from './lanes';
import { wholeSpan, type Span } from './overview';
import {
	firstWindow,
	indexByLane,
	labelCuts,
	labelRoom,
	labelWidth,
	type BackgroundLabel,
	windowContent,
	type Cluster,
	type LaneEvent
} from './window';

export interface TimelineOptionsIn {
	lang: Lang;
	text: Dictionary['timelineWidget'];
	items: ItemSpec[];
	lanes: { id: Lane; label: string; title: string }[];
	onselect: (eventId: string | null) => void;
	/** The window the reader moved to (drag, wheel, buttons, a cluster), once it has settled. */
	onwindow?: (window: MonthWindow) => void;
	/** The window as it moves, every frame of a drag, zoom or animation (the overview follows it). */
	onrange?: (range: Span) => void;
	/** The window to open on; null is the default first view. */
	window: MonthWindow | null;
	/**
	 * Called once the widget is drawn and visible, after its initial fit, so later moves are not
	 * undone.
	 */
	onready: (handle: TimelineHandle) => void;
	reducedMotion: boolean;
}

export interface TimelineHandle {
	/** Selects an event and brings it into view; the one already selected changes nothing. */
	select(eventId: string | null, lanes: Lane[]): void;
	showLanes(visible: ReadonlySet<Lane>): void;
	/** Shows only these events (search results); null shows all. */
	filter(eventIds: ReadonlySet<string> | null): void;
	zoom(direction: 'in' | 'out'): void;
	fit(): void;
	/** Moves to a window (null: the default first view) unless already showing those months. */
	showWindow(window: MonthWindow | null): void;
	/** The whole chronicle with a year's margin, as "Show all" shows it. */
	readonly span: Span;
	/** The window shown. */
	range(): Span;
	/**
	 * Moves to a window at once (the overview's drag and keys); `settled` reports it as the reader's
	 * move, as at the end of a drag.
	 */
	moveWindow(range: Span, settled: boolean): void;
	destroy(): void;
}

const DAY = 24 * 3600 * 1000;
const YEAR = 365.25 * DAY;
const FOCUS_SPAN = 90 * DAY;

/** What our templates read from an item, beside the widget's own fields. */
interface Drawn {
	id?: string | number;
	label?: string;
	kind?: string;
	/** Width in pixels of a date's uncertainty drawn behind a point (its month or year). */
	softPx?: number;
	/** Width in pixels of the dashed extension back to the earliest date sources give. */
	earliestPx?: number;
	/** A cluster's full description, for screen readers and the keyboard. */
	description?: string;
}

/** Builds item content as DOM nodes with textContent: content is never parsed as HTML. */
function template(item: Drawn): HTMLElement {
	const span = document.createElement('span');
	span.textContent = item.label ?? '';
	span.className = `tl-${item.kind ?? 'event'}`;
	// Sizes are set through the CSSOM, which the content security policy allows.
	if (item.softPx) {
		const soft = document.createElement('span');
		soft.className = 'tl-soft';
		soft.style.width = `${item.softPx}px`;
		span.prepend(soft);
	}
	if (item.earliestPx) {
		const earliest = document.createElement('span');
		earliest.className = 'tl-earliest';
		earliest.style.width = `${item.earliestPx}px`;
		span.prepend(earliest);
	}
	if (item.kind === 'cluster') {
		// Clusters open with Enter as with a click (see the keydown listener below).
		span.tabIndex = 0;
		span.setAttribute('role', 'button');
		span.setAttribute('aria-label', item.description ?? '');
		span.dataset.cluster = String(item.id);
	}
	return span;
}

const bandClass = (pledge: boolean, top: boolean, label: number) =>
	`band${pledge ? ' pledge' : ''}${top ? ' first-lane' : ''} label-${label}`;
const stripClass = (top: boolean) => (top ? 'strip first' : 'strip');

/**
 * The widget's own stylesheet, requested with its code: imported as a module it would be a
 * render-blocking link in the head of every page that may show a timeline. It goes first in the
 * head, under our own rules, and must be in place before the widget measures itself.
 */
export function loadStyles(): Promise<void> {
	if (document.querySelector(`link[href="${styles}"]`)) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: styles });
		link.onload = () => resolve();
		link.onerror = () => {
			link.remove();
			reject(new Error(`${styles} did not load`));
		};
		document.head.prepend(link);
	});
}

export function createTimeline(container: HTMLElement, options: TimelineOptionsIn): TimelineHandle {
	const { lang, text, items, lanes, onselect, onwindow, onrange, onready, reducedMotion } = options;
	const animation = reducedMotion
		? false
		: { duration: 400, easingFunction: 'easeInOutQuad' as const };

	const laneEvents: LaneEvent[] = [];
	const fixed: DataItem[] = [];
	/** Events dated to the month or year only, by id. */
	const precise = new Map<string, 'month' | 'year'>();
	/** The earliest date sources give, where they disagree, by event id. */
	const earliest = new Map<string, number>();
	/** The names on bands and eras, by the index in their item's `label-<n>` class. */
	const names: BackgroundLabel[] = [];
	/** Treaty bands, whose class says whether they are on the top lane shown. */
	const bands: { id: string; lane: Lane; pledge: boolean; label: number }[] = [];
	for (const item of items) {
		if (item.kind === 'event') {
			const precision = precisionOf(item.start);
			const uncertain = precision !== 'day';
			if (precision !== 'day') precise.set(item.eventId, precision);
			if (item.earliest) earliest.set(item.eventId, startOf(item.earliest).getTime());
			laneEvents.push({
				id: item.id,
				eventId: item.eventId,
				lane: item.lane,
				start: startOf(item.start).getTime(),
				// A date known to the month or year covers that month or year.
				end: item.end || uncertain ? endOf(item.end ?? item.start).getTime() : undefined,
				label: item.label
			});
		} else {
			const label = names.length;
			if (item.kind === 'band')
				bands.push({ id: item.id, lane: item.lane, pledge: item.pledge, label });
			names.push({
				row: item.kind === 'band' ? item.lane : 'era',
				start: startOf(item.start).getTime(),
				end: item.end ? startOf(item.end).getTime() : Date.now()
			});
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
						? bandClass(item.pledge, item.lane === lanes[0].id, label)
						: `era ${item.id.replace(':', '-')} label-${label}`
			} as DataItem);
		}
	}
	let byLane = indexByLane(laneEvents);
	const cuts = labelCuts(names);
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
	/** The whole chronicle, with a year's margin: what "Show all" and the overview show. */
	const span = wholeSpan(
		[...laneEvents.map((e) => e.start), ...fixed.map((i) => +i.start)],
		Date.now()
	);
	const min = span.start - 2 * YEAR;
	const max = span.end + 2 * YEAR;
	// An invisible item across all time tops each lane, so events stack below the strip where era
	// names (first lane) and treaty names are written.
	data.add(
		lanes.map(({ id }, order) => ({
			id: `strip:${id}`,
			group: id,
			start: new Date(min),
			end: new Date(max),
			type: 'range',
			content: '',
			selectable: false,
			className: stripClass(order === 0)
		}))
	);
	const whole = { start: new Date(span.start), end: new Date(span.end) };

	const config: TimelineOptions = {
		locale: lang,
		moment: (date: moment.MomentInput) => moment(date).locale(lang),
		template: (item: Drawn) => template(item),
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
		// Items stack down from each lane's strip (see above).
		orientation: { axis: 'top', item: 'top' },
		margin: { item: { horizontal: 2, vertical: 4 } },
		maxHeight: 720,
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
	const opening = firstWindow([...new Map(laneEvents.map((e) => [e.eventId, e.start])).values()]);
	/** The default first view: the latest events, one by one. */
	const fresh = opening ? { start: new Date(opening.start), end: new Date(opening.end) } : whole;
	const rangeOf = (window: MonthWindow | null) => {
		if (!window) return fresh;
		const { start, end } = windowRange(window);
		return { start: new Date(start), end: new Date(end) };
	};
	/** Set by the reader's own moves made through our controls, reported once they settle. */
	let moving = false;
	function moveTo(start: Date, end: Date, report: boolean) {
		moving = report;
		timeline.setWindow(start, end, { animation });
	}

	let selected: { eventId: string; lanes: Lane[] } | null = null;
	/** Each item given to the widget, with what it was drawn with, to redraw only what changed. */
	let shown = new Map<string, string>();
	const clusters = new Map<string, Cluster>();
	const labels = new Map(laneEvents.map((e) => [e.eventId, e.label]));
	/** The cluster the reader opened, kept open until they zoom well out of it. */
	let open: { lane: Lane; start: number; end: number; span: number } | null = null;

	/** Gives the widget the events near the current window, crowded stretches folded. */
	function refresh({ start, end } = timeline.getWindow()) {
		const width =
			container.querySelector('.vis-panel.vis-center')?.clientWidth || container.clientWidth;
		const msPerPx = (end.getTime() - start.getTime()) / Math.max(1, width);
		if (open && end.getTime() - start.getTime() > 3 * open.span) open = null;
		const content = windowContent(byLane, {
			start: start.getTime(),
			end: end.getTime(),
			width,
			keep: selected?.eventId,
			open
		});
		clusters.clear();
		const next: DataItem[] = content.events.map((event) => {
			const spanPx = event.end === undefined ? 0 : (event.end - event.start) / msPerPx;
			// A span too narrow for its label is a point, its span drawn softly behind the label.
			const range = spanPx >= labelWidth(event.label);
			const precision = precise.get(event.eventId);
			const from = earliest.get(event.eventId);
			return {
				id: event.id,
				group: event.lane,
				start: new Date(event.start),
				end: range ? new Date(event.end!) : undefined,
				type: range ? 'range' : 'point',
				content: '',
				label: event.label,
				// vis-timeline writes a tooltip as HTML: titles from content go in as text.
				title: escapeXml(event.label),
				kind: 'event',
				softPx: !range && precision ? Math.round(spanPx) : 0,
				earliestPx: from === undefined ? 0 : Math.round((event.start - from) / msPerPx),
				className: [
					`lane-${event.lane}`,
					precision ? `uncertain precision-${precision}` : '',
					from === undefined ? '' : 'has-earliest'
				]
					.filter(Boolean)
					.join(' ')
			} as DataItem;
		});
		for (const cluster of content.clusters) {
			clusters.set(cluster.id, cluster);
			const label = text.clusterLabel(
				new Date(cluster.start).getUTCFullYear(),
				new Date(cluster.end).getUTCFullYear(),
				cluster.eventIds.length
			);
			const description = text.clusterTitle(
				label,
				cluster.eventIds.map((id) => labels.get(id)!)
			);
			next.push({
				id: cluster.id,
				group: cluster.lane,
				start: new Date(cluster.start),
				type: 'point',
				content: '',
				label,
				title: escapeXml(description),
				description,
				kind: 'cluster',
				className: `cluster lane-${cluster.lane}`
			} as DataItem);
		}
		const drawn = new Map(next.map((item) => [String(item.id), JSON.stringify(item)]));
		data.remove([...shown.keys()].filter((id) => !drawn.has(id)));
		data.add(next.filter((item) => !shown.has(String(item.id))));
		// Zooming changes which spans are points and how wide the soft marks are.
		data.update(
			next.filter((item) => {
				const before = shown.get(String(item.id));
				return before !== undefined && before !== drawn.get(String(item.id));
			})
		);
		shown = drawn;
		const nextIds = drawn;
		const want = selected ? selected.lanes.map((lane) => itemId(selected!.eventId, lane)) : [];
		timeline.setSelection(want.filter((id) => nextIds.has(id)));
	}

	timeline.on('rangechange', ({ start, end }: { start: Date; end: Date }) =>
		onrange?.({ start: start.getTime(), end: end.getTime() })
	);
	timeline.on(
		'rangechanged',
		({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
			refresh();
			if (byUser || moving) onwindow?.(rangeWindow(start.getTime(), end.getTime()));
			moving = false;
		}
	);
	// The widget's own handler has just fitted the items and made it visible; ours runs after it.
	const settle = () => {
		timeline.off('changed', settle);
		const first = rangeOf(options.window);
		timeline.setWindow(first.start, first.end, { animation: false });
	};
	timeline.on('changed', settle);
	/**
	 * Each band's or era's name ends before the next one on its row begins: the widget writes a name
	 * at its band's start or at the window's edge, so without this a long-lived treaty's name runs
	 * under the next treaty's. Run after every redraw, which may have drawn new bands.
	 */
	function fitNames() {
		const { start, end } = timeline.getWindow();
		const width = container.querySelector('.vis-panel.vis-center')?.clientWidth || 1;
		const msPerPx = (end.getTime() - start.getTime()) / width;
		for (const box of container.querySelectorAll<HTMLElement>('.vis-item.vis-background')) {
			const index = [...box.classList].find((c) => c.startsWith('label-'));
			const content = box.querySelector<HTMLElement>('.vis-item-content');
			if (!index || !content) continue;
			const name = names[Number(index.slice('label-'.length))];
			const cut = cuts[Number(index.slice('label-'.length))];
			// A gap of a few pixels before the next name; too little room writes nothing.
			const room = Math.floor(labelRoom(name.start, cut, start.getTime(), msPerPx)) - 4;
			content.style.display = room < 24 ? 'none' : '';
			content.style.maxWidth = `${Math.max(0, room)}px`;
		}
	}
	timeline.on('changed', fitNames);
	timeline.on('select', ({ items: picked }: { items: (string | number)[] }) => {
		const id = picked.map(String)[0];
		if (id && clusters.has(id)) {
			openCluster(id);
			return;
		}
		// Event items are `<event>@<lane>`; bands and eras are not events. The widget has selected
		// it already, so the page's answer (`handle.select` with the same event) changes nothing.
		const eventId = id?.includes('@') ? eventIdOf(id) : null;
		selected = eventId ? { eventId, lanes: lanesOfEvent(eventId) } : null;
		onselect(eventId);
	});

	const lanesOfEvent = (eventId: string) =>
		laneEvents.filter((e) => e.eventId === eventId).map((e) => e.lane);

	/** A cluster opens by zooming to exactly its stretch of time; its events then stay apart. */
	function openCluster(id: string) {
		const cluster = clusters.get(id);
		if (!cluster) return;
		timeline.setSelection([]);
		const span = Math.max(cluster.end - cluster.start, 7 * DAY);
		open = { lane: cluster.lane, start: cluster.start, end: cluster.end, span };
		// Room after the last event for its label.
		moveTo(new Date(cluster.start - span * 0.05), new Date(cluster.end + span * 0.3), true);
	}
	container.addEventListener('keydown', (event) => {
		const target = (event.target as HTMLElement).closest<HTMLElement>('[data-cluster]');
		if (!target || (event.key !== 'Enter' && event.key !== ' ')) return;
		event.preventDefault();
		event.stopPropagation();
		openCluster(target.dataset.cluster!);
	});

	const handle: TimelineHandle = {
		select(eventId, eventLanes) {
			// Already selected (by the reader on the widget, or before): nothing to move.
			if (eventId === (selected?.eventId ?? null)) return;
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
			// Era names are written on the top lane's first line, treaty names below them there: the
			// top lane is the first one shown.
			const top = lanes.find((lane) => visible.has(lane.id))?.id;
			data.update([
				...lanes.map(({ id }) => ({ id: `strip:${id}`, className: stripClass(id === top) })),
				...bands.map((band) => ({
					id: band.id,
					className: bandClass(band.pledge, band.lane === top, band.label)
				}))
			]);
		},
		filter(eventIds) {
			byLane = indexByLane(
				eventIds ? laneEvents.filter((e) => eventIds.has(e.eventId)) : laneEvents
			);
			refresh();
		},
		zoom(direction) {
			moving = true;
			if (direction === 'in') timeline.zoomIn(0.5, { animation });
			else timeline.zoomOut(0.5, { animation });
		},
		fit() {
			moveTo(whole.start, whole.end, true);
		},
		showWindow(window) {
			const { start, end } = timeline.getWindow();
			const current = rangeWindow(start.getTime(), end.getTime());
			const next = rangeOf(window);
			const wanted = rangeWindow(next.start.getTime(), next.end.getTime());
			if (current.from === wanted.from && current.to === wanted.to) return;
			moveTo(next.start, next.end, false);
		},
		span,
		range() {
			const { start, end } = timeline.getWindow();
			return { start: start.getTime(), end: end.getTime() };
		},
		moveWindow(range, settled) {
			moving = false;
			timeline.setWindow(new Date(range.start), new Date(range.end), { animation: false });
			// Reported here, not from `rangechanged`: a drag that ends where it last moved changes nothing.
			if (settled) {
				const { start, end } = handle.range();
				onwindow?.(rangeWindow(start, end));
			}
		},
		destroy() {
			timeline.destroy();
		}
	};
	refresh(rangeOf(options.window));
	return handle;
}
