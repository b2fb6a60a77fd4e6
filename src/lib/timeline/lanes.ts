/** Lanes of the timeline and the items placed in them. Pure, so it is unit-tested without a browser. */
import { lanesOf, type Lane } from '../content/lanes';
import type { Pair } from '../content/vocabulary';
import type { EraView, TreatyBand } from '../types';

/** The slim per-event data the timeline needs (no bodies). */
export interface TimelineEvent {
	id: string;
	date: string;
	end?: string;
	/** Where sources disagree, the earliest date they give. */
	earliest?: string;
	title: string;
	pairs: Pair[];
}

export type ItemSpec =
	| {
			kind: 'event';
			id: string;
			eventId: string;
			lane: Lane;
			start: string;
			end?: string;
			earliest?: string;
			label: string;
	  }
	| {
			kind: 'band';
			id: string;
			lane: Lane;
			start: string;
			end?: string;
			label: string;
			pledge: boolean;
	  }
	| { kind: 'era'; id: string; start: string; end?: string; label: string };

export const itemId = (eventId: string, lane: Lane) => `${eventId}@${lane}`;
export const eventIdOf = (itemId: string) => itemId.slice(0, itemId.lastIndexOf('@'));

export function buildItems(
	events: readonly TimelineEvent[],
	bands: readonly TreatyBand[],
	eras: readonly EraView[]
): ItemSpec[] {
	const items: ItemSpec[] = [];
	for (const event of events) {
		for (const lane of lanesOf(event)) {
			items.push({
				kind: 'event',
				id: itemId(event.id, lane),
				eventId: event.id,
				lane,
				start: event.date,
				end: event.end,
				earliest: event.earliest,
				label: event.title
			});
		}
	}
	for (const band of bands) {
		items.push({
			kind: 'band',
			id: `treaty:${band.treatyId}`,
			lane: band.pair,
			start: band.start,
			end: band.end,
			label: band.label,
			pledge: band.pledge
		});
	}
	for (const era of eras)
		items.push({
			kind: 'era',
			id: `era:${era.id}`,
			start: era.start,
			end: era.end,
			label: era.label
		});
	return items;
}
