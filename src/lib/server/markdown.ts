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

/** A link's attributes: internal links resolved, web links marked external. */
function linkAttributes(href: string, env: unknown): [string, string][] {
	const { lang, resolve } = env as { lang: Lang; resolve: LinkResolver };
	const internal = INTERNAL.exec(href);
	if (internal)
		return [['href', resolve(internal[1] as 'event' | 'commentary', internal[2], lang)]];
	return [
		['href', href],
		['rel', 'noopener noreferrer'],
		['class', 'external']
	];
}

md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	const token = tokens[idx];
	for (const [name, value] of linkAttributes(String(token.attrGet('href') ?? ''), env))
		token.attrSet(name, value);
	return self.renderToken(tokens, idx, options);
};

// No remote images (the CSP blocks them, and they would tell a third party who reads what): an
// image becomes a link to it, with its alt text as the link's text.
md.renderer.rules.image = (tokens, idx, options, env, self) => {
	const image = tokens[idx];
	const attributes = linkAttributes(String(image.attrGet('src') ?? ''), env)
		.map(([name, value]) => ` ${name}="${md.utils.escapeHtml(value)}"`)
		.join('');
	const alt = self.renderInlineAsText(image.children ?? [], options, env);
	return `<a${attributes}>${md.utils.escapeHtml(alt)}</a>`;
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
