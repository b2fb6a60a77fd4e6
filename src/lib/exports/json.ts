/** `/events.json` and its pair versions: the documented open-data shape (docs/data.md). Pure. */
import { precisionOf, type Precision } from '../content/dates';
import {
	LANGS,
	type ChronicleEvent,
	type Correction,
	type Commentary,
	type Country,
	type Kind,
	type Lang,
	type Localized,
	type Pair,
	type Source,
	type SourceLang,
	type TreatyStep
} from '../content/schema';
import type { Treaty } from '../content/treaties';
import type { ExportInput, ExportUrls } from './model';

/** Bumped on any change to the shape: minor for added fields, major for removed or changed ones. */
export const SCHEMA_VERSION = '1.1';

interface ExportEvent {
	id: string;
	date: string;
	end: string | null;
	precision: Precision;
	endPrecision: Precision | null;
	certainty: Localized | null;
	countries: Country[];
	pairs: Pair[];
	kind: Kind;
	title: Localized;
	summary: Localized;
	sources: Source[];
	treaty: TreatyStep[];
	related: string[];
	commentary: string[];
	corrections: Correction[];
	canonical: Localized;
}

interface ExportCommentary {
	id: string;
	author: Localized;
	outlet: Localized;
	date: string;
	precision: Precision;
	url: string;
	lang: SourceLang;
	title: Localized;
	summary: Localized;
	quotes: { text: string; translation: Localized }[];
	events: string[];
	corrections: Correction[];
	canonical: Localized;
}

interface ExportTreaty {
	id: string;
	pair: Pair;
	parties: Country[];
	name: Localized;
	short: Localized;
	pledge: boolean;
	signed: string;
	inForce: string | null;
	extended: { date: string; until: string | null }[];
	ended: string | null;
	events: string[];
}

export interface EventsExport {
	version: string;
	generated: string;
	pair: Pair | null;
	site: Localized;
	counts: { events: number; commentary: number };
	events: ExportEvent[];
	commentary: ExportCommentary[];
	treaties: ExportTreaty[];
}

const localized = (fn: (lang: Lang) => string) =>
	Object.fromEntries(LANGS.map((lang) => [lang, fn(lang)])) as Localized;

/** A deep copy with `undefined` fields left out, exactly as `JSON.stringify` would write it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function exportEvent(
	event: ChronicleEvent,
	urls: ExportUrls,
	commentaryIds: string[]
): ExportEvent {
	return {
		id: event.id,
		date: event.date,
		end: event.end ?? null,
		precision: precisionOf(event.date),
		endPrecision: event.end ? precisionOf(event.end) : null,
		certainty: event.certainty ? { ...event.certainty } : null,
		countries: [...event.countries],
		pairs: [...event.pairs],
		kind: event.kind,
		title: { ...event.title },
		summary: { ...event.summary },
		sources: event.sources.map((s) => ({ ...s })),
		treaty: plain(event.treaty),
		related: [...event.related],
		commentary: commentaryIds,
		corrections: plain(event.corrections),
		canonical: localized((lang) => urls.event(lang, event.id))
	};
}

function exportCommentary(entry: Commentary, urls: ExportUrls): ExportCommentary {
	return {
		id: entry.id,
		author: { ...entry.author },
		outlet: { ...entry.outlet },
		date: entry.date,
		precision: precisionOf(entry.date),
		url: entry.url,
		lang: entry.lang,
		title: { ...entry.title },
		summary: { ...entry.summary },
		quotes: plain(entry.quotes),
		events: [...entry.events],
		corrections: plain(entry.corrections),
		canonical: localized((lang) => urls.commentary(lang, entry.id))
	};
}

function exportTreaty(treaty: Treaty): ExportTreaty {
	return {
		id: treaty.id,
		pair: treaty.pair,
		parties: [...treaty.parties],
		name: { ...treaty.name },
		short: { ...treaty.short },
		pledge: treaty.pledge,
		signed: treaty.signed.date,
		inForce: treaty.inForce?.date ?? null,
		extended: treaty.extended.map((m) => ({ date: m.date, until: m.until ?? null })),
		ended: treaty.ended?.date ?? null,
		events: [...treaty.eventIds]
	};
}

/** The whole export, or one pair's when the input has been narrowed with `forPair`. */
export function buildEventsJson(input: ExportInput): EventsExport {
	const discussedBy = new Map<string, string[]>();
	for (const entry of input.commentary) {
		for (const id of entry.events) discussedBy.set(id, [...(discussedBy.get(id) ?? []), entry.id]);
	}
	return {
		version: SCHEMA_VERSION,
		generated: input.generated,
		pair: input.pair ?? null,
		site: localized((lang) => input.urls.chronicle(lang)),
		counts: { events: input.events.length, commentary: input.commentary.length },
		events: input.events.map((e) => exportEvent(e, input.urls, discussedBy.get(e.id) ?? [])),
		commentary: input.commentary.map((c) => exportCommentary(c, input.urls)),
		treaties: input.treaties.map(exportTreaty)
	};
}
