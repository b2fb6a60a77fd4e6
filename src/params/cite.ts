import { CITE_FORMATS, type CiteFormat } from '$lib/paths';

/** A reference file's extension: `json`, `bib` or `ris` (and so typed in the cite routes). */
export const match = (value: string): value is CiteFormat =>
	(CITE_FORMATS as readonly string[]).includes(value);
