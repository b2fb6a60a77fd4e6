/**
 * Phrases of a Japanese text, so lines break between them rather than inside a word
 * (「…パートナーシップ条 / 約に署名」). BudouX (Google's phrase segmenter) runs where the HTML and
 * the preview cards are made, at build time; the browser only ever sees where the phrases end. Pure
 * and free of SvelteKit: tests, the card template and server-rendered pages import it.
 */
import { Parser, jaModel } from 'budoux';
import type { Lang } from './content/vocabulary';

const parser = new Parser(jaModel);

/**
 * The text cut into phrases that join back into it exactly. English (and a Japanese text with
 * nothing to segment) is one phrase: spaces already mark where its lines may break.
 */
export function phrases(text: string, lang: Lang): string[] {
	if (lang !== 'ja' || !text) return [text];
	return parser.parse(text);
}

/** Offsets (in UTF-16 code units) where one phrase ends and the next begins. */
export function phraseBoundaries(text: string, lang: Lang): number[] {
	const ends: number[] = [];
	let at = 0;
	for (const phrase of phrases(text, lang).slice(0, -1)) ends.push((at += phrase.length));
	return ends;
}
