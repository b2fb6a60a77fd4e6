import { isVisible } from '$lib/filter';
import { events } from '$lib/server/content';
import { citeEntries, citeResponse } from '$lib/server/references';
import { LANES } from '$lib/content/lanes';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The bibliography of one lane's events, as the chronicle filtered to that lane lists them. */
export const entries: EntryGenerator = () => citeEntries(LANES.map((pair) => ({ pair })));

export const GET: RequestHandler = ({ params, url }) =>
	citeResponse(
		'event',
		events.filter((event) => isVisible(event, [params.pair])),
		params,
		url.origin
	);
