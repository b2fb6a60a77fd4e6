/**
 * `npm run bench:scale -- --events 10000`: builds the site from N synthetic events (written to a
 * temporary folder and read through EVENTS_DIR; `events/` is never touched) into a temporary output
 * folder (BUILD_DIR; `build/` is kept), then measures the chronicle in Chromium against a bare
 * vis-timeline page with the same items. Median of 3 runs. Exits 0 when a budget is missed.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { LANGS, type ChronicleEvent } from '../src/lib/content/schema';
import { validateContent } from '../src/lib/content/validate';
import { cardInputOf, eventCard } from '../src/lib/og/template';
import { readContentFiles } from '../src/lib/server/files';
import { cardHash } from '../src/lib/server/og';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser';
import { writeBarePage } from './anchors';
import { build, median, ms, serve, table, type Served } from './bench-lib';
import { writeSyntheticEvents } from './synthetic';

const RUNS = 3;
const BUDGET = { usable: 1500, filter: 100, ratio: 8 };

function eventsArgument(): number {
	const index = process.argv.indexOf('--events');
	const value = index === -1 ? '10000' : process.argv[index + 1];
	const count = Number(value);
	if (!Number.isInteger(count) || count < 1)
		throw new Error(`--events needs a count, found ${value}`);
	return count;
}

/** A 1×1 transparent PNG: the synthetic site's preview cards are not what this measures. */
const PLACEHOLDER_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
	'base64'
);

/** Pre-fills the preview-card cache so the build does not draw 2 × N cards (minutes each 1,000). */
function seedCardCache(dir: string, events: ChronicleEvent[]): void {
	mkdirSync(dir, { recursive: true });
	for (const lang of LANGS)
		for (const event of events) {
			const tree = eventCard(cardInputOf(event, lang));
			writeFileSync(join(dir, `${cardHash(tree)}.png`), PLACEHOLDER_PNG);
		}
}

interface Sample {
	usable: number;
	filter: number;
	dcl?: number;
	fcp?: number;
}

/** Clicks in the page, then waits for two animation frames: the frame that paints the change. */
function clickToFrame(page: Page, selector: string): Promise<number> {
	return page.evaluate(async (selector) => {
		const target = document.querySelector<HTMLElement>(selector);
		if (!target) throw new Error(`${selector} is missing`);
		const start = performance.now();
		target.click();
		await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		return performance.now() - start;
	}, selector);
}

/**
 * Resolves once the element has the `ready` class. A MutationObserver on that one element, not
 * Playwright's selector polling: on a page of 10,000 entries every poll walks the whole document on
 * the main thread (over half a second in all), which would be counted against the page.
 */
function untilReady(page: Page, selector: string): Promise<void> {
	return page.evaluate(
		(selector) =>
			new Promise<void>((resolve, reject) => {
				const watch = () => {
					const element = document.querySelector(selector);
					if (!element) return reject(new Error(`${selector} is missing`));
					if (element.classList.contains('ready')) return resolve();
					const observer = new MutationObserver(() => {
						if (!element.classList.contains('ready')) return;
						observer.disconnect();
						resolve();
					});
					observer.observe(element, { attributes: true, attributeFilter: ['class'] });
				};
				if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
				else watch();
			}),
		selector
	);
}

async function measure(browser: Browser, url: string, bare: boolean): Promise<Sample> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	page.setDefaultTimeout(180_000);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(url, { waitUntil: 'commit' });
	await untilReady(page, bare ? '#timeline' : '[data-testid=timeline]');
	const zoom = bare ? '#zoom-in' : '[data-testid=timeline-shell] .controls button';
	await clickToFrame(page, zoom);
	const usable = await page.evaluate(() => performance.now());
	const count = bare
		? ''
		: await page.locator('[data-testid=result-count]').textContent({ timeout: 5000 });
	const filter = await clickToFrame(
		page,
		bare ? '#filter' : '[data-testid=triangle] button[data-lane=cn-kp]'
	);
	if (!bare) {
		const after = await page.locator('[data-testid=result-count]').textContent();
		if (after === count) throw new Error(`the pair filter did not change the count (${count})`);
	}
	const timing = await page.evaluate(() => {
		const [navigation] = performance.getEntriesByType(
			'navigation'
		) as PerformanceNavigationTiming[];
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		return { dcl: navigation?.domContentLoadedEventEnd, fcp: fcp?.startTime };
	});
	await context.close();
	if (errors.length > 0) throw new Error(`page errors on ${url}:\n${errors.join('\n')}`);
	return { usable, filter, ...timing };
}

async function runs(browser: Browser, url: string, bare: boolean) {
	const samples: Sample[] = [];
	for (let i = 0; i < RUNS; i++) samples.push(await measure(browser, url, bare));
	const pick = (key: keyof Sample) => median(samples.map((sample) => sample[key] ?? NaN));
	return { usable: pick('usable'), filter: pick('filter'), dcl: pick('dcl'), fcp: pick('fcp') };
}

const count = eventsArgument();
const work = mkdtempSync(join(tmpdir(), 'bench-scale-'));
const content = join(work, 'events');
const output = join(work, 'build');
const bareDir = join(work, 'bare');
let server: Served | undefined;
let browser: Browser | undefined;
try {
	// The real events and commentary come along: the treaty page needs at least one treaty.
	cpSync('events', content, { recursive: true });
	writeSyntheticEvents(content, count);
	const { events, issues } = validateContent(readContentFiles(content));
	if (issues.length > 0) throw new Error(`synthetic content is invalid:\n${issues.join('\n')}`);
	const published = events.filter((event) => !event.draft);
	const cards = join(work, 'og');
	seedCardCache(cards, published);
	console.log(
		`${count} synthetic events (+ ${published.length - count} real ones) in ${content}; building…`
	);
	const buildTime = await build({ EVENTS_DIR: content, BUILD_DIR: output, OG_CACHE_DIR: cards });

	writeBarePage(bareDir, published);
	cpSync(bareDir, join(output, 'bare'), { recursive: true });

	server = await serve(output);
	browser = await chromium.launch({
		executablePath: findChromium(),
		args: CHROMIUM_ARGS,
		headless: true
	});
	console.log(`Measuring ${server.url}/en/ and ${server.url}/bare/ (median of ${RUNS} runs)…`);
	const ours = await runs(browser, `${server.url}/en/`, false);
	const bare = await runs(browser, `${server.url}/bare/`, true);

	/** A timed row: both figures, the ratio, and the verdict against a limit and the 8× ratio. */
	const budgetRow = (label: string, ourMs: number, bareMs: number, limit: number) => {
		const ratio = bareMs / ourMs;
		const misses = [
			ourMs > limit ? `+${ms(ourMs - limit)}` : '',
			ratio < BUDGET.ratio ? `${ratio.toFixed(1)}× < ${BUDGET.ratio}×` : ''
		].filter(Boolean);
		return [
			label,
			ms(ourMs),
			ms(bareMs),
			`${ratio.toFixed(1)}×`,
			`≤ ${limit} ms, ≥ ${BUDGET.ratio}×`,
			misses.length === 0 ? 'PASS' : `MISSED (${misses.join(', ')})`
		];
	};
	console.log(`
Definitions
  usable: performance.now() (ms from navigation start) once the timeline element has its \`ready\`
          class, a click on "zoom in" was dispatched and two requestAnimationFrame callbacks ran
  filter: from just before a click on the cn-kp edge of the triangle (bare: a DataView filter
          hiding the cn-kp group, then refresh()) until two requestAnimationFrame callbacks ran
  list:   DOMContentLoaded end and first contentful paint of /en/, from the Performance API
`);
	table([
		['', `ours (${count} events)`, 'bare vis-timeline', 'bare ÷ ours', 'budget', 'result'],
		budgetRow('timeline usable', ours.usable, bare.usable, BUDGET.usable),
		budgetRow('pair filter', ours.filter, bare.filter, BUDGET.filter),
		['list DOMContentLoaded', ms(ours.dcl), ms(bare.dcl), '', '', ''],
		['list first paint', ms(ours.fcp), ms(bare.fcp), '', '', ''],
		['build', `${(buildTime / 1000).toFixed(1)} s`, '', '', '', '']
	]);
	console.log(
		'\n`build/` was not touched (the synthetic site was built into a temporary folder);' +
			' `.svelte-kit/output` now holds the synthetic build: run `npm run build` before `npm run preview`.'
	);
} finally {
	await browser?.close();
	server?.stop();
	rmSync(work, { recursive: true, force: true });
}
