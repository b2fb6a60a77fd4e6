/**
 * Screenshots of the built chronicle, `/ja/` and `/en/` at a phone, tablet and desktop width, into
 * `docs/screenshots/` (the README shows two). Serves `build/` itself, so run `npm run build` first.
 * Usage: npm run screenshots [-- <out dir>] — PORT picks the port (default 4180).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser';

const WIDTHS = [390, 768, 1280] as const;
const HEIGHTS: Record<(typeof WIDTHS)[number], number> = { 390: 844, 768: 1024, 1280: 900 };
const LANGS = ['ja', 'en'] as const;
const port = Number(process.env.PORT ?? 4180);
const out = process.argv[2] ?? 'docs/screenshots';

mkdirSync(out, { recursive: true });
const server = spawn('node', ['scripts/serve.js', String(port)], { stdio: 'ignore' });
try {
	await waitFor(`http://localhost:${port}/`);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	for (const width of WIDTHS) {
		for (const lang of LANGS) {
			const context = await browser.newContext({
				viewport: { width, height: HEIGHTS[width] },
				isMobile: width < 768,
				hasTouch: width < 768,
				locale: lang === 'ja' ? 'ja-JP' : 'en-GB',
				reducedMotion: 'reduce'
			});
			const page = await context.newPage();
			await page.goto(`http://localhost:${port}/${lang}/`);
			// The timeline mounts after the first paint; the screenshot waits for it.
			await page.locator('[data-testid=timeline].ready').waitFor();
			await page.waitForTimeout(500);
			await page.screenshot({ path: `${out}/${lang}-${width}.png` });
			await context.close();
			console.log(`${out}/${lang}-${width}.png`);
		}
	}
	await browser.close();
} finally {
	server.kill();
}

async function waitFor(url: string) {
	for (let tries = 0; tries < 100; tries++) {
		if (
			await fetch(url).then(
				(r) => r.ok,
				() => false
			)
		)
			return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${url} did not answer`);
}
