import { LANGS } from '$lib/content/vocabulary';
import { buildAtomFeed, feedEntries } from '$lib/exports/atom';
import { feedPath } from '$lib/paths';
import { exportInput, file } from '$lib/server/exports';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ url, params }) => {
	const lang = params.lang;
	const input = exportInput(url);
	const feed = buildAtomFeed({
		lang,
		self: url.origin + feedPath(lang),
		chronicle: input.urls.chronicle(lang),
		entries: feedEntries(input, lang)
	});
	return file(feed, 'atom');
};
