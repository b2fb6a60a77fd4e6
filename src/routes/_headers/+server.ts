import { base } from '$app/paths';
import { LANGS } from '$lib/content/vocabulary';
import { headersFile } from '$lib/headers';
import type { RequestHandler } from './$types';

/** Written as `_headers` at the root of the build (see `$lib/headers`). */
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(headersFile(base, LANGS), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
