import type { ParamMatcher } from '@sveltejs/kit';
import { LANES, type Lane } from '$lib/timeline/lanes';

export const match: ParamMatcher = (value) => (LANES as readonly string[]).includes(value as Lane);
