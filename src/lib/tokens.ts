/**
 * Tokens for search and highlighting. Japanese and Chinese have no spaces, so runs of CJK characters
 * become overlapping two-character tokens (「条約」, 「プーチン」 → プー ーチ チン); Latin text becomes
 * lower-case words. Pure and dependency-free: the page imports it without the search library.
 */
const CJK = /[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]/u;
const WORD = /[\p{L}\p{N}]/u;

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
	for (const char of text) {
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

/** Splits text into segments, marking where the query's tokens occur (words: where they begin). */
export function highlight(text: string, query: string): Segment[] {
	const tokens = [...new Set(tokenize(query))];
	if (tokens.length === 0 || !text) return [{ text, match: false }];
	const lower = text.toLowerCase();
	const marked = new Array<boolean>(text.length).fill(false);
	for (const token of tokens) {
		const cjk = CJK.test(token);
		for (let at = lower.indexOf(token); at !== -1; at = lower.indexOf(token, at + 1)) {
			if (!cjk && at > 0 && WORD.test(lower[at - 1]) && !CJK.test(lower[at - 1])) continue;
			marked.fill(true, at, at + token.length);
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
