/** Every internal URL of the site, built in one place so the base path is never forgotten. */
import { resolve } from '$app/paths';
import type { Lang } from './content/schema';
import type { Lane } from './timeline/lanes';

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
/** The prerendered chronology of one relationship (or of the context lane). */
export const pairPath = (lang: Lang, lane: Lane) =>
	`${resolve('/[lang=lang]/pairs/[pair=lane]', { lang, pair: lane })}/`;
/** The prerendered search index of one language. */
export const searchIndexPath = (lang: Lang) => resolve('/[lang=lang]/search-index.json', { lang });
