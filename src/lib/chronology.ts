/** Grouping and stepping through the chronology. Pure. */
/** Entries (already in date order) grouped under their start year. */
export function groupByYear<T extends { date: string }>(
	entries: readonly T[]
): { year: number; items: T[] }[] {
	const groups: { year: number; items: T[] }[] = [];
	for (const entry of entries) {
		const year = Number(entry.date.slice(0, 4));
		const last = groups.at(-1);
		if (last?.year === year) last.items.push(entry);
		else groups.push({ year, items: [entry] });
	}
	return groups;
}

/** The id `step` places after (or before, when negative) `current` among `ids`; the ends stop. */
export function step(ids: readonly string[], current: string | null, delta: 1 | -1): string | null {
	if (ids.length === 0) return null;
	const index = current === null ? -1 : ids.indexOf(current);
	if (index === -1) return delta === 1 ? ids[0] : ids[ids.length - 1];
	return ids[Math.min(ids.length - 1, Math.max(0, index + delta))];
}

/** How many entries (already in date order) each year has, in order. */
export function yearCounts(
	entries: readonly { date: string }[]
): { year: number; count: number }[] {
	return groupByYear(entries).map(({ year, items }) => ({ year, count: items.length }));
}

/**
 * Where the latest whole years that fit in `limit` entries begin, as an index into `entries`
 * (date order). At least the last year is included, however long it is.
 */
export function latestYearsStart(entries: readonly { date: string }[], limit: number): number {
	const years = groupByYear(entries);
	let start = entries.length;
	for (let i = years.length - 1; i >= 0; i--) {
		const size = years[i].items.length;
		if (start < entries.length && entries.length - start + size > limit) break;
		start -= size;
	}
	return start;
}

/** The first and last dates of a list (in date order) and its length, for a long list's index. */
export function listedSpan(entries: readonly { date: string }[]): {
	first: string;
	last: string;
	count: number;
} {
	return { first: entries[0]?.date ?? '', last: entries.at(-1)?.date ?? '', count: entries.length };
}
