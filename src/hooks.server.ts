import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/lang';

/** Sets `<html lang>` from the route, so every prerendered page declares its language. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base) ?? 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
