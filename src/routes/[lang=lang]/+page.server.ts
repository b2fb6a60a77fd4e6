import { yearCounts } from '$lib/chronology';
import { countByLane } from '$lib/filter';
import { entryView, eras, events, listed, treatyBands } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang;
	// A long chronicle lists its latest years; the page loads the rest in brief (catalogue.json).
	const { shown, paged } = listed(events);
	return {
		entries: shown.map((event) => entryView(event, lang)),
		bands: treatyBands(lang),
		eras: eras(lang),
		paged: paged
			? { total: events.length, counts: countByLane(events), years: yearCounts(events) }
			: null
	};
};
