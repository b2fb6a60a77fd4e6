/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, the form giving the precision. Pure helpers shared
 * by the schema, the formatters and the timeline.
 */
export type Precision = 'year' | 'month' | 'day';

export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

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

/** The first day a partial date covers, `YYYY-MM-DD` (`1996-09` → `1996-09-01`; compares as text). */
export function firstDay(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}`;
}

/** The last day a partial date covers, `YYYY-MM-DD` (`1996-09` → `1996-09-30`, `2024` → `2024-12-31`). */
export function lastDay(date: string): string {
	const [y, m = '12', d] = date.split('-');
	return `${y}-${m}-${d ?? utc(Number(y), Number(m), 0).getUTCDate()}`;
}

/** Year, month (1–12) and day of a `YYYY-MM-DD` date. */
const numbers = (day: string) => day.split('-').map(Number) as [number, number, number];

/** First instant covered by a partial date, as a UTC midnight. */
export function startOf(date: string): Date {
	const [y, m, d] = numbers(firstDay(date));
	return utc(y, m - 1, d);
}

/** The instant just after the last day covered by a partial date. */
export function endOf(date: string): Date {
	const [y, m, d] = numbers(lastDay(date));
	return utc(y, m - 1, d + 1);
}

/** Orders by start, then the less precise first (a month sorts before the days in it). */
export function comparePartialDates(a: string, b: string): number {
	const diff = startOf(a).getTime() - startOf(b).getTime();
	return diff !== 0 ? diff : a.length - b.length;
}

/** The chronicle's order: by date (a month before its days), then by id. */
export const byDate = (a: { date: string; id: string }, b: { date: string; id: string }) =>
	comparePartialDates(a.date, b.date) || a.id.localeCompare(b.id);

/** Last day of the Soviet Union: RU is shown as the USSR for anything before 1991-12-26. */
export const USSR_END = '1991-12-26';

export function isSovietEra(date: string): boolean {
	return startOf(date).getTime() < startOf(USSR_END).getTime();
}
