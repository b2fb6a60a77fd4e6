import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser';

const port = Number(process.env.PORT ?? 4173);
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
/**
 * Fixture sites, each checked by `tests/e2e/<name>.spec.ts` on the ports after the main site's:
 * `tests/fixtures/hostile/events` (markup and payloads, see its README),
 * `tests/fixtures/minimal/events` (one event: no treaty, no commentary), and `paged`: the real
 * content with `LIST_LIMIT` so low that the chronicle lists only its latest year, as one of
 * thousands of events does. Each gets its own output and kit folder, so no build touches `build/`
 * or `.svelte-kit/`; preview cards share `.cache/og` (keyed by hash). They run in the first pass
 * only: their content does not depend on the base path, which the second pass already proves for
 * every link, so second builds would only add time.
 */
const FIXTURE_ENV: Record<string, Record<string, string>> = {
	hostile: { EVENTS_DIR: 'tests/fixtures/hostile/events' },
	minimal: { EVENTS_DIR: 'tests/fixtures/minimal/events' },
	paged: { LIST_LIMIT: '20' }
};
const FIXTURE_SITES = Object.keys(FIXTURE_ENV);
const fixtureSites = base === '' ? FIXTURE_SITES : [];
const portOf = (name: string) => port + 1 + FIXTURE_SITES.indexOf(name);

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
		{
			name: 'chromium',
			testIgnore: new RegExp(`(${FIXTURE_SITES.join('|')})\\.spec\\.ts$`),
			use: { ...devices['Desktop Chrome'] }
		},
		...fixtureSites.map((name) => ({
			name,
			testMatch: new RegExp(`${name}\\.spec\\.ts$`),
			use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${portOf(name)}/` }
		}))
	],
	webServer: [
		{
			...server,
			command: `npm run build && node scripts/serve.js ${port}`,
			url: `http://localhost:${port}${base}/`
		},
		...fixtureSites.map((name) => ({
			...server,
			command: `npm run build && node scripts/serve.js ${portOf(name)} build-${name}`,
			url: `http://localhost:${portOf(name)}/`,
			env: {
				...FIXTURE_ENV[name],
				BUILD_DIR: `build-${name}`,
				KIT_OUT_DIR: `.svelte-kit-${name}`,
				SITE_URL: `http://localhost:${portOf(name)}`
			}
		}))
	]
});
