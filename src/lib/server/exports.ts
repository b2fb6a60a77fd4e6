/**
 * Feeds the pure export builders (`$lib/exports`) from the content module: published events only,
 * and absolute URLs from the request's origin (SITE_URL when prerendering) plus the base path.
 */
import { error } from '@sveltejs/kit';
import { PAIRS } from '../content/vocabulary';
import { forPair, type ExportInput, type ExportUrls } from '../exports/model';
import { chroniclePath, commentaryPath, eventPath } from '../paths';
import { commentary, events, treaties } from './content';

/** Drafts never leave the site, even in `npm run dev` where the chronicle shows them. */
const published = events.filter((e) => !e.draft);

export function exportUrls(origin: string): ExportUrls {
	return {
		event: (lang, id) => origin + eventPath(lang, id),
		commentary: (lang, id) => origin + commentaryPath(lang, id),
		chronicle: (lang) => origin + chroniclePath(lang)
	};
}

/** Build time; `SOURCE_DATE_EPOCH` (seconds) pins it for reproducible builds. */
export function generatedAt(): string {
	const epoch = Number(process.env.SOURCE_DATE_EPOCH);
	return (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString();
}

/** Everything the builders need; narrowed to one pair when `pair` is given (404 if unknown). */
export function exportInput(url: URL, pair?: string): ExportInput {
	const input: ExportInput = {
		events: published,
		commentary,
		treaties,
		urls: exportUrls(url.origin),
		generated: generatedAt()
	};
	if (pair === undefined) return input;
	const known = PAIRS.find((p) => p === pair);
	if (!known) error(404, 'Unknown pair');
	return forPair(input, known);
}

export const pairEntries = () => PAIRS.map((pair) => ({ pair }));

export const TYPES = {
	json: 'application/json; charset=utf-8',
	csv: 'text/csv; charset=utf-8; header=present',
	atom: 'application/atom+xml; charset=utf-8',
	ics: 'text/calendar; charset=utf-8'
} as const;

export function file(body: string, type: keyof typeof TYPES): Response {
	return new Response(body, { headers: { 'content-type': TYPES[type] } });
}
