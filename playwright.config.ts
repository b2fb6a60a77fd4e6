import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser';

const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
/** The site built from `tests/hostile/events` (see tests/hostile/README.md), on the next port. */
const hostilePort = Number(process.env.HOSTILE_PORT ?? port + 1);
/**
 * The hostile build runs in the first pass only: escaping does not depend on the base path, which
 * the second pass already proves for every link, so a second hostile build would only add time.
 */
const hostile = base === '';

const server = {
	reuseExistingServer: !process.env.CI,
	timeout: 180_000,
	stdout: 'ignore',
	stderr: 'pipe'
} as const;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}${base}/`,
		browserName: 'chromium',
		launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
		// Animations off by default: assertions see final states. Tests that need motion opt in.
		reducedMotion: 'reduce'
	},
	projects: [
		{ name: 'chromium', testIgnore: /hostile\.spec\.ts$/, use: { ...devices['Desktop Chrome'] } },
		...(hostile
			? [
					{
						name: 'hostile',
						testMatch: /hostile\.spec\.ts$/,
						use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${hostilePort}/` }
					}
				]
			: [])
	],
	webServer: [
		{
			...server,
			command: `npm run build && node scripts/serve.js ${port}`,
			url: `http://localhost:${port}${base}/`
		},
		...(hostile
			? [
					{
						...server,
						// Its own content, output and kit folder, so it never touches `build/` or
						// `.svelte-kit/` of the main build; preview cards share `.cache/og` (keyed by hash).
						command: `npm run build && node scripts/serve.js ${hostilePort} build-hostile`,
						url: `http://localhost:${hostilePort}/`,
						env: {
							EVENTS_DIR: 'tests/hostile/events',
							BUILD_DIR: 'build-hostile',
							KIT_OUT_DIR: '.svelte-kit-hostile',
							SITE_URL: `http://localhost:${hostilePort}`
						}
					}
				]
			: [])
	]
});
