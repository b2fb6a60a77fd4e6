/**
 * The chronicle's list is server HTML that is never hydrated (`Chronology`). This keeps it in step
 * with the view by classes and attributes alone: the filter and search hide entries through CSS,
 * the selection marks one entry, search words are marked in titles and summaries. Only entries
 * whose state changed are touched, so a filter change costs one class on the list.
 */
import { LANES, type Lane } from '$lib/content/lanes';
import type { Segment } from '$lib/tokens';

export interface ListView {
	lanes: readonly Lane[];
	/** Search hits; null when not searching. */
	matches: ReadonlySet<string> | null;
	selected: string | null;
	/** Marks the search words; null when not searching. */
	mark: ((text: string) => Segment[]) | null;
}

/** The list's classes for a view: the CSS shows the selected lanes and hides search misses. */
export function listClasses(view: Pick<ListView, 'lanes' | 'matches'>): Record<string, boolean> {
	const classes: Record<string, boolean> = {
		enhanced: true,
		filtered: view.lanes.length > 0,
		searching: view.matches !== null
	};
	for (const lane of LANES) classes[`show-${lane}`] = view.lanes.includes(lane);
	return classes;
}

/** Whether an entry is a search miss, and whether it is the selected one. */
export function entryState(id: string, view: Pick<ListView, 'matches' | 'selected'>) {
	return { miss: view.matches !== null && !view.matches.has(id), selected: view.selected === id };
}

interface Entry {
	element: HTMLElement;
	button: HTMLButtonElement | null;
	/** The title's link and the summary; their server markup is kept when first marked. */
	texts: { element: Element; original: Node[] | null }[];
	miss: boolean;
	selected: boolean;
	mark: ListView['mark'];
}

export class ChronologyList {
	readonly #list: HTMLElement;
	readonly #entries: Map<string, Entry>;

	constructor(list: HTMLElement) {
		this.#list = list;
		this.#entries = new Map(
			[...list.querySelectorAll<HTMLElement>('.entry')].map((element) => [
				element.dataset.id!,
				{
					element,
					button: element.querySelector('button.select-entry'),
					texts: [...element.querySelectorAll('h4 a, .summary')].map((text) => ({
						element: text,
						original: null
					})),
					miss: false,
					selected: false,
					mark: null
				}
			])
		);
	}

	update(view: ListView): void {
		for (const [name, on] of Object.entries(listClasses(view)))
			this.#list.classList.toggle(name, on);
		for (const [id, entry] of this.#entries) {
			const { miss, selected } = entryState(id, view);
			if (miss !== entry.miss) entry.element.classList.toggle('miss', (entry.miss = miss));
			if (selected !== entry.selected) {
				entry.element.classList.toggle('selected', (entry.selected = selected));
				entry.button?.setAttribute('aria-pressed', String(selected));
			}
			// Misses are hidden: their marks wait until they are hits.
			const mark = miss ? entry.mark : view.mark;
			if (mark !== entry.mark) {
				entry.mark = mark;
				for (const text of entry.texts) {
					text.original ??= [...text.element.childNodes];
					markText(text.element, text.original, mark);
				}
			}
		}
	}
}

function markText(element: Element, original: readonly Node[], mark: ListView['mark']) {
	if (!mark) {
		element.replaceChildren(...original);
		return;
	}
	const text = original.map((node) => node.textContent).join('');
	element.replaceChildren(
		...mark(text).map((segment) => {
			if (!segment.match) return segment.text;
			const marked = document.createElement('mark');
			marked.textContent = segment.text;
			return marked;
		})
	);
}
