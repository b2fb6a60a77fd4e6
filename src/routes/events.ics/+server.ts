import { buildCalendar } from '$lib/exports/ics';
import { exportInput, file } from '$lib/server/exports';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) => {
	const { events, urls, generated } = exportInput(url);
	return file(buildCalendar(events, urls, generated), 'ics');
};
