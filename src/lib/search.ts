/**
 * Full-text search over the chronicle with MiniSearch: the index is built at build time per language
 * and loaded by the browser only when first needed. Index and query share one tokenizer.
 */
import MiniSearch, { type Options } from 'minisearch';
import { highlight, tokenize, type Segment } from './tokens';

export interface SearchDoc {
	id: string;
	title: string;
	summary: string;
	body: string;
	/** Titles and summaries of the commentary that discusses the event. */
	commentary: string;
}

const SEARCH_OPTIONS: Options<SearchDoc> = {
	fields: ['title', 'summary', 'body', 'commentary'],
	storeFields: [],
	tokenize,
	processTerm: (term) => term.toLowerCase(),
	searchOptions: {
		tokenize,
		combineWith: 'AND',
		prefix: (term) => term.length > 1,
		boost: { title: 3, summary: 2 }
	}
};

export function buildIndex(docs: readonly SearchDoc[]): string {
	const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
	index.addAll(docs);
	return JSON.stringify(index);
}

export function loadIndex(json: string): MiniSearch<SearchDoc> {
	return MiniSearch.loadJSON<SearchDoc>(json, SEARCH_OPTIONS);
}

/** What the page holds once search is loaded. */
export interface SearchIndex {
	search(query: string): string[];
	/** Marks the query's words in a text; here so the chronicle loads it only with search. */
	highlight(text: string, query: string): Segment[];
}

export function createSearchIndex(json: string): SearchIndex {
	const index = loadIndex(json);
	return { search: (query) => searchIds(index, query), highlight };
}

/** Ids of the events matching the query, best first; empty for a query with no usable token. */
export function searchIds(index: MiniSearch<SearchDoc>, query: string): string[] {
	return tokenize(query).length === 0 ? [] : index.search(query).map((hit) => String(hit.id));
}
