import { buildEventsJson } from '$lib/exports/json';
import { exportInput, file } from '$lib/server/exports';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = ({ url }) =>
	file(`${JSON.stringify(buildEventsJson(exportInput(url)), null, '\t')}\n`, 'json');
