import { error } from '@sveltejs/kit';
import { entryView, eventsByYear } from '$lib/server/content';
import { yearEntries } from '../years';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = yearEntries;

/** One year's entries in full: a long chronicle's detail panel loads them for unlisted years. */
export const GET: RequestHandler = ({ params }) => {
	const group = eventsByYear.find((g) => g.year === Number(params.year));
	if (!group) error(404, 'No events in that year');
	return Response.json(group.items.map((event) => entryView(event, params.lang)));
};
