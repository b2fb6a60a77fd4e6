import { listedSpan, yearCounts } from '$lib/chronology';
import { countByLane } from '$lib/filter';
import { eras, events, listed, treatyBands } from '$lib/server/content';
import type { PageServerLoad } from './$types';

/**
 * The list itself is not here: the server hook inserts it as HTML (`$lib/server/chronology`), so
 * its entries are not serialised into the page a second time. The page loads the catalogue.
 */
export const load: PageServerLoad = ({ params }) => {
	const { shown, paged } = listed(events);
	return {
		bands: treatyBands(params.lang),
		eras: eras(params.lang),
		total: events.length,
		counts: countByLane(events),
		/** A long chronicle lists only its latest years, from `listed.first`. */
		paged: paged ? { years: yearCounts(events), listed: listedSpan(shown) } : null
	};
};
