/** Treaties derived from the `treaty` steps on events: life cycle, bands for the timeline. Pure. */
import type { ChronicleEvent, Clause, Country, Localized, Pair } from './schema';

export interface TreatyMilestone {
	date: string;
	eventId: string;
	note?: Localized;
	until?: string;
	/** Earliest date the sources give, where they disagree (see TreatyStep.earliest). */
	earliest?: string;
}

export interface Treaty {
	id: string;
	name: Localized;
	short: Localized;
	parties: Country[];
	pair: Pair;
	place: Localized;
	pledge: boolean;
	term: Localized;
	clauses: Clause[];
	signed: TreatyMilestone;
	/** Entry into force: an event, or the date given on the signing step (eventId is then the signing). */
	inForce?: TreatyMilestone;
	extended: TreatyMilestone[];
	ended?: TreatyMilestone;
	/** Ids of every event that records a step, in date order. */
	eventIds: string[];
	/** Whether any of those events carries a certainty note. */
	uncertain: boolean;
}

export function pairOf(parties: readonly string[]): Pair {
	return parties
		.map((c) => c.toLowerCase())
		.sort()
		.join('-') as Pair;
}

/** Events must be sorted by date. */
export function deriveTreaties(events: readonly ChronicleEvent[]): Treaty[] {
	const byId = new Map<string, Treaty>();
	for (const event of events) {
		for (const step of event.treaty) {
			if (step.action !== 'signed') continue;
			byId.set(step.id, {
				id: step.id,
				name: step.name,
				short: step.short,
				parties: step.parties,
				pair: pairOf(step.parties),
				place: step.place,
				pledge: step.pledge,
				term: step.term,
				clauses: step.clauses,
				signed: { date: event.date, eventId: event.id, note: step.note, earliest: step.earliest },
				inForce: step.inForce ? { date: step.inForce, eventId: event.id } : undefined,
				extended: [],
				eventIds: [],
				uncertain: false
			});
		}
	}
	for (const event of events) {
		for (const step of event.treaty) {
			const treaty = byId.get(step.id);
			if (!treaty) continue;
			treaty.eventIds.push(event.id);
			if (event.certainty) treaty.uncertain = true;
			const milestone = {
				date: event.date,
				eventId: event.id,
				note: step.note,
				until: step.until,
				earliest: step.earliest
			};
			if (step.action === 'in-force') treaty.inForce = milestone;
			else if (step.action === 'extended') treaty.extended.push(milestone);
			else if (step.action === 'ended') treaty.ended = milestone;
		}
	}
	return [...byId.values()].sort((a, b) => a.signed.date.localeCompare(b.signed.date));
}

/** When a treaty was in force: from entry into force (or signing, when unknown) to its end, or open. */
export function periodInForce(treaty: Treaty): {
	start: string;
	end?: string;
	startKnown: boolean;
} {
	return {
		start: treaty.inForce?.date ?? treaty.signed.date,
		end: treaty.ended?.date,
		startKnown: treaty.inForce !== undefined
	};
}
