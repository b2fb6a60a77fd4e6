/**
 * Finds a Chromium for the end-to-end tests and benchmarks: CHROMIUM_PATH if set, then Debian's or
 * Ubuntu's package, then Playwright's own download. Fails with what to install when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
		return fromEnv;
	}
	const system = CANDIDATES.find((path) => existsSync(path));
	if (system) return system;
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) return bundled;
	throw new Error(
		[
			'No Chromium found for the end-to-end tests.',
			'Install one of:',
			'  - Debian/Ubuntu: sudo apt-get install chromium',
			"  - Playwright's own: npx playwright install chromium",
			'  - or point CHROMIUM_PATH at a Chromium or Chrome executable.'
		].join('\n')
	);
}

/** Flags for a headless Chromium on a machine without outside network (and as root in CI). */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
