/** The content's pages as references: what the cite files and the "Cite this" sections show. */
import type { ChronicleEvent, Commentary, Lang } from '../content/schema';
import type { ExportUrls } from '../exports/model';
import type { CiteFormat } from '../paths';
import { CITE_TYPES, citationFile, cslItem, type CitedPage, type CslItem } from './citation';
import { exportUrls, generatedAt } from './exports';
import { historyOf } from './history';

/** The day the references are made: the build's (pinned by `SOURCE_DATE_EPOCH`). */
const accessed = () => generatedAt().slice(0, 10);

/** URL builders by origin: a build makes some 840 references, all for the one SITE_URL. */
const urlsByOrigin = new Map<string, ExportUrls>();
function urlsFor(origin: string): ExportUrls {
	const urls = urlsByOrigin.get(origin) ?? exportUrls(origin);
	urlsByOrigin.set(origin, urls);
	return urls;
}

/** An event's or a commentary entry's page as a reference. */
export function reference(
	kind: CitedPage['kind'],
	entry: ChronicleEvent | Commentary,
	lang: Lang,
	origin: string
): CslItem {
	return cslItem({
		kind,
		id: entry.id,
		lang,
		title: entry.title[lang],
		url: urlsFor(origin)[kind](lang, entry.id),
		changed: historyOf(entry.file)?.changed,
		accessed: accessed()
	});
}

export function citeResponse(items: CslItem[], format: CiteFormat): Response {
	return new Response(citationFile(items, format), {
		headers: { 'content-type': CITE_TYPES[format] }
	});
}
