import { listedSpan, yearCounts } from '$lib/chronology';
import { LANGS } from '$lib/content/vocabulary';
import { periodInForce } from '$lib/content/treaties';
import { countByLane, isVisible } from '$lib/filter';
import { entryView, events, listed, treaties } from '$lib/server/content';
import { LANES } from '$lib/content/lanes';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LANGS.flatMap((lang) => LANES.map((pair) => ({ lang, pair })));

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang;
	const lane = params.pair;
	const own = events.filter((e) => isVisible(e, [lane]));
	// Like the chronicle: past LIST_LIMIT, the latest years here and every year on its own page.
	const { shown, paged } = listed(own);
	return {
		lane,
		counts: countByLane(events),
		total: own.length,
		entries: shown.map((e) => entryView(e, lang)),
		years: paged ? yearCounts(events) : null,
		listed: listedSpan(shown),
		treaties: treaties
			.filter((t) => t.pair === lane)
			.map((t) => ({ id: t.id, name: t.short[lang], pledge: t.pledge, ...periodInForce(t) }))
	};
};
