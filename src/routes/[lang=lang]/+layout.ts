import { base } from '$app/paths';
import { loadDictionary } from '$lib/i18n';
import { langOfPath } from '$lib/lang';
import type { LayoutLoad } from './$types';

/**
 * The page's language. A static host serves `/en/404.html` for any unknown path under `/en/`; the
 * browser then loads it at a URL no route matches, so the language comes from the path there.
 */
export const load: LayoutLoad = async ({ params, url }) => {
	const lang = params.lang ?? langOfPath(url.pathname, base) ?? 'en';
	// The page's strings, before it renders: a hydrating page fetches only its own language.
	await loadDictionary(lang);
	return { lang };
};
