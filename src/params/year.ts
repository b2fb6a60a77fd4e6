import type { ParamMatcher } from '@sveltejs/kit';

/** A four-digit year, as event dates have. */
export const match: ParamMatcher = (value) => /^[0-9]{4}$/.test(value);
