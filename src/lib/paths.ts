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
/** The treaties page, or one treaty's section on it (`#kp-ru-2024`). */
export const treatiesPath = (lang: Lang, treatyId?: string) =>
	`${resolve('/[lang=lang]/treaties', { lang })}/${treatyId ? `#${treatyId}` : ''}`;
