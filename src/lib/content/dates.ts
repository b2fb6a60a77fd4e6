/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the form giving the precision. Pure helpers shared
 * by the schema, the formatters and the timeline.
 */
export type Precision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(date: string): Precision {
	const parts = date.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** True for a real calendar date in one of the three forms (2023-02-29 is not). */
export function isValidPartialDate(value: string): boolean {
	const match = PARTIAL_DATE.exec(value);
	if (!match) return false;
	const [, y, m, d] = match;
	if (m === undefined) return true;
	const month = Number(m);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	return day >= 1 && day <= utc(Number(y), month, 0).getUTCDate();
}

/** UTC midnight of a day; unlike Date.UTC, years 0–99 stay as written. */
function utc(year: number, monthIndex: number, day: number): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date;
}

/** First instant covered by a partial date, as a UTC midnight. */
export function startOf(date: string): Date {
	const [y, m = 1, d = 1] = date.split('-').map(Number);
	return utc(y, m - 1, d);
}

/** The instant just after the last day covered by a partial date. */
export function endOf(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	if (m === undefined) return utc(y + 1, 0, 1);
	if (d === undefined) return utc(y, m, 1);
	return utc(y, m - 1, d + 1);
}

/** Orders by start, then the less precise first (a month sorts before the days in it). */
export function comparePartialDates(a: string, b: string): number {
	const diff = startOf(a).getTime() - startOf(b).getTime();
	return diff !== 0 ? diff : a.length - b.length;
}

/** Last day of the Soviet Union: RU is shown as the USSR for anything before 1991-12-26. */
export const USSR_END = '1991-12-26';

export function isSovietEra(date: string): boolean {
	return startOf(date).getTime() < startOf(USSR_END).getTime();
}
