import { deriveStatus, firstYearOf, predecessorOf, successorOf } from '$lib/content/status';
import type { TreatyMilestone } from '$lib/content/treaties';
import { dictionaries, treatyLabel } from '$lib/i18n';
import { getEvent, sourceView, treaties } from '$lib/server/content';
import type { MilestoneView, TreatyView } from './types';
import type { PageServerLoad } from './$types';

/** The day the site is built: the strip runs to this year. */
const today = new Date().toISOString().slice(0, 10);
const strips = deriveStatus(treaties, { today });

export const load: PageServerLoad = ({ params }) => {
	const lang = params.lang;
	const milestone = (m: TreatyMilestone): MilestoneView => ({
		date: m.date,
		eventId: m.eventId,
		note: m.note?.[lang],
		until: m.until,
		earliest: m.earliest
	});
	const views: TreatyView[] = treaties.map((treaty) => ({
		id: treaty.id,
		pair: treaty.pair,
		name: treaty.name[lang],
		short: treaty.short[lang],
		label: treatyLabel(treaty.short[lang], treaty.signed.date, dictionaries[lang]),
		parties: treaty.parties,
		place: treaty.place[lang],
		pledge: treaty.pledge,
		term: treaty.term[lang],
		clauses: treaty.clauses.map((c) => ({
			article: c.article,
			text: c.text[lang],
			aid: c.aid,
			conditions: c.conditions?.[lang]
		})),
		signed: milestone(treaty.signed),
		inForce: treaty.inForce && milestone(treaty.inForce),
		extended: treaty.extended.map(milestone),
		ended: treaty.ended && milestone(treaty.ended),
		successor: successorOf(treaty, treaties)?.id,
		predecessor: predecessorOf(treaty, treaties)?.id,
		records: [...new Set(treaty.eventIds)].map((id) => {
			const event = getEvent(id)!;
			return {
				id,
				date: event.date,
				end: event.end,
				title: event.title[lang],
				certainty: event.certainty !== undefined,
				sources: event.sources.map((source) => sourceView(source, lang))
			};
		})
	}));
	return { treaties: views, strips, firstYear: firstYearOf(treaties), today };
};
