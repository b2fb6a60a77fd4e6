import { LANGS, PAIRS, type Lang } from '$lib/content/vocabulary';
import { buildAtomFeed, feedEntries } from '$lib/exports/atom';
import { feedPath, pairPath } from '$lib/paths';
import { exportInput, file } from '$lib/server/exports';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The three relationships; the context lane has no feed of its own (see docs/data.md). */
export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => PAIRS.map((pair) => ({ lang, pair })));

export const GET: RequestHandler = ({ url, params }) => {
	const lang = params.lang as Lang;
	const input = exportInput(url, params.pair);
	// Set: exportInput answers 404 for the context lane, which is no pair.
	const pair = input.pair!;
	const feed = buildAtomFeed({
		lang,
		self: url.origin + feedPath(lang, pair),
		chronicle: url.origin + pairPath(lang, pair),
		entries: feedEntries(input, lang),
		pair
	});
	return file(feed, 'atom');
};
