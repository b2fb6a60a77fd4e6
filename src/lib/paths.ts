/** Every internal URL of the site, built in one place so the base path is never forgotten. */
import { resolve } from '$app/paths';
import type { Lang } from './content/schema';

export const chroniclePath = (lang: Lang) => `${resolve('/[lang=lang]', { lang })}/`;
export const eventPath = (lang: Lang, id: string) =>
	`${resolve('/[lang=lang]/events/[id]', { lang, id })}/`;
export const commentaryIndexPath = (lang: Lang) =>
	`${resolve('/[lang=lang]/commentary', { lang })}/`;
export const commentaryPath = (lang: Lang, id: string) =>
	`${resolve('/[lang=lang]/commentary/[id]', { lang, id })}/`;
/** The chronicle centred on one event. */
export const timelinePath = (lang: Lang, id: string) =>
	`${chroniclePath(lang)}?event=${encodeURIComponent(id)}`;
/** An event's preview card (1200×630 PNG), rendered at build time. */
export const ogImagePath = (lang: Lang, id: string) =>
	resolve('/og/[lang=lang]/[id].png', { lang, id });
/** The site-wide preview card, for pages that are not one event. */
export const siteImagePath = (lang: Lang) => resolve('/og/[lang=lang]/site.png', { lang });
