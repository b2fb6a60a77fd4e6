import { eventsCsv } from '$lib/exports/csv';
import { exportInput, file, pairEntries } from '$lib/server/exports';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = pairEntries;

export const GET: RequestHandler = ({ url, params }) => {
	const { events, urls } = exportInput(url, params.pair);
	return file(eventsCsv(events, urls), 'csv');
};
