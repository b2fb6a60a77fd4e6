/** The treaty comparison's choice in the URL (`?a=<treaty>&b=<treaty>`). Pure. */

export interface Comparison {
	a: string;
	b: string;
}

/** The 1961 Soviet treaty against the 2024 treaty: the pledge that lapsed and its revival. */
export const DEFAULT_COMPARISON: Comparison = { a: 'kp-ru-1961', b: 'kp-ru-2024' };

/**
 * Reads `a` and `b`, keeping only known treaty ids. A missing or unknown value falls back to the
 * default, or to the other default when that would repeat the treaty on the other side.
 */
export function parseComparison(params: URLSearchParams, ids: readonly string[]): Comparison {
	const known = (value: string | null) => (value !== null && ids.includes(value) ? value : null);
	const a = known(params.get('a'));
	const b = known(params.get('b'));
	const { a: defA, b: defB } = DEFAULT_COMPARISON;
	if (a && b) return { a, b };
	if (a) return { a, b: a === defB ? defA : defB };
	if (b) return { a: b === defA ? defB : defA, b };
	return { ...DEFAULT_COMPARISON };
}

/** `?a=…&b=…`, for the address bar. */
export function comparisonSearch({ a, b }: Comparison): string {
	return `?${new URLSearchParams({ a, b })}`;
}
