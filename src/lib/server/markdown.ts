/**
 * Markdown to HTML at build time. Raw HTML is never passed through (markdown-it escapes it with
 * `html: false`, and refuses javascript:/data: links); `event:` and `commentary:` links become
 * internal URLs, which the prerenderer then checks.
 */
import MarkdownIt from 'markdown-it';
import type { Lang } from '../content/schema';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const INTERNAL = /^(event|commentary):(.+)$/;

// Only web links, in-page anchors and our own `event:`/`commentary:` links; no data: or script URLs.
md.validateLink = (url) => /^(https?:\/\/|#|event:|commentary:)/i.test(url.trim());

export type LinkResolver = (kind: 'event' | 'commentary', id: string, lang: Lang) => string;

export function renderMarkdown(source: string, lang: Lang, resolve: LinkResolver): string {
	const env = { lang, resolve };
	return md.render(source, env);
}

md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	const { lang, resolve } = env as { lang: Lang; resolve: LinkResolver };
	const token = tokens[idx];
	const href = String(token.attrGet('href') ?? '');
	const internal = INTERNAL.exec(href);
	if (internal) {
		token.attrSet('href', resolve(internal[1] as 'event' | 'commentary', internal[2], lang));
	} else {
		token.attrSet('rel', 'noopener noreferrer');
		token.attrSet('class', 'external');
	}
	return self.renderToken(tokens, idx, options);
};

/** The words of a Markdown text without its markup, for the search index. */
export function plainText(source: string): string {
	const words: string[] = [];
	const walk = (tokens: ReturnType<typeof md.parse>) => {
		for (const token of tokens) {
			if (token.children) walk(token.children);
			else if (token.type === 'text' || token.type === 'code_inline') words.push(token.content);
		}
	};
	walk(md.parse(source, {}));
	return words.join(' ');
}
