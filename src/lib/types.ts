/** Plain data the server hands to pages, already in the page's language. */
import type { Country, Kind, Pair, SourceLang, TreatyAction } from './content/schema';

export interface SourceView {
	title: string;
	publisher: string;
	date: string;
	url: string;
	lang: SourceLang;
	/** `date` as shown: formatted on the server, so the chronicle ships no date library. */
	when: string;
}

export interface CommentaryRef {
	id: string;
	title: string;
	author: string;
	outlet: string;
	date: string;
}

/** One entry of the chronology list (and of the detail panel). */
export interface EntryView {
	id: string;
	date: string;
	end?: string;
	/** `date`–`end` as shown, formatted on the server. */
	when: string;
	/** Where sources disagree, the earliest date they give; and as shown. */
	earliest?: string;
	earliestWhen?: string;
	title: string;
	summary: string;
	certainty?: string;
	countries: Country[];
	pairs: Pair[];
	kind: Kind;
	sources: SourceView[];
	commentary: CommentaryRef[];
}

/** What a long chronicle loads for every event: enough for the timeline, filters and search hits. */
export type CatalogueEntry = Pick<
	EntryView,
	'id' | 'date' | 'end' | 'earliest' | 'when' | 'title' | 'pairs'
>;

/** A treaty's time in force, drawn as a band in its pair's lane. */
export interface TreatyBand {
	treatyId: string;
	pair: Pair;
	label: string;
	start: string;
	/** Open end: still in force. */
	end?: string;
	pledge: boolean;
}

export interface EraView {
	id: string;
	label: string;
	start: string;
	end?: string;
}

export interface TreatyStepView {
	treatyId: string;
	action: TreatyAction;
	name: string;
	short: string;
	note?: string;
	until?: string;
}

/** One change to a content file: its commit date (`YYYY-MM-DD`) and subject line. */
export interface Revision {
	date: string;
	subject: string;
}

/** A content file's revision history (src/lib/server/history.ts). */
export interface History {
	published: string;
	changed: string;
	/** Newest first. */
	revisions: Revision[];
}
