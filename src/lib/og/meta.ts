/**
 * What every page's head says about the preview cards: their size and the site card's alternative
 * text. Apart from the template, so pages do not bundle the card layout and the date library.
 */
import { dictionaries } from '../i18n';
import type { Lang } from '../content/vocabulary';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export function siteCardAlt(lang: Lang): string {
	const t = dictionaries[lang];
	return t.titled(t.siteName, t.tagline);
}
