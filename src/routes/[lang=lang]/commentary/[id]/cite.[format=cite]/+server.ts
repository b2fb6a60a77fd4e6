import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/vocabulary';
import { CITE_FORMATS, type CiteFormat } from '$lib/paths';
import { commentary, getCommentary } from '$lib/server/content';
import { citeResponse, reference } from '$lib/server/references';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) =>
		commentary.flatMap((entry) => CITE_FORMATS.map((format) => ({ lang, id: entry.id, format })))
	);

export const GET: RequestHandler = ({ params, url }) => {
	const entry = getCommentary(params.id);
	if (!entry) error(404, 'Commentary not found');
	return citeResponse(
		[reference('commentary', entry, params.lang, url.origin)],
		params.format as CiteFormat
	);
};
