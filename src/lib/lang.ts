import { LANGS, type Lang } from './content/vocabulary';

export function isLang(value: string): value is Lang {
	return (LANGS as readonly string[]).includes(value);
}

/** The language a path is in (`/en/…` → en), after the base path; undefined outside /ja/ and /en/. */
export function langOfPath(pathname: string, base: string): Lang | undefined {
	const first = pathname.slice(base.length).split('/')[1] ?? '';
	return isLang(first) ? first : undefined;
}

/**
 * The same path in another language: `from` (the page's language prefix, such as `/base/en/`)
 * swapped for `to`. A path outside `from` is left as it is.
 */
export function switchedPath(pathname: string, from: string, to: string): string {
	return pathname.startsWith(from) ? to + pathname.slice(from.length) : pathname;
}
