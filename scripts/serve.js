/**
 * Serves the built site as a static host does: files from `build/` under BASE_PATH, `index.html`
 * for folders, and the nearest `404.html` (with status 404) for anything else. Used by
 * `npm start`, the end-to-end tests and the benchmarks. Text is gzipped, as every real static host
 * does, so transfer sizes (and Lighthouse's simulated load) match a deployment. The build's
 * `_headers` file (framing, caching, nosniff) is applied as Netlify and Cloudflare Pages apply it,
 * so the end-to-end tests see the headers a deployment sends.
 * Usage: node scripts/serve.js [port] [dir]
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from './headers.js';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const root = resolve(process.argv[3] ?? 'build');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeaders(readFileSync(headersPath, 'utf8')) : [];

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/atom+xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.ics': 'text/calendar; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.bib': 'application/x-bibtex; charset=utf-8',
	'.ris': 'application/x-research-info-systems; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** Already-compressed formats, and bodies too small to gain from compression, are sent as they are. */
const compressible = (path, body) => !/\.(png|woff2)$/.test(path) && body.byteLength > 1024;
/** Gzipped bodies by path and modification time: compressing once per file keeps serving fast. */
const gzipped = new Map();

async function file(path) {
	try {
		const info = await stat(path);
		if (info.isDirectory()) return file(join(path, 'index.html'));
		return { path, modified: info.mtimeMs, body: await readFile(path) };
	} catch {
		return null;
	}
}

async function nearest404(relative) {
	let folder = relative;
	for (;;) {
		const found = await file(join(root, folder, '404.html'));
		if (found || folder === '' || folder === '/') return found;
		folder = folder.replace(/\/?[^/]*$/, '');
	}
}

createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let pathname;
	try {
		pathname = decodeURIComponent(url.pathname);
	} catch {
		pathname = '/\0';
	}
	if (base && pathname === base) {
		res.writeHead(301, { location: `${base}/` }).end();
		return;
	}
	const inside = !base || pathname.startsWith(`${base}/`);
	const relative = normalize(inside ? pathname.slice(base.length) : '/').replace(
		/^(\.\.[/\\])+/,
		''
	);
	// The hosts read `_headers` and never serve it.
	const servable = inside && !pathname.includes('\0') && relative !== '/_headers';
	let found = servable ? await file(join(root, relative)) : null;
	let status = 200;
	if (
		found &&
		!pathname.endsWith('/') &&
		found.path.endsWith('index.html') &&
		!relative.endsWith('index.html')
	) {
		res.writeHead(308, { location: `${pathname}/${url.search}` }).end();
		return;
	}
	if (!found) {
		status = 404;
		found = await nearest404(inside ? relative : '/');
	}
	if (!found) {
		res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
		return;
	}
	/** @type {Record<string, string>} */
	const headers = {
		'content-type': TYPES[extname(found.path)] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		vary: 'accept-encoding',
		...headersFor(rules, pathname)
	};
	let body = found.body;
	if (compressible(found.path, body) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		const key = `${found.path}\0${found.modified}`;
		if (!gzipped.has(key)) gzipped.set(key, gzipSync(body));
		body = gzipped.get(key);
		headers['content-encoding'] = 'gzip';
	}
	res.writeHead(status, headers);
	res.end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => {
	console.log(`Serving ${root} at http://localhost:${port}${base}/`);
});
