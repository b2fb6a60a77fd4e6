/**
 * Our one wrapper around vis-timeline, so the widget could be replaced. Browser only: it is imported
 * dynamically after the chronology has painted.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline';
import { DataSet } from 'vis-data';
import moment from 'moment';
import 'moment/locale/ja';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { endOf, startOf } from '../content/dates';
import type { Lang } from '../content/schema';
import { eventIdOf, itemId, type ItemSpec, type Lane } from './lanes';

export interface TimelineOptionsIn {
	lang: Lang;
	items: ItemSpec[];
	lanes: { id: Lane; label: string; title: string }[];
	onselect: (eventId: string | null) => void;
	reducedMotion: boolean;
}

export interface TimelineHandle {
	select(eventId: string | null, lanes: Lane[]): void;
	showLanes(visible: ReadonlySet<Lane>): void;
	zoom(direction: 'in' | 'out'): void;
	fit(): void;
	destroy(): void;
}

const DAY = 24 * 3600 * 1000;
const YEAR = 365.25 * DAY;
const FOCUS_SPAN = 90 * DAY;

/** Builds item content as DOM nodes with textContent: content is never parsed as HTML. */
function template(item: TemplateItem): HTMLElement {
	const span = document.createElement('span');
	if (item.isCluster) {
		span.textContent = String(item.uiItems?.length ?? item.items?.length ?? '');
		span.className = 'tl-cluster';
	} else {
		span.textContent = item.label ?? '';
		span.className = `tl-${item.kind ?? 'event'}`;
	}
	return span;
}

interface TemplateItem {
	label?: string;
	kind?: string;
	isCluster?: boolean;
	uiItems?: unknown[];
	items?: unknown[];
}

export function createTimeline(container: HTMLElement, options: TimelineOptionsIn): TimelineHandle {
	const { lang, items, lanes, onselect, reducedMotion } = options;
	const animation = reducedMotion
		? false
		: { duration: 400, easingFunction: 'easeInOutQuad' as const };
	const data = new DataSet(
		items.map((item) => {
			const start = startOf(item.start);
			if (item.kind === 'event') {
				return {
					id: item.id,
					group: item.lane,
					start,
					end: item.end ? endOf(item.end) : undefined,
					type: item.end ? 'range' : 'point',
					content: '',
					label: item.label,
					kind: 'event',
					className: `lane-${item.lane}`
				};
			}
			const end = item.end ? startOf(item.end) : new Date();
			return {
				id: item.id,
				group: item.kind === 'band' ? item.lane : undefined,
				start,
				end,
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
			};
		})
	);
	const groups = new DataSet(
		lanes.map((lane, order) => ({
			id: lane.id,
			order,
			title: lane.title,
			content: template({ label: lane.label, kind: 'lane' }),
			visible: true
		}))
	);
	const starts = items.map((i) => startOf(i.start).getTime());
	const min = Math.min(...starts) - 3 * YEAR;
	const max = Date.now() + 3 * YEAR;

	const config: TimelineOptions = {
		locale: lang,
		moment: (date: moment.MomentInput) => moment(date).locale(lang),
		template: (item: TemplateItem) => template(item),
		// Dense years collapse into numbered clusters per lane; zooming in opens them.
		cluster: {
			maxItems: 3,
			titleTemplate: lang === 'ja' ? '{count}件(拡大して表示)' : '{count} events (zoom in)',
			clusterCriteria: (a, b) =>
				(a as TemplateItem).kind === 'event' && (b as TemplateItem).kind === 'event',
			showStipes: false,
			fitOnDoubleClick: true
		},
		groupOrder: 'order',
		stack: true,
		zoomKey: 'ctrlKey',
		horizontalScroll: false,
		verticalScroll: false,
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
			minorLabels: { year: 'YYYY', month: lang === 'ja' ? 'M月' : 'MMM' },
			majorLabels: {
				month: lang === 'ja' ? 'YYYY年' : 'YYYY',
				day: lang === 'ja' ? 'YYYY年M月' : 'MMMM YYYY'
			}
		},
		tooltip: { followMouse: false, overflowMethod: 'cap' },
		xss: { disabled: false }
	};
	const timeline = new Timeline(container, data, groups, config);

	timeline.on('select', ({ items: selected }: { items: string[] }) => {
		// Event items are `<event>@<lane>`; bands, eras and clusters are not events.
		const first = selected.map(String).find((id) => id.includes('@'));
		onselect(first ? eventIdOf(first) : null);
	});

	return {
		select(eventId, eventLanes) {
			if (!eventId) {
				timeline.setSelection([]);
				return;
			}
			const item = data.get(itemId(eventId, eventLanes[0])) as { start: Date; end?: Date } | null;
			if (item) {
				// Close enough that the event leaves its cluster; keep a closer zoom the reader chose.
				const { start, end } = timeline.getWindow();
				const span = Math.min(end.getTime() - start.getTime(), FOCUS_SPAN);
				const centre = item.end
					? (item.start.getTime() + item.end.getTime()) / 2
					: item.start.getTime();
				timeline.setWindow(new Date(centre - span / 2), new Date(centre + span / 2), { animation });
			}
			timeline.setSelection(eventLanes.map((lane) => itemId(eventId, lane)));
		},
		showLanes(visible) {
			groups.update(lanes.map((lane) => ({ id: lane.id, visible: visible.has(lane.id) })));
		},
		zoom(direction) {
			if (direction === 'in') timeline.zoomIn(0.5, { animation });
			else timeline.zoomOut(0.5, { animation });
		},
		fit() {
			timeline.fit({ animation });
		},
		destroy() {
			timeline.destroy();
		}
	};
}
