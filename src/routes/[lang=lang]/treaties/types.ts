/** Plain data the treaties page gets from the server, already in the page's language. */
import type { Country, Pair } from '$lib/content/schema';
import type { SourceView } from '$lib/types';

export interface MilestoneView {
	date: string;
	eventId: string;
	note?: string;
	until?: string;
	earliest?: string;
}

interface ClauseView {
	article: string;
	text: string;
	aid: boolean;
	conditions?: string;
}

interface TreatyRecord {
	id: string;
	date: string;
	end?: string;
	title: string;
	certainty: boolean;
	sources: SourceView[];
}

export interface TreatyView {
	id: string;
	pair: Pair;
	name: string;
	short: string;
	/** Short name with the year of signing. */
	label: string;
	parties: Country[];
	place: string;
	pledge: boolean;
	term: string;
	clauses: ClauseView[];
	signed: MilestoneView;
	/** Undefined when no entry into force is recorded. */
	inForce?: MilestoneView;
	extended: MilestoneView[];
	ended?: MilestoneView;
	successor?: string;
	predecessor?: string;
	/** Every event that records a step of the treaty, in date order. */
	records: TreatyRecord[];
}
