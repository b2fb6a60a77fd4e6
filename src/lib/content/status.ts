/**
 * The treaty status strip: for each pair and each year, whether a treaty with a mutual
 * military-assistance pledge was in force, only a treaty without one, or none of the treaties we
 * record. Derived from the treaty steps on events, never drawn by hand. Pure.
 *
 * How a year counts:
 * - A treaty is in force from its entry into force (its signing, when no entry into force is
 *   recorded) until the day its end takes effect; that day already belongs to whatever replaces it,
 *   so a same-day replacement (2024-12-04) leaves no gap. A date known only to the month or year
 *   counts from its first day.
 * - `phases` lists every status the pair had during the year, in order, so a change within a year
 *   is never averaged away: 1996 is pledge → none for Russia–North Korea, 2024 is plain → pledge.
 * - `status` is the last of them: the status at the end of the year, or today for the current year.
 * - `uncertain` marks a year in which the status rests on a date the sources disagree on:
 *   - from the earliest date a step's sources give (`earliest`, explained by the event's certainty
 *     note) to the date we use: the lapse of the Soviet treaty (1995–1996), the end of the extended
 *     Sino–Russian term (2026–2027);
 *   - the signing year of a treaty whose entry into force is not recorded (the 2000 treaty): we
 *     count it from its signing, but it may have come into force later;
 *   - every year after a treaty's last recorded term has run out with no step recording what
 *     followed.
 *   Certainty notes about a single day (4 or 5 December 2024) do not change any year and so do not
 *   mark one.
 */
import { firstDay, lastDay } from './dates';
import { PAIRS, type Pair } from './vocabulary';
import { periodInForce, type Treaty, type TreatyMilestone } from './treaties';

export const STATUSES = ['pledge', 'plain', 'none'] as const;
export type Status = (typeof STATUSES)[number];

export interface YearStatus {
	year: number;
	/** Status at the end of the year (today, for the current year): the last of `phases`. */
	status: Status;
	/** Every status the pair had during the year, in order, without repeats. */
	phases: Status[];
	/** Ids of the treaties in force at some point of the year, in order of signing. */
	inForce: string[];
	uncertain: boolean;
	/** Ids of the treaties whose disputed or unrecorded dates make the year uncertain. */
	uncertainBecause: string[];
}

export interface PairStatus {
	pair: Pair;
	years: YearStatus[];
}

/** Consecutive years with the same phases, treaties and certainty, for tables and lists. */
export interface StatusRun extends Omit<YearStatus, 'year'> {
	from: number;
	to: number;
}

/** The year the first treaty was signed: where the status strips begin. */
export const firstYearOf = (treaties: readonly Treaty[]) =>
	Math.min(...treaties.map((treaty) => yearOf(treaty.signed.date)));

const yearOf = (date: string) => Number(date.slice(0, 4));

interface Period {
	treaty: Treaty;
	start: string;
	end?: string;
}

function periodOf(treaty: Treaty): Period {
	const { start, end } = periodInForce(treaty);
	return { treaty, start: firstDay(start), end: end && firstDay(end) };
}

const inForceOn = (period: Period, day: string) =>
	period.start <= day && (period.end === undefined || day < period.end);

function statusOf(periods: Period[]): Status {
	if (periods.some((p) => p.treaty.pledge)) return 'pledge';
	return periods.length > 0 ? 'plain' : 'none';
}

/** Whether a treaty's part in a year's status may be wrong, by the rules in the module comment. */
function uncertainIn(treaty: Treaty): (year: number, end: string) => boolean {
	const windows: [number, number][] = [];
	const disputed = (milestone: TreatyMilestone | undefined, date = milestone?.date) => {
		if (milestone?.earliest && date) windows.push([yearOf(milestone.earliest), yearOf(date)]);
	};
	disputed(treaty.inForce ?? treaty.signed);
	disputed(treaty.ended);
	for (const extension of treaty.extended) disputed(extension, extension.until);
	if (!treaty.inForce) windows.push([yearOf(treaty.signed.date), yearOf(treaty.signed.date)]);
	const until = treaty.extended.at(-1)?.until;
	const ranOut = !treaty.ended && until ? firstDay(until) : undefined;
	return (year, end) =>
		windows.some(([from, to]) => from <= year && year <= to) ||
		(ranOut !== undefined && end >= ranOut);
}

/**
 * The status of every pair, for every year from `from` (the first signing) to the year of `today`
 * (`YYYY-MM-DD`). Steps dated after today are not counted yet.
 */
export function deriveStatus(
	treaties: readonly Treaty[],
	{ today, from = firstYearOf(treaties) }: { today: string; from?: number }
): PairStatus[] {
	const last = yearOf(today);
	return PAIRS.map((pair) => {
		const periods = treaties.filter((t) => t.pair === pair).map(periodOf);
		const doubts = periods.map((p) => ({ id: p.treaty.id, test: uncertainIn(p.treaty) }));
		const changes = [...new Set(periods.flatMap((p) => (p.end ? [p.start, p.end] : [p.start])))];
		const years: YearStatus[] = [];
		for (let year = from; year <= last; year++) {
			const first = firstDay(String(year));
			const end = year === last ? today : lastDay(String(year));
			const days = [first, ...changes.filter((day) => day > first && day <= end)].sort();
			const phases: Status[] = [];
			const inForce = new Set<string>();
			for (const day of days) {
				const current = periods.filter((p) => inForceOn(p, day));
				for (const p of current) inForce.add(p.treaty.id);
				const status = statusOf(current);
				if (phases.at(-1) !== status) phases.push(status);
			}
			const uncertainBecause = doubts.filter((d) => d.test(year, end)).map((d) => d.id);
			years.push({
				year,
				status: phases.at(-1)!,
				phases,
				inForce: periods.map((p) => p.treaty.id).filter((id) => inForce.has(id)),
				uncertain: uncertainBecause.length > 0,
				uncertainBecause
			});
		}
		return { pair, years };
	});
}

/** Groups consecutive years that read the same: 1962–1994 pledge, 1995 pledge (uncertain), … */
export function statusRuns(years: readonly YearStatus[]): StatusRun[] {
	const key = (y: YearStatus) =>
		JSON.stringify([y.phases, y.inForce, y.uncertain, y.uncertainBecause]);
	const runs: StatusRun[] = [];
	for (const { year, ...rest } of years) {
		const previous = runs.at(-1);
		if (
			previous &&
			previous.to === year - 1 &&
			key({ year, ...rest }) === key({ ...previous, year })
		)
			previous.to = year;
		else runs.push({ from: year, to: year, ...rest });
	}
	return runs;
}

/**
 * The treaty that took over from an ended one: same pair, in force from the day the other ended
 * (the 2024 treaty for the 2000 one). Undefined when a gap followed (the 1961 Soviet treaty).
 */
export function successorOf(treaty: Treaty, treaties: readonly Treaty[]): Treaty | undefined {
	if (!treaty.ended) return undefined;
	const end = firstDay(treaty.ended.date);
	return treaties.find(
		(t) => t.id !== treaty.id && t.pair === treaty.pair && periodOf(t).start === end
	);
}

/** The treaty an ended one was replaced by, seen from the newer treaty. */
export function predecessorOf(treaty: Treaty, treaties: readonly Treaty[]): Treaty | undefined {
	return treaties.find((t) => successorOf(t, treaties)?.id === treaty.id);
}
