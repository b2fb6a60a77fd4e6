/**
 * "Cite this": each page's reference as CSL-JSON, BibTeX and RIS, and the reference formatted in
 * the page's language, all written by citation-js at build time. Server-only, so the library never
 * reaches the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Lang } from '../content/schema';
import { dictionaries } from '../i18n';
import type { CiteFormat } from '../paths';

/** The CSL-JSON fields we write (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
	id: string;
	'citation-key': string;
	type: 'webpage';
	title: string;
	author: { literal: string }[];
	'container-title': string;
	issued?: { 'date-parts': [[number, number, number]] };
	accessed: { 'date-parts': [[number, number, number]] };
	URL: string;
	language: Lang;
}

export interface CitedPage {
	kind: 'event' | 'commentary';
	id: string;
	lang: Lang;
	title: string;
	/** Absolute URL of the page. */
	url: string;
	/** When the page last changed (`YYYY-MM-DD`), where the revision history is known. */
	changed?: string;
	/** The day the reference was made: the build's date (`YYYY-MM-DD`). */
	accessed: string;
}

const dateParts = (day: string) => ({
	'date-parts': [day.split('-').map(Number) as [number, number, number]] as [
		[number, number, number]
	]
});

/** The page as a CSL-JSON item; the site is its author, as on any page without a byline. */
export function cslItem(page: CitedPage): CslItem {
	const slug = `${page.kind === 'commentary' ? 'commentary_' : ''}${page.id.replaceAll('-', '_')}`;
	return {
		id: page.id,
		// BibTeX keys: citation-js keeps a key only when it has no punctuation but `_`.
		'citation-key': `TriangleChronicle_${page.lang}_${slug}`,
		type: 'webpage',
		title: page.title,
		author: [{ literal: dictionaries[page.lang].siteName }],
		'container-title': dictionaries[page.lang].siteName,
		...(page.changed ? { issued: dateParts(page.changed) } : {}),
		accessed: dateParts(page.accessed),
		URL: page.url,
		language: page.lang
	};
}

/**
 * Our two reference styles, in CSL: English in the manner of Chicago's web pages, Japanese in
 * SIST 02's. Neither uses a locale term, so no Japanese CSL locale is needed.
 */
const DAY = (variable: string) =>
	`<date variable="${variable}"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>`;
const ISO_DAY = (variable: string) =>
	`<date variable="${variable}"><date-part name="year"/><date-part name="month" form="numeric-leading-zeros" prefix="-"/><date-part name="day" form="numeric-leading-zeros" prefix="-"/></date>`;
const style = (id: string, layout: string) =>
	`<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
<info><title>${id}</title><id>${id}</id><updated>2026-11-29T00:00:00+00:00</updated></info>
<citation><layout><text variable="title"/></layout></citation>
<bibliography><layout>${layout}</layout></bibliography>
</style>`;
const STYLES: Record<Lang, string> = {
	en: style(
		'triangle-chronicle-en',
		`<group delimiter=". " suffix="."><names variable="author"/><text variable="title" quotes="true"/>` +
			`<group delimiter=" "><text value="Last modified"/>${DAY('issued')}</group>` +
			`<group delimiter=" "><text value="Accessed"/>${DAY('accessed')}</group><text variable="URL"/></group>`
	),
	ja: style(
		'triangle-chronicle-ja',
		`<group delimiter=". "><names variable="author"/><text variable="title" prefix="“" suffix="”"/>` +
			`<text variable="container-title"/>${ISO_DAY('issued')}` +
			`<group delimiter=", "><text variable="URL"/><group prefix="(" suffix=")." delimiter=" "><text value="参照"/>${ISO_DAY('accessed')}</group></group></group>`
	)
};
const styles = plugins.config.get('@csl').styles;
for (const lang of Object.keys(STYLES) as Lang[])
	styles.add(`triangle-chronicle-${lang}`, STYLES[lang]);

// citation-js's BibTeX writer either drops every character it cannot spell in ASCII (Japanese
// titles vanish: citation-js#177) or, with `asciiOnly` off, escapes nothing (citation-js#232). We
// keep UTF-8 and escape LaTeX's special characters in the text fields ourselves.
plugins.config.get('@bibtex').format.asciiOnly = false;
const LATEX: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}'
};
const latex = (text: string) => text.replace(/[\\{}&%$#_~^]/g, (c) => LATEX[c]);

function forBibtex(item: CslItem): CslItem {
	return {
		...item,
		title: latex(item.title),
		author: item.author.map((a) => ({ literal: latex(a.literal) })),
		'container-title': latex(item['container-title'])
	};
}

/**
 * RIS from citation-js's mapping, one line per tag: its own writer breaks every value after 70
 * characters, and readers, its own included, then read a space into long URLs and titles.
 */
function ris(items: CslItem[]): string {
	const entries = new Cite(items).format<Record<string, string | string[]>[]>('ris', {
		format: 'object'
	});
	const lines = entries.flatMap(({ TY, ...tags }) => [
		`TY  - ${TY}`,
		...Object.entries(tags).flatMap(([tag, values]) =>
			[values].flat().map((value) => `${tag}  - ${value}`)
		),
		'ER  - '
	]);
	return `${lines.join('\r\n')}\r\n`;
}

/** One page's file, or a bibliography of several pages, in the format of its extension. */
export function citationFile(items: CslItem[], format: CiteFormat): string {
	if (format === 'bib') return new Cite(items.map(forBibtex)).format('bibtex');
	if (format === 'ris') return ris(items);
	return `${JSON.stringify(new Cite(items).format<CslItem[]>('data', { format: 'object' }), null, '\t')}\n`;
}

/** The reference as plain text, in the style of the page's language. */
export function formatReference(item: CslItem): string {
	return new Cite(item)
		.format('bibliography', {
			format: 'text',
			template: `triangle-chronicle-${item.language}`,
			lang: 'en-US'
		})
		.trim();
}

export const CITE_TYPES: Record<CiteFormat, string> = {
	json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
	bib: 'application/x-bibtex; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8'
};
