/**
 * The build's `_headers` file (Netlify / Cloudflare Pages) checked against the paths the build
 * really has, and the headers the local host (scripts/serve.js, which applies it) sends.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { headersFor, parseHeaders } from '../../scripts/headers.js';
import { FRAME_ANYWHERE, FRAME_SELF, IMMUTABLE } from '../../src/lib/headers';
import { BASE, expect, path, test } from './fixtures';

const root = process.env.BUILD_DIR ?? 'build';
const rules = parseHeaders(readFileSync(join(root, '_headers'), 'utf8'));

/** Every built file as the URL path a host serves it at (`index.html` as its folder). */
function builtPaths(): string[] {
	const walk = (folder: string): string[] =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
			const full = join(folder, entry.name);
			return entry.isDirectory() ? walk(full) : [relative(root, full).split(sep).join('/')];
		});
	return walk(root).map((file) => `${BASE}/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

const isEmbed = (p: string) => /^\/(ja|en)\/embed\//.test(p.slice(BASE.length));

test.describe('_headers', () => {
	const paths = builtPaths();
	const pages = paths.filter((p) => p.endsWith('/') || p.endsWith('.html'));

	test('lets any site frame the embed pages and only the site itself frame every other page', () => {
		const embeds = pages.filter(isEmbed);
		expect(embeds).toEqual([path('/en/embed/'), path('/ja/embed/')].sort());
		const wrong = pages
			.map((p) => [p, headersFor(rules, p)['content-security-policy']] as const)
			.filter(([p, csp]) => csp !== (isEmbed(p) ? FRAME_ANYWHERE : FRAME_SELF));
		expect(wrong, 'pages whose frame-ancestors rule is missing or doubled').toEqual([]);
		expect(pages.length).toBeGreaterThan(100);
	});

	test('caches every immutable asset for a year, and nothing else', () => {
		const immutable = paths.filter((p) => p.startsWith(path('/_app/immutable/')));
		expect(immutable.length).toBeGreaterThan(5);
		const cached = paths.filter((p) => headersFor(rules, p)['cache-control'] === IMMUTABLE);
		expect(cached).toEqual(immutable);
	});

	test('sends nosniff and a referrer policy with every file', () => {
		for (const p of paths)
			expect(headersFor(rules, p), p).toMatchObject({
				'x-content-type-options': 'nosniff',
				'referrer-policy': expect.any(String)
			});
	});

	test('the local host sends them, and not the file itself', async ({ request }) => {
		const embed = await request.get(path('/en/embed/'));
		expect(embed.headers()['content-security-policy']).toBe(FRAME_ANYWHERE);
		expect(embed.headers()['x-content-type-options']).toBe('nosniff');
		const chronicle = await request.get(path('/ja/'));
		expect(chronicle.headers()['content-security-policy']).toBe(FRAME_SELF);
		const asset = paths.find((p) => p.startsWith(path('/_app/immutable/')))!;
		expect((await request.get(asset)).headers()['cache-control']).toBe(IMMUTABLE);
		expect((await request.get(path('/_headers'))).status()).toBe(404);
	});
});
