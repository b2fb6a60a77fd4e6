import { latestYearsStart, yearCounts } from '$lib/chronology';
import type { Lang } from '$lib/content/schema';
import { countByLane } from '$lib/filter';
import { LIST_LIMIT, entryView, eras, events, treatyBands } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const paged = events.length > LIST_LIMIT;
	// A long chronicle lists its latest years; the page loads the rest in brief (catalogue.json).
	const start = paged ? latestYearsStart(events, LIST_LIMIT) : 0;
	return {
		entries: events.slice(start).map((event) => entryView(event, lang)),
		bands: treatyBands(lang),
		eras: eras(lang),
		paged: paged
			? { total: events.length, counts: countByLane(events), years: yearCounts(events) }
			: null
	};
};
