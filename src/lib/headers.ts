/**
 * The `_headers` file the build writes at the root of its output (the format Netlify and
 * Cloudflare Pages read; README, "Deploying"). Written by the build rather than kept in `static/`
 * so every path carries BASE_PATH: the file then names the URLs the site really has. Pure.
 *
 * Those hosts give a request the headers of every rule that matches it, and join a header set
 * twice, so a `/*` rule with `frame-ancestors 'self'` would also reach the embed and forbid it:
 * the rules for framing name the embed and the other pages separately and never overlap.
 */
import type { Lang } from './content/vocabulary';

/** Every page outside the embed, under one language: the chronicle, its 404 page and sections. */
const PAGES = ['', '404.html', 'events/*', 'commentary/*', 'pairs/*', 'years/*', 'treaties/*'];

export const FRAME_ANYWHERE = 'frame-ancestors *';
export const FRAME_SELF = "frame-ancestors 'self'";
export const IMMUTABLE = 'public, max-age=31536000, immutable';

function rule(path: string, headers: Record<string, string>): string {
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	return [path, ...lines].join('\n');
}

/** The file for a site under `base` ('' at the root) in these languages. */
export function headersFile(base: string, langs: readonly Lang[]): string {
	const framedBySelf = [
		'/',
		'/404.html',
		...langs.flatMap((lang) => PAGES.map((p) => `/${lang}/${p}`))
	];
	return (
		[
			`# Response headers for Netlify and Cloudflare Pages, written by the build for BASE_PATH="${base}".\n` +
				'# See README, "Deploying", for hosts that read no such file.',
			rule(`${base}/*`, {
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin'
			}),
			// Kit names these files by their content: a new build never changes one in place.
			rule(`${base}/_app/immutable/*`, { 'Cache-Control': IMMUTABLE }),
			// The embed is made to be framed by any site; a <meta> CSP cannot say so (README).
			...langs.map((lang) =>
				rule(`${base}/${lang}/embed/*`, { 'Content-Security-Policy': FRAME_ANYWHERE })
			),
			...framedBySelf.map((path) =>
				rule(`${base}${path}`, { 'Content-Security-Policy': FRAME_SELF })
			)
		].join('\n\n') + '\n'
	);
}
