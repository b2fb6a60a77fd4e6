/**
 * Every interface string, one dictionary per language (`ja.ts`, `en.ts`), and the few helpers that
 * need a language rather than a string. Components take strings from a dictionary and never switch
 * on the language themselves.
 */
import { isSovietEra } from '../content/dates';
import { LANGS, type Country, type Lang } from '../content/vocabulary';
import type { Dictionary } from './types';

export type { Dictionary };

/** Each language's dictionary is a chunk of its own, so a page that hydrates ships only its own. */
const LOADERS: Record<Lang, () => Promise<{ default: Dictionary }>> = {
	ja: () => import('./ja'),
	en: () => import('./en')
};
const loaded: Partial<Record<Lang, Dictionary>> = {};

export async function loadDictionary(lang: Lang): Promise<Dictionary> {
	return (loaded[lang] ??= (await LOADERS[lang]()).default);
}

/**
 * The dictionaries loaded so far: both on the server (below); in a browser, the one the route's
 * load fetched with `loadDictionary`. Reading one that is not loaded is a bug, and says so.
 */
export const dictionaries = new Proxy(loaded, {
	get(target, key) {
		const t = target[key as Lang];
		if (!t && (LANGS as readonly unknown[]).includes(key))
			throw new Error(`The ${String(key)} dictionary is not loaded: call loadDictionary first`);
		return t;
	}
}) as Record<Lang, Dictionary>;

if (typeof window === 'undefined') await Promise.all(LANGS.map(loadDictionary));

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
