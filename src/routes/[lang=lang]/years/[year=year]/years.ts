import { LANGS } from '$lib/content/vocabulary';
import { eventsByYear } from '$lib/server/content';

/** Every language and year with events: the year pages and their data files. */
export const yearEntries = () =>
	LANGS.flatMap((lang) => eventsByYear.map(({ year }) => ({ lang, year: String(year) })));
