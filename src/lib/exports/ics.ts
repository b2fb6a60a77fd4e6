/**
 * `/events.ics`: an iCalendar file (RFC 5545) with one all-day VEVENT per day-precise event; events
 * known only to the month or year are left out, since a calendar cannot show them honestly. Pure.
 */
import { endOf, precisionOf } from '../content/dates';
import type { ChronicleEvent, Pair } from '../content/schema';
import { feedName, type ExportUrls } from './model';

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines longer than 75 octets, excluding the line break, are folded. */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped; every line break becomes \n. */
export function escapeText(text: string): string {
	return text
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets; each continuation starts with a space
 * (which counts). Splits only between characters, never inside a UTF-8 sequence or surrogate pair.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > MAX_OCTETS) {
			parts.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(CRLF);
}

/** A UTC midnight as a DATE value, `YYYYMMDD`. */
function dateValue(date: Date): string {
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** An ISO 8601 timestamp as a UTC DATE-TIME value, `YYYYMMDDTHHMMSSZ`. */
export function dateTimeValue(iso: string): string {
	return new Date(iso)
		.toISOString()
		.replace(/\.\d{3}Z$/, 'Z')
		.replace(/[-:]/g, '');
}

/** Start and exclusive end of the all-day event: the day after `end`, or after `date`. */
export function allDayRange(event: Pick<ChronicleEvent, 'date' | 'end'>): {
	start: string;
	end: string;
} {
	return { start: event.date.replaceAll('-', ''), end: dateValue(endOf(event.end ?? event.date)) };
}

const isDayPrecise = (event: Pick<ChronicleEvent, 'date'>) => precisionOf(event.date) === 'day';

function eventUid(id: string): string {
	return `${id}@triangle-chronicle`;
}

function vevent(event: ChronicleEvent, urls: ExportUrls, stamp: string): string[] {
	const { start, end } = allDayRange(event);
	const description = [
		event.summary.ja,
		urls.event('ja', event.id),
		'',
		event.summary.en,
		urls.event('en', event.id)
	].join('\n');
	return [
		'BEGIN:VEVENT',
		`UID:${eventUid(event.id)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${start}`,
		`DTEND;VALUE=DATE:${end}`,
		`SUMMARY:${escapeText(`${event.title.ja} / ${event.title.en}`)}`,
		`DESCRIPTION:${escapeText(description)}`,
		`URL:${urls.event('ja', event.id)}`,
		`CATEGORIES:${escapeText(event.kind)}`,
		'TRANSP:TRANSPARENT',
		'END:VEVENT'
	];
}

/**
 * The calendar; `generated` (ISO 8601) becomes every DTSTAMP. With `pair` (events already narrowed
 * by `forPair`), it is named after that relationship.
 */
export function buildCalendar(
	events: readonly ChronicleEvent[],
	urls: ExportUrls,
	generated: string,
	pair?: Pair
): string {
	const stamp = dateTimeValue(generated);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Triangle Chronicle//Events 1.0//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(`${feedName('ja', pair)} / ${feedName('en', pair)}`)}`,
		...events.filter(isDayPrecise).flatMap((e) => vevent(e, urls, stamp)),
		'END:VCALENDAR'
	];
	return lines.map(foldLine).join(CRLF) + CRLF;
}
