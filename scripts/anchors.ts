/**
 * The benchmark's anchor pages, built from the same events as the site: the floor (a plain,
 * script-free list), a bare vis-timeline page and a TimelineJS3 page, each served from the build
 * with nothing off-origin.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChronicleEvent } from '../src/lib/content/schema';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
/** JSON inside a <script>: no `</script>` can close it. */
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The floor: the same events as a plain, script-free, unstyled HTML list. */
export function floorPage(events: ChronicleEvent[]): string {
	const items = events.map(
		(event) =>
			`<li><time datetime="${event.date}">${event.date}</time> ` +
			`<a href="/en/events/${event.id}/">${escape(event.title.en)}</a>` +
			`<p>${escape(event.summary.en)}</p></li>`
	);
	return (
		`<!doctype html><html lang="en"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>Chronicle (floor)</title></head><body><h1>Chronicle</h1><ol>${items.join('')}</ol>` +
		`</body></html>\n`
	);
}

/** The bare widget: every item in a DataSet, 4 groups, filtering through a DataView. */
export function barePage(events: ChronicleEvent[]): string {
	const items = events.map((event) => ({
		id: event.id,
		content: event.title.en,
		start: event.date,
		group: event.pairs[0] ?? 'context'
	}));
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare vis-timeline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="vis-timeline-graph2d.min.css">
<script src="vis-timeline-graph2d.min.js"></script></head>
<body>
<button id="zoom-in">Zoom in</button> <button id="filter">Hide cn-kp</button>
<div id="timeline" style="height: 26rem"></div>
<script>
const items = new vis.DataSet(${json(items)});
const hidden = new Set();
const view = new vis.DataView(items, { filter: (item) => !hidden.has(item.group) });
const groups = ['cn-kp', 'cn-ru', 'kp-ru', 'context'].map((id) => ({ id, content: id }));
const container = document.getElementById('timeline');
const timeline = new vis.Timeline(container, view, groups, { stack: true });
const ready = () => { timeline.off('changed', ready); container.classList.add('ready'); };
timeline.on('changed', ready);
document.getElementById('zoom-in').onclick = () => timeline.zoomIn(0.5);
document.getElementById('filter').onclick = () => {
	hidden.add('cn-kp');
	view.refresh();
};
</script></body></html>`;
}

/** Writes the bare vis-timeline page and vis-timeline's standalone build into `dir`. */
export function writeBarePage(dir: string, events: ChronicleEvent[]): void {
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'index.html'), barePage(events));
	for (const file of [
		'standalone/umd/vis-timeline-graph2d.min.js',
		'styles/vis-timeline-graph2d.min.css'
	])
		copyFileSync(join('node_modules/vis-timeline', file), join(dir, file.split('/').pop()!));
}

/** A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as TimelineJS's date object. */
export function timelineJsDate(date: string): { year: number; month?: number; day?: number } {
	const [year, month, day] = date.split('-').map(Number);
	return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** TimelineJS3 with the same events; its script path and font point at local files. */
export function timelineJsPage(events: ChronicleEvent[]): string {
	const data = {
		events: events.map((event) => ({
			unique_id: event.id,
			start_date: timelineJsDate(event.date),
			...(event.end ? { end_date: timelineJsDate(event.end) } : {}),
			text: { headline: escape(event.title.en), text: escape(event.summary.en) },
			group: event.pairs[0] ?? 'context'
		}))
	};
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script></head>
<body>
<div id="timeline" style="width: 100%; height: 600px"></div>
<script>
new TL.Timeline('timeline', ${json(data)}, {
	script_path: new URL('js/', location.href).href,
	font: new URL('font.css', location.href).href
});
</script></body></html>`;
}

/**
 * Writes the TimelineJS3 page and the package's built files into `dir`; its default font sheet
 * loads web fonts from another origin, so the page gets it without the @font-face rules.
 */
export function writeTimelineJsPage(dir: string, events: ChronicleEvent[]): void {
	const dist = 'node_modules/@knight-lab/timelinejs/dist';
	mkdirSync(dir, { recursive: true });
	cpSync(join(dist, 'js'), join(dir, 'js'), { recursive: true });
	cpSync(join(dist, 'css'), join(dir, 'css'), { recursive: true });
	const font = readFileSync(join(dist, 'css/fonts/font.default.css'), 'utf8');
	writeFileSync(join(dir, 'font.css'), font.replace(/@font-face\s*{[^}]*}/g, ''));
	writeFileSync(join(dir, 'index.html'), timelineJsPage(events));
}

/** The contents of a page's inline scripts, leaving out JSON-LD (data, not code). */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes]) => !/\bsrc=/.test(attributes) && !/ld\+json/.test(attributes))
		.map(([, , body]) => body);
}
