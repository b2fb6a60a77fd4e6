/**
 * The embeddable timeline (`/<lang>/embed/`): its query for a view, the `<iframe>` snippet readers
 * paste, and the oEmbed answer (https://oembed.com/, type `rich`) event pages advertise. Pure.
 */
import type { Lang } from './content/vocabulary';
import { escapeXml } from './exports/xml';
import { viewToSearch, type View } from './filter';
import { dictionaries } from './i18n';

/** The frame's size in CSS pixels, in the snippet and in the oEmbed answer. */
export const EMBED_WIDTH = 800;
export const EMBED_HEIGHT = 600;

/** The embed's query for a chronicle view: the same parameters, without search (it has none). */
export const embedSearch = (view: View): string => viewToSearch({ ...view, q: '' });

/** The frame's accessible name: the site's, and what the view shows when it is one event. */
export function embedTitle(lang: Lang, subject?: string): string {
	const t = dictionaries[lang];
	return t.titled(t.siteName, subject ?? t.embed.timeline);
}

/** The `<iframe>` to paste into another page; `src` is absolute. Every value is escaped. */
export function iframeHtml(src: string, title: string): string {
	const attrs: [string, string][] = [
		['src', src],
		['width', String(EMBED_WIDTH)],
		['height', String(EMBED_HEIGHT)],
		['title', title],
		['loading', 'lazy'],
		// Fits a narrow column; the frame's own page is laid out for any width.
		['style', 'max-width: 100%; border: 1px solid #ccc']
	];
	return `<iframe ${attrs.map(([name, value]) => `${name}="${escapeXml(value)}"`).join(' ')}></iframe>`;
}

export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

/** The oEmbed answer for one embedded view; URLs are absolute. */
export function oembed(options: {
	lang: Lang;
	/** The embed's address, with its query. */
	src: string;
	title: string;
	/** The chronicle in that language. */
	providerUrl: string;
	thumbnail?: { url: string; width: number; height: number };
}): OEmbed {
	const { lang, src, title, providerUrl, thumbnail } = options;
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: dictionaries[lang].siteName,
		provider_url: providerUrl,
		html: iframeHtml(src, embedTitle(lang, title)),
		width: EMBED_WIDTH,
		height: EMBED_HEIGHT,
		...(thumbnail && {
			thumbnail_url: thumbnail.url,
			thumbnail_width: thumbnail.width,
			thumbnail_height: thumbnail.height
		})
	};
}
