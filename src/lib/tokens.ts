/**
 * Tokens for search and highlighting. Japanese and Chinese have no spaces, so runs of CJK characters
 * become overlapping two-character tokens (「条約」, 「プーチン」 → プー ーチ チン); Latin text becomes
 * lower-case words. Text is compared in NFKC form, so full-width ＮＡＴＯ (as Japanese keyboards type
 * it) matches NATO. Pure and dependency-free: the page imports it without the search library.
 */
const CJK = /[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;
const WORD = /[\p{L}\p{N}]/u;

/** The form text is compared in: compatibility forms folded (ｶﾞ → ガ, ㍻ → 平成), lower case. */
const fold = (text: string) => text.normalize('NFKC').toLowerCase();

export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	let run = '';
	let word = '';
	const flushRun = () => {
		if (run.length === 1) tokens.push(run);
		for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
		run = '';
	};
	const flushWord = () => {
		if (word) tokens.push(word.toLowerCase());
		word = '';
	};
	for (const char of fold(text)) {
		if (CJK.test(char)) {
			flushWord();
			run += char;
		} else if (WORD.test(char)) {
			flushRun();
			word += char;
		} else {
			flushRun();
			flushWord();
		}
	}
	flushRun();
	flushWord();
	return tokens;
}

export interface Segment {
	text: string;
	match: boolean;
}

/**
 * The folded text, and for each of its code units the range of the original it comes from. A
 * character is folded with the combining marks after it (ｶ + ﾞ → ガ), so folding may change the length.
 */
function foldWithOrigins(text: string): { folded: string; origins: [number, number][] } {
	let folded = '';
	const origins: [number, number][] = [];
	const chars = [...text];
	for (let i = 0, at = 0; i < chars.length;) {
		let group = chars[i++];
		while (i < chars.length && /^\p{M}/u.test(chars[i].normalize('NFKC'))) group += chars[i++];
		const part = fold(group);
		folded += part;
		for (let k = 0; k < part.length; k++) origins.push([at, at + group.length]);
		at += group.length;
	}
	return { folded, origins };
}

/** Splits text into segments, marking where the query's tokens occur (words: where they begin). */
export function highlight(text: string, query: string): Segment[] {
	const tokens = [...new Set(tokenize(query))];
	if (tokens.length === 0 || !text) return [{ text, match: false }];
	const { folded, origins } = foldWithOrigins(text);
	const marked = new Array<boolean>(text.length).fill(false);
	for (const token of tokens) {
		const cjk = CJK.test(token);
		for (let at = folded.indexOf(token); at !== -1; at = folded.indexOf(token, at + 1)) {
			if (!cjk && at > 0 && WORD.test(folded[at - 1]) && !CJK.test(folded[at - 1])) continue;
			marked.fill(true, origins[at][0], origins[at + token.length - 1][1]);
		}
	}
	const segments: Segment[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = segments.at(-1);
		if (last && last.match === marked[i]) last.text += text[i];
		else segments.push({ text: text[i], match: marked[i] });
	}
	return segments;
}
