/** The content's pages as references: what the cite files and the "Cite this" sections show. */
import type { ChronicleEvent, Commentary, Lang } from '../content/schema';
import type { CiteFormat } from '../paths';
import { CITE_TYPES, citationFile, cslItem, type CslItem } from './citation';
import { exportUrls, generatedAt } from './exports';
import { historyOf } from './history';

/** The day the references are made: the build's (pinned by `SOURCE_DATE_EPOCH`). */
const accessed = () => generatedAt().slice(0, 10);

export function eventReference(event: ChronicleEvent, lang: Lang, origin: string): CslItem {
	return cslItem({
		kind: 'event',
		id: event.id,
		lang,
		title: event.title[lang],
		url: exportUrls(origin).event(lang, event.id),
		changed: historyOf(event.file)?.changed,
		accessed: accessed()
	});
}

export function commentaryReference(entry: Commentary, lang: Lang, origin: string): CslItem {
	return cslItem({
		kind: 'commentary',
		id: entry.id,
		lang,
		title: entry.title[lang],
		url: exportUrls(origin).commentary(lang, entry.id),
		changed: historyOf(entry.file)?.changed,
		accessed: accessed()
	});
}

export function citeResponse(items: CslItem[], format: CiteFormat): Response {
	return new Response(citationFile(items, format), {
		headers: { 'content-type': CITE_TYPES[format] }
	});
}
