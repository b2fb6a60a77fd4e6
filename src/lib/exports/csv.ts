/**
 * `/events.csv`: RFC 4180 with CRLF line ends, UTF-8 with a byte-order mark so that spreadsheet
 * programs read Japanese correctly. Pure.
 */
import { precisionOf } from '../content/dates';
import type { ChronicleEvent } from '../content/schema';
import type { ExportUrls } from './model';

export const BOM = '\uFEFF';

export const EVENT_COLUMNS = [
	'id',
	'date',
	'end',
	'precision',
	'countries',
	'pairs',
	'kind',
	'title_ja',
	'title_en',
	'summary_ja',
	'summary_en',
	'certainty_ja',
	'certainty_en',
	'sources',
	'url_ja',
	'url_en'
] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection); OWASP adds
 * tab and carriage return. Such a field gets a leading apostrophe, which spreadsheets hide.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: formula-guarded, then quoted (quotes doubled) when it holds , " CR or LF. */
export function csvField(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Records joined with CRLF, each ending with CRLF, after a byte-order mark. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return BOM + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function eventRow(event: ChronicleEvent, urls: ExportUrls): string[] {
	const row: Record<(typeof EVENT_COLUMNS)[number], string> = {
		id: event.id,
		date: event.date,
		end: event.end ?? '',
		precision: precisionOf(event.date),
		countries: event.countries.join(' '),
		pairs: event.pairs.join(' '),
		kind: event.kind,
		title_ja: event.title.ja,
		title_en: event.title.en,
		summary_ja: event.summary.ja,
		summary_en: event.summary.en,
		certainty_ja: event.certainty?.ja ?? '',
		certainty_en: event.certainty?.en ?? '',
		// Space separates the URLs, so a space inside one is percent-encoded.
		sources: event.sources.map((s) => s.url.replaceAll(' ', '%20')).join(' '),
		url_ja: urls.event('ja', event.id),
		url_en: urls.event('en', event.id)
	};
	return EVENT_COLUMNS.map((column) => row[column]);
}

/** A header row, then one row per event in the order given. */
export function eventsCsv(events: readonly ChronicleEvent[], urls: ExportUrls): string {
	return toCsv([[...EVENT_COLUMNS], ...events.map((e) => eventRow(e, urls))]);
}
