import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../scripts/headers.js';
import { FRAME_ANYWHERE, FRAME_SELF, IMMUTABLE, headersFile } from './headers';

const LANGS = ['ja', 'en'] as const;

describe('headersFile', () => {
	for (const base of ['', '/triangle-chronicle']) {
		describe(`BASE_PATH="${base}"`, () => {
			const rules = parseHeaders(headersFile(base, LANGS));
			const csp = (path: string) => headersFor(rules, base + path)['content-security-policy'];

			it('lets any site frame the embed, and only the site itself frame every other page', () => {
				expect(csp('/en/embed/')).toBe(FRAME_ANYWHERE);
				expect(csp('/ja/embed/')).toBe(FRAME_ANYWHERE);
				for (const path of [
					'/',
					'/404.html',
					'/ja/',
					'/en/404.html',
					'/ja/events/2024-06-19-putin-pyongyang-treaty/',
					'/en/commentary/',
					'/en/pairs/cn-kp/',
					'/ja/years/2024/',
					'/en/treaties/'
				])
					expect(csp(path), path).toBe(FRAME_SELF);
			});

			it('sends nosniff and a referrer policy everywhere', () => {
				for (const path of ['/', '/en/embed/', '/events.json', '/_app/immutable/x.js'])
					expect(headersFor(rules, base + path), path).toMatchObject({
						'x-content-type-options': 'nosniff',
						'referrer-policy': 'strict-origin-when-cross-origin'
					});
			});

			it('caches immutable assets for a year, and nothing else', () => {
				const cache = (path: string) => headersFor(rules, base + path)['cache-control'];
				expect(cache('/_app/immutable/entry/start.abc123.js')).toBe(IMMUTABLE);
				expect(cache('/_app/version.json')).toBeUndefined();
				expect(cache('/en/')).toBeUndefined();
			});

			it('names only paths under the base path', () => {
				for (const rule of rules) expect(rule.path.startsWith(`${base}/`)).toBe(true);
			});
		});
	}
});
