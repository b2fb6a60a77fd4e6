import { LANGS, type Lang } from '$lib/content/vocabulary';
import { catalogueEntry, eras, events, listed, treatyBands } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

/** Nothing links to the embed: it is built for every language all the same. */
export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	// Like the chronicle: a long one lists its latest years, and the page loads the rest in brief.
	const { shown, paged } = listed(events);
	return {
		lang,
		entries: shown.map((event) => catalogueEntry(event, lang)),
		bands: treatyBands(lang),
		eras: eras(lang),
		paged
	};
};
