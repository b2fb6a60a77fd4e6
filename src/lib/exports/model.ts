/**
 * What every export is built from: the published content plus a way to turn ids into absolute,
 * canonical URLs. Pure, so the serializers can be unit-tested without SvelteKit.
 */
import type { Commentary, ChronicleEvent, Lang, Pair } from '../content/schema';
import type { Treaty } from '../content/treaties';
import { dictionaries } from '../i18n';

/** Absolute URLs of the site's pages (origin plus base path), one per language. */
export interface ExportUrls {
	event(lang: Lang, id: string): string;
	commentary(lang: Lang, id: string): string;
	chronicle(lang: Lang): string;
}

export interface ExportInput {
	/** Published events in date order. */
	events: readonly ChronicleEvent[];
	/** Commentary in date order. */
	commentary: readonly Commentary[];
	treaties: readonly Treaty[];
	urls: ExportUrls;
	/** When the files were generated, as an ISO 8601 UTC timestamp. */
	generated: string;
	/** Set for a pair file: the content has already been narrowed by `forPair`. */
	pair?: Pair;
}

/**
 * Narrows the content to one pair: its events, the commentary that discusses at least one of them,
 * and the treaties between its two countries.
 */
export function forPair<T extends Pick<ExportInput, 'events' | 'commentary' | 'treaties'>>(
	input: T,
	pair: Pair
): T & { pair: Pair } {
	const events = input.events.filter((e) => e.pairs.includes(pair));
	const ids = new Set(events.map((e) => e.id));
	return {
		...input,
		pair,
		events,
		commentary: input.commentary.filter((c) => c.events.some((id) => ids.has(id))),
		treaties: input.treaties.filter((t) => t.pair === pair)
	};
}

/** A feed's or calendar's name: the site's, or `Triangle Chronicle: China–Russia` for one pair. */
export function feedName(lang: Lang, pair?: Pair): string {
	const t = dictionaries[lang];
	return pair ? t.titled(t.siteName, t.lanes[pair].long) : t.siteName;
}
