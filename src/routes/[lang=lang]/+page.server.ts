import { entryView, eras, events, treatyBands } from '$lib/server/content';
import type { Lang } from '$lib/content/schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	return {
		entries: events.map((event) => entryView(event, lang)),
		bands: treatyBands(lang),
		eras: eras(lang)
	};
};
