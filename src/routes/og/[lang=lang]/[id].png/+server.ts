import { error } from '@sveltejs/kit';
import { LANGS } from '$lib/content/vocabulary';
import { cardInputOf, eventCard } from '$lib/og/template';
import { events, getEvent } from '$lib/server/content';
import { cardResponse } from '$lib/server/og';
import type { EntryGenerator, RequestHandler } from './$types';

/** One preview card per event and language, written to `build/og/<lang>/<id>.png`. */
export const prerender = true;

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => events.map((event) => ({ lang, id: event.id })));

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang;
	const event = getEvent(params.id);
	if (!event) error(404, 'No such event');
	return cardResponse(eventCard(cardInputOf(event, lang)));
};
