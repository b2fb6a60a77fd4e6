import { buildEventsJson } from '$lib/exports/json';
import { exportInput, file, pairEntries } from '$lib/server/exports';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = pairEntries;

export const GET: RequestHandler = ({ url, params }) =>
	file(`${JSON.stringify(buildEventsJson(exportInput(url, params.pair)), null, '\t')}\n`, 'json');
