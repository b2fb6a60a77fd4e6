/** The content's pages as references: what the cite files and the "Cite this" sections show. */
import { error } from '@sveltejs/kit';
import type { ChronicleEvent, Commentary, Lang } from '../content/schema';
import { LANGS } from '../content/vocabulary';
import type { ExportUrls } from '../exports/model';
import { CITE_FORMATS, type CiteFormat } from '../paths';
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

/** The cite routes' parameters that every cite file has. */
interface CiteParams {
	lang: Lang;
	format: CiteFormat;
}

/**
 * A cite route's `entries`: each of `pages` (named by the route's other parameters) in every
 * language and format.
 */
export function citeEntries<P extends object>(pages: readonly P[]): (P & CiteParams)[] {
	return LANGS.flatMap((lang) =>
		pages.flatMap((page) => CITE_FORMATS.map((format) => ({ lang, ...page, format })))
	);
}

/** The cite file of these pages (a bibliography), in the route's language and format. */
export function citeResponse(
	kind: CitedPage['kind'],
	entries: readonly (ChronicleEvent | Commentary)[],
	{ lang, format }: CiteParams,
	origin: string
): Response {
	const items = entries.map((entry) => reference(kind, entry, lang, origin));
	return new Response(citationFile(items, format), {
		headers: { 'content-type': CITE_TYPES[format] }
	});
}

/** The cite file beside one event's or commentary entry's page; 404 for an unknown id. */
export function citePage(
	kind: CitedPage['kind'],
	entry: ChronicleEvent | Commentary | undefined,
	params: CiteParams,
	origin: string
): Response {
	if (!entry) error(404, kind === 'event' ? 'Event not found' : 'Commentary not found');
	return citeResponse(kind, [entry], params, origin);
}
