import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { langOfPath } from '$lib/lang';
import { withChronology } from '$lib/server/chronology';

/**
 * Sets `<html lang>` from the route, so every prerendered page declares its language, and fills
 * the chronicle's list slot with its server HTML.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = langOfPath(event.url.pathname, base) ?? 'en';
	const chronicle = event.route.id === '/[lang=lang]';
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', lang);
			return chronicle ? withChronology(page, lang) : page;
		}
	});
};
