/**
 * `npm run bench`: builds the real site and its anchors (the floor: a plain list of the same
 * events; a bare vis-timeline page; a TimelineJS3 page), serves them gzipped from one server,
 * and runs Lighthouse 12.2.3 round by round over every page (3 rounds, mobile preset; the desktop
 * preset on the chronicles and bare vis-timeline), then prints one table of medians and PASS or
 * MISSED per budget of issue 14. A missed budget still exits 0.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { validateContent } from '../src/lib/content/validate';
import { readContentFiles } from '../src/lib/server/files';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser';
import { floorPage, inlineScripts, writeBarePage, writeTimelineJsPage } from './anchors';
import { build, median, ms, serve, table, type Served } from './bench-lib';

const ROUNDS = 3;
const OUT = 'build';
const EVENT = '/en/events/2024-06-19-putin-pyongyang-treaty/';
const PAGES = [
	{ name: 'floor (plain list)', path: '/floor.html' },
	{ name: 'bare vis-timeline', path: '/bench/vis/', desktop: true },
	{ name: 'TimelineJS3', path: '/bench/timelinejs/' },
	{ name: '/ja/', path: '/ja/', desktop: true },
	{ name: '/en/', path: '/en/', desktop: true },
	{ name: 'event page', path: EVENT, plain: true },
	{ name: 'treaty page', path: '/en/treaties/', plain: true }
];

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

const gzipped = (data: string | Buffer) => gzipSync(data, { level: 9 }).byteLength;

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

async function lighthouseRun(url: string, port: number, desktop: boolean): Promise<Run> {
	const result = await lighthouse(
		url,
		{ port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
		desktop ? desktopConfig : undefined
	);
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
	const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const metrics = lhr.audits.metrics?.details as { items?: Record<string, number>[] } | undefined;
	const network = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined;
	const requests = network?.items ?? [];
	const away = requests.filter((item) => !/^(https?:\/\/localhost[:/]|data:)/.test(item.url));
	if (away.length > 0)
		throw new Error(`${url} requested off-origin: ${away.map((i) => i.url).join(', ')}`);
	return {
		score: (lhr.categories.performance.score ?? NaN) * 100,
		lcp: audit('largest-contentful-paint'),
		tbt: audit('total-blocking-time'),
		cls: audit('cumulative-layout-shift'),
		fcpObserved: metrics?.items?.[0]?.observedFirstContentfulPaint ?? NaN,
		requests
	};
}

const scriptPath = (item: NetworkItem) => new URL(item.url).pathname;
const isScript = (item: NetworkItem) => item.resourceType === 'Script';
/** Gzipped bytes of script files a run requested (read from the build), by path. */
const scriptBytes = (items: NetworkItem[]) =>
	items.reduce((sum, item) => {
		const path = scriptPath(item);
		return sum + gzipped(readFileSync(join(OUT, path.endsWith('/') ? `${path}index.html` : path)));
	}, 0);

/** Scripts requested before the first vis-timeline chunk, and when that chunk was requested. */
function scriptsBeforeTimeline(run: Run, chunks: Set<string>) {
	const sorted = [...run.requests].sort(
		(a, b) => (a.networkRequestTime ?? 0) - (b.networkRequestTime ?? 0)
	);
	const first = sorted.findIndex((item) => chunks.has(scriptPath(item)));
	const before = (first === -1 ? sorted : sorted.slice(0, first)).filter(isScript);
	return {
		bytes: scriptBytes(before),
		files: before.length,
		requestedAt: first === -1 ? NaN : (sorted[first].networkRequestTime ?? NaN)
	};
}

let server: Served | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
	console.log('Building the real site…');
	const buildTime = await build({ BUILD_DIR: OUT });
	const { events, issues } = validateContent(readContentFiles());
	if (issues.length > 0) throw new Error(issues.join('\n'));
	const published = events.filter((event) => !event.draft);
	writeFileSync(join(OUT, 'floor.html'), floorPage(published));
	writeBarePage(join(OUT, 'bench/vis'), published);
	writeTimelineJsPage(join(OUT, 'bench/timelinejs'), published);
	const chunks = timelineChunks();
	if (chunks.size === 0) throw new Error('no built script contains vis-timeline');
	server = await serve(OUT);
	chrome = await chromeLauncher.launch({
		chromePath: findChromium(),
		chromeFlags: [...CHROMIUM_ARGS, '--headless=new']
	});
	console.log(
		`Built in ${(buildTime / 1000).toFixed(1)} s; anchors hold the same ${published.length} ` +
			`events. Lighthouse, ${ROUNDS} rounds over ${PAGES.length} pages on ${server.url}…`
	);
	// Inline scripts run on load too; Lighthouse's network records list only files.
	const inline = new Map<string, number>();
	for (const page of PAGES) {
		const html = await (await fetch(server.url + page.path)).text();
		inline.set(
			page.path,
			inlineScripts(html).reduce((sum, code) => sum + gzipped(code), 0)
		);
	}
	const mobile = new Map<string, Run[]>(PAGES.map((page) => [page.path, []]));
	const desktop = new Map<string, Run[]>(PAGES.map((page) => [page.path, []]));
	for (let round = 1; round <= ROUNDS; round++) {
		for (const page of PAGES) {
			const run = await lighthouseRun(server.url + page.path, chrome.port, false);
			mobile.get(page.path)!.push(run);
			console.log(
				`  round ${round}, ${page.name}: score ${run.score.toFixed(0)}, LCP ${ms(run.lcp)}, ` +
					`TBT ${ms(run.tbt)}, CLS ${run.cls.toFixed(3)}`
			);
		}
		for (const page of PAGES.filter((p) => p.desktop)) {
			const run = await lighthouseRun(server.url + page.path, chrome.port, true);
			desktop.get(page.path)!.push(run);
			console.log(`  round ${round}, ${page.name} (desktop): TBT ${ms(run.tbt)}`);
		}
	}

	type Key = 'score' | 'lcp' | 'tbt' | 'cls' | 'fcpObserved';
	const pick = (runs: Run[], key: Key) => median(runs.map((run) => run[key]));
	const m = (path: string, key: Key) => pick(mobile.get(path)!, key);
	const js = (path: string) =>
		median(mobile.get(path)!.map((run) => scriptBytes(run.requests.filter(isScript)))) +
		inline.get(path)!;
	const floor = m('/floor.html', 'lcp');
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log('');
	table([
		['page (median of 3)', 'score', 'LCP', 'LCP ÷ floor', 'TBT', 'CLS', 'JS (gzip)', 'TBT desktop'],
		...PAGES.map((page) => [
			page.name,
			m(page.path, 'score').toFixed(0),
			ms(m(page.path, 'lcp')),
			(m(page.path, 'lcp') / floor).toFixed(2),
			ms(m(page.path, 'tbt')),
			m(page.path, 'cls').toFixed(3),
			kb(js(page.path)),
			page.desktop ? ms(pick(desktop.get(page.path)!, 'tbt')) : ''
		])
	]);

	const verdicts: [string, boolean, string][] = [];
	for (const page of PAGES.filter((p) => p.plain)) {
		const ratio = m(page.path, 'lcp') / floor;
		verdicts.push(
			[`${page.name}: LCP ≤ 1.1 × floor`, ratio <= 1.1, `${ratio.toFixed(2)} ×`],
			[`${page.name}: TBT ≤ 30 ms`, m(page.path, 'tbt') <= 30, ms(m(page.path, 'tbt'))],
			[`${page.name}: script ≤ 5 KB`, js(page.path) <= 5 * 1024, kb(js(page.path))]
		);
	}
	const bareTbt = m('/bench/vis/', 'tbt');
	const bareDesktop = pick(desktop.get('/bench/vis/')!, 'tbt');
	for (const path of ['/ja/', '/en/']) {
		const ratio = m(path, 'lcp') / floor;
		const tbt = m(path, 'tbt');
		const tbtDesktop = pick(desktop.get(path)!, 'tbt');
		verdicts.push(
			[`${path}: score ≥ 95`, m(path, 'score') >= 95, m(path, 'score').toFixed(0)],
			[`${path}: LCP ≤ 1.25 × floor`, ratio <= 1.25, `${ratio.toFixed(2)} ×`],
			[`${path}: CLS < 0.02`, m(path, 'cls') < 0.02, m(path, 'cls').toFixed(3)],
			[
				`${path}: TBT ≤ 100 ms and below bare vis-timeline's`,
				tbt <= 100 && tbt < bareTbt,
				`${ms(tbt)} (bare ${ms(bareTbt)})`
			],
			[
				`${path}: desktop TBT below bare vis-timeline's`,
				tbtDesktop < bareDesktop,
				`${ms(tbtDesktop)} (bare ${ms(bareDesktop)})`
			]
		);
	}
	const before = mobile.get('/en/')!.map((run) => scriptsBeforeTimeline(run, chunks));
	const beforeBytes = median(before.map((entry) => entry.bytes));
	verdicts.push([
		'/en/: JS before the timeline ≤ 50 KB',
		beforeBytes <= 50 * 1024,
		`${kb(beforeBytes)} in ${before[0].files} files`
	]);
	console.log('');
	table([
		['budget', 'result', 'measured'],
		...verdicts.map(([budget, ok, measured]) => [budget, ok ? 'PASS' : 'MISSED', measured])
	]);
	console.log(
		`\n/en/: timeline chunk requested at ${ms(median(before.map((e) => e.requestedAt)))}, ` +
			`observed FCP ${ms(m('/en/', 'fcpObserved'))}, both from the navigation's first request.` +
			'\nLCP and TBT are simulated (mobile: slow 4G, 4× CPU slowdown). JS: every script file ' +
			'a run requested plus inline scripts, gzipped at level 9.' +
			'\n`build/` holds the real site, plus floor.html, bench/vis/ and bench/timelinejs/.'
	);
} finally {
	await chrome?.kill();
	server?.stop();
}
