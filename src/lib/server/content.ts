/**
 * The one server-only content module: reads, validates, sorts and indexes the events and commentary
 * once, at module scope. Routes only look things up here.
 */
import { dev } from '$app/environment';
import type { ChronicleEvent, Commentary, Lang, Source } from '../content/schema';
import { validateContent } from '../content/validate';
import { byDate, comparePartialDates } from '../content/dates';
import { deriveTreaties, periodInForce, type Treaty } from '../content/treaties';
import { dictionaries } from '../i18n';
import { formatDate, formatDateRange } from '../format';
import { groupByYear, latestYearsStart } from '../chronology';
import type {
	CatalogueEntry,
	CommentaryRef,
	EntryView,
	EraView,
	SourceView,
	TreatyBand,
	TreatyStepView
} from '../types';
import { readContentFiles } from './files';
import { renderMarkdown } from './markdown';
import { commentaryPath, eventPath } from '../paths';

class ContentError extends Error {
	constructor(readonly issues: string[]) {
		super(
			`The content has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${issues.join('\n')}`
		);
		this.name = 'ContentError';
	}
}

const result = validateContent(readContentFiles());
if (result.issues.length > 0) throw new ContentError(result.issues);

/** Published events in date order (drafts only show in `npm run dev`). */
export const events: ChronicleEvent[] = result.events.filter((e) => dev || !e.draft).sort(byDate);
export const commentary: Commentary[] = [...result.commentary].sort(byDate);
export const treaties: Treaty[] = deriveTreaties(events);

/**
 * Most events the chronicle page lists in full. A longer chronicle lists only its latest years
 * and links every year's own page, so the page stays small at 10,000 events (see
 * docs/performance.md). The e2e suite sets `LIST_LIMIT` low to page the real content.
 */
const LIST_LIMIT = listLimit(process.env.LIST_LIMIT);

function listLimit(value: string | undefined): number {
	if (value === undefined) return 200;
	const limit = Number(value);
	if (!Number.isInteger(limit) || limit < 1)
		throw new Error(`LIST_LIMIT: expected a whole number above 0, found ${JSON.stringify(value)}`);
	return limit;
}

/**
 * What a chronology page lists of `list`: all of it, or past `LIST_LIMIT` its latest whole years
 * (`paged`), the earlier ones being on the year pages and, with JavaScript, in the catalogue.
 */
export function listed<T extends { date: string }>(
	list: readonly T[]
): { shown: T[]; paged: boolean } {
	const paged = list.length > LIST_LIMIT;
	return { shown: list.slice(paged ? latestYearsStart(list, LIST_LIMIT) : 0), paged };
}

/** Events grouped under their start year, in date order. */
export const eventsByYear = groupByYear(events);

const eventIndex = new Map(events.map((e, i) => [e.id, i]));
const commentaryIndex = new Map(commentary.map((c) => [c.id, c]));
const commentaryByEvent = new Map<string, Commentary[]>();
for (const entry of commentary) {
	for (const id of entry.events)
		commentaryByEvent.set(id, [...(commentaryByEvent.get(id) ?? []), entry]);
}

export function markdown(source: string, lang: Lang): string {
	return renderMarkdown(source, lang, (kind, id, l: Lang) =>
		kind === 'event' ? eventPath(l, id) : commentaryPath(l, id)
	);
}

export function getEvent(id: string): ChronicleEvent | undefined {
	const i = eventIndex.get(id);
	return i === undefined ? undefined : events[i];
}

export function neighbours(id: string): { previous?: ChronicleEvent; next?: ChronicleEvent } {
	const i = eventIndex.get(id)!;
	return { previous: events[i - 1], next: events[i + 1] };
}

export function getCommentary(id: string): Commentary | undefined {
	return commentaryIndex.get(id);
}

export function commentaryRef(entry: Commentary, lang: Lang): CommentaryRef {
	return {
		id: entry.id,
		title: entry.title[lang],
		author: entry.author[lang],
		outlet: entry.outlet[lang],
		date: entry.date
	};
}

export function commentaryFor(eventId: string): Commentary[] {
	return commentaryByEvent.get(eventId) ?? [];
}

export function sourceView(source: Source, lang: Lang): SourceView {
	return { ...source, when: formatDate(source.date, lang) };
}

export function catalogueEntry(event: ChronicleEvent, lang: Lang): CatalogueEntry {
	return {
		id: event.id,
		date: event.date,
		end: event.end,
		when: formatDateRange(event.date, event.end, lang),
		title: event.title[lang],
		pairs: event.pairs,
		// Where sources disagree on a treaty step, the earliest date any of them gives.
		earliest: event.treaty
			.map((step) => step.earliest)
			.filter((date) => date !== undefined)
			.sort(comparePartialDates)[0]
	};
}

export function entryView(event: ChronicleEvent, lang: Lang): EntryView {
	const brief = catalogueEntry(event, lang);
	return {
		...brief,
		earliestWhen: brief.earliest && formatDate(brief.earliest, lang),
		summary: event.summary[lang],
		certainty: event.certainty?.[lang],
		countries: event.countries,
		kind: event.kind,
		sources: event.sources.map((source) => sourceView(source, lang)),
		commentary: commentaryFor(event.id).map((c) => commentaryRef(c, lang))
	};
}

export function treatySteps(event: ChronicleEvent, lang: Lang): TreatyStepView[] {
	return event.treaty.map((step) => {
		const treaty = treaties.find((t) => t.id === step.id)!;
		return {
			treatyId: step.id,
			action: step.action,
			name: treaty.name[lang],
			short: treaty.short[lang],
			note: step.note?.[lang],
			until: step.until
		};
	});
}

export function treatyBands(lang: Lang): TreatyBand[] {
	return treaties.map((treaty) => {
		const { start, end } = periodInForce(treaty);
		return {
			treatyId: treaty.id,
			pair: treaty.pair,
			label: treaty.short[lang],
			start,
			end,
			pledge: treaty.pledge
		};
	});
}

export function eras(lang: Lang): EraView[] {
	const { eras } = dictionaries[lang];
	return [
		{ id: 'cold-war', label: eras.coldWar, start: '1945-09-02', end: '1991-12-26' },
		{
			id: 'post-soviet',
			label: eras.postSoviet,
			start: '1991-12-26',
			end: '2022-02-24'
		},
		{ id: 'ukraine-war', label: eras.ukraineWar, start: '2022-02-24' }
	];
}
