import { buildCalendar } from '$lib/exports/ics';
import { exportInput, file, pairEntries } from '$lib/server/exports';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = pairEntries;

export const GET: RequestHandler = ({ url, params }) => {
	const { events, urls, generated, pair } = exportInput(url, params.pair);
	return file(buildCalendar(events, urls, generated, pair), 'ics');
};
