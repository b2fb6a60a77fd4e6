/**
 * `npm run bench`: builds the real site, serves it, and runs Lighthouse (12.2.3, mobile preset, 3
 * runs, median) on /en/ and on a plain HTML list of the same events (`floor.html`, the floor),
 * then checks the budgets: LCP ≤ 1.25 × the floor's, TBT ≤ 50 ms, CLS < 0.02, and JavaScript
 * before the timeline is requested ≤ 50 KB gzipped. Exits 0 when a budget is missed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { validateContent } from '../src/lib/content/validate';
import { readContentFiles } from '../src/lib/server/files';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser';
import { build, median, ms, serve, table, type Served } from './bench-lib';

const RUNS = 3;
const OUT = 'build';

interface NetworkItem {
	url: string;
	resourceType?: string;
	networkRequestTime?: number;
}

interface Run {
	score: number;
	lcp: number;
	tbt: number;
	cls: number;
	fcpObserved: number;
	requests: NetworkItem[];
}

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The floor: the same events as a plain, script-free, unstyled HTML list. */
function writeFloor(): number {
	const { events, issues } = validateContent(readContentFiles());
	if (issues.length > 0) throw new Error(issues.join('\n'));
	const items = events
		.filter((event) => !event.draft)
		.map(
			(event) =>
				`<li><time datetime="${event.date}">${event.date}</time> ` +
				`<a href="/en/events/${event.id}/">${escape(event.title.en)}</a>` +
				`<p>${escape(event.summary.en)}</p></li>`
		);
	writeFileSync(
		join(OUT, 'floor.html'),
		`<!doctype html><html lang="en"><head><meta charset="utf-8">` +
			`<meta name="viewport" content="width=device-width, initial-scale=1">` +
			`<title>Chronicle (floor)</title></head><body><h1>Chronicle</h1><ol>${items.join('')}</ol>` +
			`</body></html>\n`
	);
	return items.length;
}

/** The built scripts that hold vis-timeline's code, by URL path. */
function timelineChunks(): Set<string> {
	const dir = join(OUT, '_app/immutable');
	const found = new Set<string>();
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.js') && readFileSync(path, 'utf8').includes('vis-timeline'))
				found.add(`/${path.slice(OUT.length + 1)}`);
		}
	};
	walk(dir);
	return found;
}

async function lighthouseRun(url: string, port: number): Promise<Run> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const metrics = lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined;
	const network = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined;
	return {
		score: (lhr.categories.performance.score ?? NaN) * 100,
		lcp: audit('largest-contentful-paint'),
		tbt: audit('total-blocking-time'),
		cls: audit('cumulative-layout-shift'),
		fcpObserved: metrics?.items?.[0]?.observedFirstContentfulPaint ?? NaN,
		requests: network?.items ?? []
	};
}

/** Gzipped bytes of the scripts requested before the first vis-timeline chunk. */
function scriptsBeforeTimeline(run: Run, chunks: Set<string>) {
	const sorted = [...run.requests].sort(
		(a, b) => (a.networkRequestTime ?? 0) - (b.networkRequestTime ?? 0)
	);
	const path = (item: NetworkItem) => new URL(item.url).pathname;
	const first = sorted.findIndex((item) => chunks.has(path(item)));
	const before = (first === -1 ? sorted : sorted.slice(0, first)).filter(
		(item) => item.resourceType === 'Script' && path(item).endsWith('.js')
	);
	const bytes = before.reduce(
		(sum, item) => sum + gzipSync(readFileSync(join(OUT, path(item))), { level: 9 }).byteLength,
		0
	);
	return {
		bytes,
		files: before.length,
		requestedAt: first === -1 ? NaN : (sorted[first].networkRequestTime ?? NaN)
	};
}

async function series(url: string, port: number, label: string): Promise<Run[]> {
	const out: Run[] = [];
	for (let i = 0; i < RUNS; i++) {
		const run = await lighthouseRun(url, port);
		console.log(
			`  ${label} run ${i + 1}: score ${run.score.toFixed(0)}, LCP ${ms(run.lcp)}, ` +
				`TBT ${ms(run.tbt)}, CLS ${run.cls.toFixed(3)}`
		);
		out.push(run);
	}
	return out;
}

let server: Served | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
	console.log('Building the real site…');
	const buildTime = await build({ BUILD_DIR: OUT });
	const floorCount = writeFloor();
	const chunks = timelineChunks();
	if (chunks.size === 0) throw new Error('no built script contains vis-timeline');
	server = await serve(OUT);
	chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new']
	});
	console.log(
		`Built in ${(buildTime / 1000).toFixed(1)} s; floor.html lists ${floorCount} events. ` +
			`Lighthouse ${RUNS}× mobile on ${server.url}/en/ and /floor.html…`
	);
	const site = await series(`${server.url}/en/`, chrome.port, '/en/');
	const floor = await series(`${server.url}/floor.html`, chrome.port, 'floor');

	const pick = (runs: Run[], key: 'score' | 'lcp' | 'tbt' | 'cls' | 'fcpObserved') =>
		median(runs.map((run) => run[key]));
	const js = site.map((run) => scriptsBeforeTimeline(run, chunks));
	const jsBytes = median(js.map((entry) => entry.bytes));
	const lcpRatio = pick(site, 'lcp') / pick(floor, 'lcp');
	const verdict = (ok: boolean, miss: string) => (ok ? 'PASS' : `MISSED (${miss})`);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

	console.log('');
	table([
		['metric (median of 3)', '/en/', 'floor', 'budget', 'result'],
		['performance score', pick(site, 'score').toFixed(0), pick(floor, 'score').toFixed(0), '', ''],
		[
			'LCP',
			ms(pick(site, 'lcp')),
			ms(pick(floor, 'lcp')),
			'≤ 1.25 × floor',
			verdict(lcpRatio <= 1.25, `${lcpRatio.toFixed(2)} × floor`) +
				(lcpRatio <= 1.25 ? ` (${lcpRatio.toFixed(2)} ×)` : '')
		],
		[
			'TBT',
			ms(pick(site, 'tbt')),
			ms(pick(floor, 'tbt')),
			'≤ 50 ms',
			verdict(pick(site, 'tbt') <= 50, `+${ms(pick(site, 'tbt') - 50)}`)
		],
		[
			'CLS',
			pick(site, 'cls').toFixed(3),
			pick(floor, 'cls').toFixed(3),
			'< 0.02',
			verdict(pick(site, 'cls') < 0.02, `${pick(site, 'cls').toFixed(3)}`)
		],
		[
			'JS before timeline (gzip)',
			`${kb(jsBytes)} in ${js[0].files} files`,
			'0 KB',
			'≤ 50 KB',
			verdict(jsBytes <= 50 * 1024, `+${kb(jsBytes - 50 * 1024)}`)
		]
	]);
	console.log(
		`\nLCP ratio /en/ ÷ floor: ${lcpRatio.toFixed(2)}. Timeline chunk requested at ` +
			`${ms(median(js.map((entry) => entry.requestedAt)))} (observed FCP ` +
			`${ms(pick(site, 'fcpObserved'))}), both from the start of the navigation's first request.` +
			'\nLCP and TBT are simulated (Lighthouse default: slow 4G, 4× CPU slowdown).' +
			'\n`build/` holds the real site, plus `build/floor.html`.'
	);
} finally {
	await chrome?.kill();
	server?.stop();
}
