import { commentary, commentaryRef } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang;
	// Newest first, as readers expect of commentary.
	return {
		items: [...commentary]
			.reverse()
			.map((entry) => ({ ...commentaryRef(entry, lang), summary: entry.summary[lang] }))
	};
};
