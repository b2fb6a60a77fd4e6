/**
 * Phrases of a Japanese text, so lines break between them rather than inside a word
 * (「…パートナーシップ条 / 約に署名」). BudouX (Google's phrase segmenter) runs where the HTML and
 * the preview cards are made, at build time; the browser only ever sees where the phrases end. Pure
 * and free of SvelteKit: tests, the card template and server-rendered pages import it.
 */
import { Parser, jaModel } from 'budoux';
import type { Lang } from './content/vocabulary';

const parser = new Parser(jaModel);

/** ASCII brackets as the full-width ones BudouX's model learnt from; one code unit each. */
const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', '[': '［', ']': '］' };

/** A Japanese text's phrases: BudouX's, each also cut after a space. */
function segment(text: string): string[] {
	const parts: string[] = [];
	let at = 0;
	for (const chunk of parser.parse(text.replace(/[()[\]]/g, (c) => FULL_WIDTH[c]))) {
		parts.push(...text.slice(at, (at += chunk.length)).split(/(?<=\s)(?=\S)/u));
	}
	return parts;
}

/**
 * Phrases by text: a build asks again and again for the same titles (every page that lists an
 * event, every size a preview card tries), and parsing is the cost. Frozen, as every caller shares
 * them; the content's Japanese strings bound its size.
 */
const segmented = new Map<string, readonly string[]>();

/**
 * The text cut into phrases that join back into it exactly. English (and a Japanese text with
 * nothing to segment) is one phrase: spaces already mark where its lines may break. In Japanese a
 * space also ends a phrase, since a browser may break a line there anyway.
 */
export function phrases(text: string, lang: Lang): readonly string[] {
	if (lang !== 'ja' || !text) return [text];
	let parts = segmented.get(text);
	if (!parts) {
		parts = Object.freeze(segment(text));
		segmented.set(text, parts);
	}
	return parts;
}

/** Offsets (in UTF-16 code units) where one phrase ends and the next begins. */
export function phraseBoundaries(text: string, lang: Lang): number[] {
	const ends: number[] = [];
	let at = 0;
	for (const phrase of phrases(text, lang).slice(0, -1)) ends.push((at += phrase.length));
	return ends;
}

const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The widest phrase's width in ems, roughly: a wide character is one, any other about 0.6. */
export function widestPhrase(parts: readonly string[]): number {
	const ems = (part: string) => [...part].reduce((sum, c) => sum + (WIDE.test(c) ? 1 : 0.6), 0);
	return Math.max(0, ...parts.map(ems));
}
