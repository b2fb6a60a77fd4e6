import type { KnipConfig } from 'knip';

/**
 * `npm run lint` fails on unused files, exports and dependencies. Entry points beyond what knip's
 * SvelteKit, Vite, Vitest and Playwright plugins find: the scripts npm runs, and the e2e helpers.
 */
const config: KnipConfig = {
	entry: ['scripts/*.{ts,js}', 'tests/**/*.ts'],
	project: ['src/**/*.{ts,svelte}', 'scripts/**/*.{ts,js}', 'tests/**/*.ts'],
	ignoreDependencies: [
		// Read from disk by path (src/lib/server/og.ts; scripts/anchors.ts), never imported.
		'@expo-google-fonts/noto-sans-jp',
		'@knight-lab/timelinejs'
	]
};

export default config;
