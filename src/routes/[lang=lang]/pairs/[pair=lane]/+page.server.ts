import { LANGS, type Lang } from '$lib/content/vocabulary';
import { periodInForce } from '$lib/content/treaties';
import { countByLane, isVisible } from '$lib/filter';
import { entryView, events, treaties } from '$lib/server/content';
import { LANES, type Lane } from '$lib/timeline/lanes';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => LANES.map((pair) => ({ lang, pair })));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang as Lang;
	const lane = params.pair as Lane;
	return {
		lane,
		counts: countByLane(events),
		entries: events.filter((e) => isVisible(e, [lane])).map((e) => entryView(e, lang)),
		treaties: treaties
			.filter((t) => t.pair === lane)
			.map((t) => ({ id: t.id, name: t.short[lang], pledge: t.pledge, ...periodInForce(t) }))
	};
};
