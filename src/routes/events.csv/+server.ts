import { eventsCsv } from '$lib/exports/csv';
import { exportInput, file } from '$lib/server/exports';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) => {
	const { events, urls } = exportInput(url);
	return file(eventsCsv(events, urls), 'csv');
};
