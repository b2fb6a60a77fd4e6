import { error } from '@sveltejs/kit';
import { entryView, eventsByYear } from '$lib/server/content';
import { yearEntries } from './years';
import type { EntryGenerator, PageServerLoad } from './$types';
import { dictionaries } from '$lib/i18n';

export const entries: EntryGenerator = yearEntries;

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang;
	const year = Number(params.year);
	const index = eventsByYear.findIndex((group) => group.year === year);
	if (index === -1) error(404, dictionaries[lang].notFound.year);
	return {
		year,
		entries: eventsByYear[index].items.map((event) => entryView(event, lang)),
		previous: eventsByYear[index - 1]?.year,
		next: eventsByYear[index + 1]?.year
	};
};
