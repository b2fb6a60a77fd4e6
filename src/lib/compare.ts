/** The treaty comparison's choice in the URL (`?a=<treaty>&b=<treaty>`). Pure. */

export interface Comparison {
	a: string;
	b: string;
}

/** The 1961 Soviet treaty against the 2024 treaty: the pledge that lapsed and its revival. */
export const DEFAULT_COMPARISON: Comparison = { a: 'kp-ru-1961', b: 'kp-ru-2024' };

/**
 * The default comparison where the content has both its treaties, otherwise the first two given.
 * Needs at least one id.
 */
export function defaultComparison(ids: readonly string[]): Comparison {
	const { a, b } = DEFAULT_COMPARISON;
	return ids.includes(a) && ids.includes(b) ? { a, b } : { a: ids[0], b: ids[1] ?? ids[0] };
}

/**
 * Reads `a` and `b`, keeping only known treaty ids. A missing or unknown value falls back to the
 * default, or to the other default when that would repeat the treaty on the other side.
 */
export function parseComparison(params: URLSearchParams, ids: readonly string[]): Comparison {
	const known = (value: string | null) => (value !== null && ids.includes(value) ? value : null);
	const a = known(params.get('a'));
	const b = known(params.get('b'));
	const fallback = defaultComparison(ids);
	if (a && b) return { a, b };
	if (a) return { a, b: a === fallback.b ? fallback.a : fallback.b };
	if (b) return { a: b === fallback.a ? fallback.b : fallback.a, b };
	return fallback;
}

/** `?a=…&b=…`, for the address bar. */
export function comparisonSearch({ a, b }: Comparison): string {
	return `?${new URLSearchParams({ a, b })}`;
}
