import { loadDictionary } from '$lib/i18n';
import type { PageLoad } from './$types';

/** The embed resets the layout, so it loads its language's strings itself (see `[lang]/+layout.ts`). */
export const load: PageLoad = async ({ data }) => {
	await loadDictionary(data.lang);
	return data;
};
