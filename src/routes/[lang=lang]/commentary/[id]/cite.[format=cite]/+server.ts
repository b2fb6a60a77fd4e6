import { commentary, getCommentary } from '$lib/server/content';
import { citeEntries, citePage } from '$lib/server/references';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => citeEntries(commentary.map(({ id }) => ({ id })));

export const GET: RequestHandler = ({ params, url }) =>
	citePage('commentary', getCommentary(params.id), params, url.origin);
