/**
 * The closed vocabularies of the content: languages, countries, pairs, kinds. Kept apart from the
 * validator so that browser code can use them without bundling the YAML parser.
 */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Closed list of countries and organisations. RU also stands for the USSR before 1991-12-26. */
export const COUNTRIES = ['CN', 'RU', 'KP', 'KR', 'JP', 'US', 'EU', 'UN', 'UA', 'VN'] as const;
export type Country = (typeof COUNTRIES)[number];

/** The three relationships of the triangle; codes in alphabetical order. */
export const PAIRS = ['cn-kp', 'cn-ru', 'kp-ru'] as const;
export type Pair = (typeof PAIRS)[number];

export const KINDS = [
	'treaty',
	'summit',
	'visit',
	'statement',
	'military',
	'sanctions',
	'un',
	'parade',
	'report',
	'ratification',
	'anniversary',
	'relations',
	'leadership',
	'talks'
] as const;
export type Kind = (typeof KINDS)[number];

export const TREATY_ACTIONS = ['signed', 'in-force', 'extended', 'ended'] as const;
export type TreatyAction = (typeof TREATY_ACTIONS)[number];

/** Languages a source or commentary may be written in. */
export const SOURCE_LANGS = ['ja', 'en', 'ko', 'zh', 'ru', 'de', 'fr'] as const;
export type SourceLang = (typeof SOURCE_LANGS)[number];
