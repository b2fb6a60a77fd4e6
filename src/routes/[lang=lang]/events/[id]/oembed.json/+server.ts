import { error } from '@sveltejs/kit';
import { embedSearch, oembed } from '$lib/embed';
import { LANGS, type Lang } from '$lib/content/vocabulary';
import { OG_HEIGHT, OG_WIDTH } from '$lib/og/meta';
import { chroniclePath, embedPath, ogImagePath } from '$lib/paths';
import { events, getEvent } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => events.map((event) => ({ lang, id: event.id })));

/** The oEmbed answer for an event: the embed centred on it (discovered from the event page). */
export const GET: RequestHandler = ({ url, params }) => {
	const lang = params.lang as Lang;
	const event = getEvent(params.id);
	if (!event) error(404, 'Unknown event');
	const search = embedSearch({ lanes: [], q: '', window: null, event: event.id });
	const answer = oembed({
		lang,
		src: url.origin + embedPath(lang) + search,
		title: event.title[lang],
		providerUrl: url.origin + chroniclePath(lang),
		thumbnail: { url: url.origin + ogImagePath(lang, event.id), width: OG_WIDTH, height: OG_HEIGHT }
	});
	return Response.json(answer);
};
