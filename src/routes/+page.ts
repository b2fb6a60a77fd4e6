import { LANGS } from '$lib/content/vocabulary';
import { loadDictionary } from '$lib/i18n';
import type { PageLoad } from './$types';

/** The language chooser shows both languages. */
export const load: PageLoad = async () => {
	await Promise.all(LANGS.map(loadDictionary));
};
