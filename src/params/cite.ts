import type { ParamMatcher } from '@sveltejs/kit';
import { CITE_FORMATS, type CiteFormat } from '$lib/paths';

/** A reference file's extension: `json`, `bib` or `ris`. */
export const match: ParamMatcher = (value) => CITE_FORMATS.includes(value as CiteFormat);
