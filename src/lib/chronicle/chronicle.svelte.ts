/**
 * The chronicle page's state: the view read from the URL, search, the selection and the lazy
 * loads behind them. The page keeps markup and wiring; the URL is written through `navigate`, so
 * this module runs (and is tested) without the router.
 */
import { SvelteMap } from 'svelte/reactivity';
import { lanesOf, shownLanes, type Lane } from '$lib/content/lanes';
import type { Lang } from '$lib/content/vocabulary';
import { fetchOk } from '$lib/fetch';
import {
	isVisible,
	normaliseQuery,
	parseView,
	toggleLane,
	viewToSearch,
	type View
} from '$lib/filter';
import { dictionaries } from '$lib/i18n';
import { Lazy } from '$lib/loader.svelte';
import { cataloguePath, searchIndexPath, yearEntriesPath } from '$lib/paths';
import type { SearchIndex } from '$lib/search';
import type { TimelineHandle } from '$lib/timeline/vis';
import type { CatalogueEntry, EntryView } from '$lib/types';

export interface ChronicleOptions {
	lang: Lang;
	/** Every event in the chronicle, listed here or not. */
	total: number;
	/** The query string the page shows now. */
	search: () => string;
	/**
	 * Writes a view's query string: `push` and `replace` are history entries (shallow), `load`
	 * replaces the address the page started with by its canonical form.
	 */
	navigate: (search: string, how: 'push' | 'replace' | 'load') => void;
	/** Fetches a file, rejecting unless it is there (tests pass their own). */
	fetch?: (path: string) => Promise<Response>;
}

// Read-only values derived afresh on each change, hence the plain (not reactive) collections.
const byId = (entries: readonly CatalogueEntry[]) =>
	new Map(entries.map((entry) => [entry.id, entry])) as ReadonlyMap<string, CatalogueEntry>;
const idSet = (ids: Iterable<string>) => new Set(ids) as ReadonlySet<string>;
const searchParams = (search: string) => new URLSearchParams(search);

const EMPTY: View = { lanes: [], q: '', window: null, event: null };

export class Chronicle {
	readonly lang: Lang;
	readonly total: number;
	readonly #options: ChronicleOptions;
	readonly #fetch: (path: string) => Promise<Response>;
	/** Words typed before the page could search. */
	#typed: string | null = null;

	/** Every event in brief; the page is enhanced once it is here. */
	readonly catalogue = new Lazy(() => this.#json<CatalogueEntry[]>(cataloguePath(this.lang)));
	#json = <T>(path: string) => this.#fetch(path).then((response) => response.json() as Promise<T>);
	/** The search index, fetched when the reader first searches (or focuses the box). */
	readonly searching = new Lazy<SearchIndex>(async () => {
		const [{ createSearchIndex }, text] = await Promise.all([
			import('$lib/search'),
			this.#fetch(searchIndexPath(this.lang)).then((response) => response.text())
		]);
		return createSearchIndex(text);
	});
	/** One loader per year, created when one of its events is first selected. */
	readonly years = new SvelteMap<number, Lazy<EntryView[]>>();
	/** The timeline, once drawn. */
	timeline = $state.raw<TimelineHandle | null>(null);

	constructor(options: ChronicleOptions) {
		this.#options = options;
		this.lang = options.lang;
		this.total = options.total;
		this.#fetch = options.fetch ?? fetchOk;
	}

	readonly all = $derived<readonly CatalogueEntry[]>(this.catalogue.value ?? []);
	readonly enhanced = $derived(this.catalogue.status === 'ready');
	readonly byId: ReadonlyMap<string, CatalogueEntry> = $derived(byId(this.all));

	/** The URL as read, before the selection is checked against filter and search. */
	readonly requested = $derived.by<View>(() =>
		this.enhanced ? parseView(searchParams(this.#options.search()), idSet(this.byId.keys())) : EMPTY
	);
	readonly index = $derived(this.searching.value);
	/** Search hits, once the index has loaded; null when not searching. */
	readonly matches = $derived(
		this.requested.q && this.index ? idSet(this.index.search(this.requested.q)) : null
	);
	/** Marks the search words, with the search module's code; null when not searching. */
	readonly mark = $derived.by(() => {
		const { index, matches } = this;
		const q = this.requested.q;
		return matches && index ? (text: string) => index.highlight(text, q) : null;
	});
	/** The view; an event hidden by the filter or search is not selected. */
	readonly view = $derived<View>({
		...this.requested,
		event:
			this.requested.event &&
			this.shows(this.byId.get(this.requested.event)!, this.requested.lanes, this.matches)
				? this.requested.event
				: null
	});
	readonly selected = $derived(this.view.event);
	readonly visibleIds = $derived.by(() => {
		// Read the state once, not per entry: this runs over the whole chronicle on each change.
		const { lanes } = this.view;
		const hits = this.matches;
		return this.all.filter((entry) => this.shows(entry, lanes, hits)).map((entry) => entry.id);
	});
	readonly announcement = $derived.by(() => {
		const t = dictionaries[this.lang];
		return this.view.lanes.length > 0 || this.matches
			? t.shownCount(this.visibleIds.length, this.total)
			: t.eventCount(this.total);
	});

	/** The selected event in full, from its year's entries once they are here. */
	readonly detail = $derived.by(() => {
		const id = this.selected;
		return id ? (this.#yearOf(id)?.value?.find((entry) => entry.id === id) ?? null) : null;
	});
	/** The selected event's year did not load. */
	readonly detailFailed = $derived(
		this.selected !== null && this.#yearOf(this.selected)?.status === 'failed'
	);

	shows(entry: CatalogueEntry, lanes: readonly Lane[], hits: ReadonlySet<string> | null) {
		return isVisible(entry, lanes) && (!hits || hits.has(entry.id));
	}

	/** Fetches the catalogue; once it is here, the address takes its canonical form. */
	async start(): Promise<void> {
		if (!(await this.catalogue.load())) return;
		const canonical = viewToSearch(this.view);
		if (this.#options.search() !== canonical) this.#options.navigate(canonical, 'load');
		if (this.#typed !== null) this.search(this.#typed);
	}

	/**
	 * Starts the loads the view needs and keeps the timeline in step with it, each in its own
	 * effect so that a change redoes only its own step. Call while the page initialises.
	 */
	connect(): void {
		$effect(() => this.loadWanted());
		$effect(() => {
			this.timeline?.filter(this.matches);
		});
		$effect(() => {
			this.timeline?.showLanes(shownLanes(this.view.lanes));
		});
		$effect(() => {
			// Back, Forward and restored links move the timeline; its own moves are already there.
			this.timeline?.showWindow(this.view.window);
		});
		$effect(() => {
			const id = this.selected;
			this.timeline?.select(id, id ? lanesOf(this.byId.get(id)!) : []);
		});
	}

	/** Filter changes are history entries; the selection and the window replace the current one. */
	show(next: View, replace: boolean): void {
		this.#options.navigate(viewToSearch(next), replace ? 'replace' : 'push');
	}

	select(id: string | null): void {
		this.show({ ...this.view, event: id }, true);
	}

	search(q: string): void {
		// Typed before the catalogue is here: searched once it is (see `start`).
		if (!this.enhanced) {
			this.#typed = q;
			return;
		}
		const next = normaliseQuery(q);
		if (next === this.view.q) return;
		// A new search is a history entry; refining it replaces that entry.
		this.show({ ...this.view, q: next, event: null }, this.view.q !== '' && next !== '');
	}

	toggle(lane: Lane): void {
		const lanes = toggleLane(this.view.lanes, lane);
		const id = this.selected;
		const keep = id && this.shows(this.byId.get(id)!, lanes, this.matches);
		this.show({ ...this.view, lanes, event: keep ? id : null }, false);
	}

	showAll(): void {
		this.show({ ...this.view, lanes: [] }, false);
	}

	clearAll(): void {
		this.show({ ...this.view, lanes: [], q: '', event: null }, false);
	}

	/**
	 * Starts what the view needs: the search index for a search, the selected event's year for its
	 * details. A failed load is tried again on the reader's next search or selection.
	 */
	loadWanted(): void {
		if (this.requested.q) this.searching.load();
		const id = this.selected;
		if (!id) return;
		const year = Number(this.byId.get(id)!.date.slice(0, 4));
		let lazy = this.years.get(year);
		if (!lazy) {
			lazy = new Lazy(() => this.#json<EntryView[]>(yearEntriesPath(this.lang, year)));
			this.years.set(year, lazy);
		}
		lazy.load();
	}

	#yearOf(id: string): Lazy<EntryView[]> | undefined {
		const entry = this.byId.get(id);
		return entry ? this.years.get(Number(entry.date.slice(0, 4))) : undefined;
	}
}
