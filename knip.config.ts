import type { KnipConfig } from 'knip';

/**
 * `npm run lint` fails on unused files, exports and dependencies. Entry points beyond what knip's
 * SvelteKit, Vite, Vitest and Playwright plugins find: the scripts npm runs, and the e2e helpers.
 */
const config: KnipConfig = {
	entry: ['scripts/*.{ts,js}', 'tests/**/*.ts'],
	project: ['src/**/*.{ts,svelte}', 'scripts/**/*.{ts,js}', 'tests/**/*.ts'],
	ignoreDependencies: [
		// Read from disk by path (src/lib/server/og.ts), never imported.
		'@expo-google-fonts/noto-sans-jp',
		// TODO: remove once the tools change (issue 18, item 4) declares it for scripts/bench.ts.
		'chrome-launcher'
	],
	// TODO: remove once the tools change (issue 18, item 4) switches the scripts to tsx.
	ignoreBinaries: ['vite-node'],
	ignoreIssues: {
		// TODO: remove once the zod rewrite of the schema (issue 18, item 1) replaces these files.
		'src/lib/content/schema.ts': ['types'],
		'src/lib/exports/testing.ts': ['exports']
	}
};

export default config;
