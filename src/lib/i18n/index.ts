/**
 * Every interface string, one dictionary per language (`ja.ts`, `en.ts`), and the few helpers that
 * need a language rather than a string. Components take strings from a dictionary and never switch
 * on the language themselves.
 */
import { isSovietEra } from '../content/dates';
import { LANGS, type Country, type Lang } from '../content/vocabulary';
import en from './en';
import ja from './ja';
import type { Dictionary } from './types';

export type { Dictionary };
export const dictionaries: Record<Lang, Dictionary> = { ja, en };

export function otherLang(lang: Lang): Lang {
	return LANGS.find((other) => other !== lang)!;
}

/** A country's name at a date: RU before 1991-12-26 is the USSR. */
export function countryName(code: Country, t: Dictionary, date?: string): string {
	return code === 'RU' && date && isSovietEra(date) ? t.ussr : t.countryNames[code];
}

/** A treaty's short name with the year it was signed, unless the name already carries it. */
export function treatyLabel(short: string, signed: string, t: Dictionary): string {
	const year = signed.slice(0, 4);
	return short.includes(year) ? short : t.treatyPage.label(short, year);
}

const lists = new Map<Lang, Intl.ListFormat>();
/** Lists as each language writes them: `中国、ロシア`, `China, Russia`. */
const listFormat = (lang: Lang) => {
	let format = lists.get(lang);
	if (!format) lists.set(lang, (format = new Intl.ListFormat(lang, { style: 'narrow' })));
	return format;
};

export const formatList = (lang: Lang, items: readonly string[]) => listFormat(lang).format(items);

/** A list of `count` items as parts, for lists of links: an `element` part's value is its index. */
export const listParts = (lang: Lang, count: number) =>
	listFormat(lang).formatToParts(Array.from({ length: count }, (_, i) => String(i)));
