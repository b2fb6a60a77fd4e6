import { describe, expect, it, vi } from 'vitest';
import type { CatalogueEntry, EntryView } from '$lib/types';
import { Chronicle } from './chronicle.svelte';

const brief = (id: string, date: string, pairs: CatalogueEntry['pairs']): CatalogueEntry => ({
	id,
	date,
	when: date,
	title: id,
	pairs
});
const CATALOGUE = [
	brief('a', '1961-07-06', ['kp-ru']),
	brief('b', '1961-07-11', ['cn-kp']),
	brief('c', '2024-06-19', ['kp-ru'])
];

/** A chronicle over a fake address and fake files; `fail` lists paths that do not load. */
function setup(search = '', fail: string[] = []) {
	const address = { search };
	const navigate = vi.fn((next: string) => (address.search = next));
	const fetch = vi.fn(async (path: string) => {
		if (fail.some((failing) => path.includes(failing))) throw new Error(`${path}: 500`);
		if (path.includes('search-index')) return new Response('{}');
		if (path.includes('catalogue')) return Response.json(CATALOGUE);
		const year = /(\d{4})/.exec(path)![1];
		return Response.json(
			CATALOGUE.filter((entry) => entry.date.startsWith(year)).map((entry): EntryView => ({
				...(entry as EntryView),
				summary: `${entry.id} in full`
			}))
		);
	});
	const chronicle = new Chronicle({
		lang: 'en',
		total: CATALOGUE.length,
		search: () => address.search,
		navigate,
		fetch
	});
	return { chronicle, navigate, fetch };
}

describe('Chronicle', () => {
	it('is the prerendered default view until the catalogue is here', async () => {
		const { chronicle } = setup('?pair=cn-kp');
		expect(chronicle.enhanced).toBe(false);
		expect(chronicle.view.lanes).toEqual([]);
		expect(chronicle.announcement).toBe('3 events');
		await chronicle.start();
		expect(chronicle.enhanced).toBe(true);
		expect(chronicle.view.lanes).toEqual(['cn-kp']);
		expect(chronicle.announcement).toBe('1 of 3 events');
	});

	it('rewrites the address it started with to the canonical view, once', async () => {
		const { chronicle, navigate } = setup('?pair=KP-CN,bogus&event=B');
		await chronicle.start();
		expect(navigate).toHaveBeenCalledExactlyOnceWith('?pair=cn-kp&event=b', 'load');
	});

	it('leaves a canonical address alone, and says nothing when the catalogue fails', async () => {
		const canonical = setup('?pair=cn-kp');
		await canonical.chronicle.start();
		expect(canonical.navigate).not.toHaveBeenCalled();
		const failing = setup('?pair=KP-CN', ['catalogue']);
		await failing.chronicle.start();
		expect(failing.chronicle.enhanced).toBe(false);
		expect(failing.chronicle.catalogue.status).toBe('failed');
		expect(failing.navigate).not.toHaveBeenCalled();
	});

	it('does not select an event the filter hides, and drops it when a lane hides it', async () => {
		const hidden = setup('?pair=cn-kp&event=a');
		await hidden.chronicle.start();
		expect(hidden.chronicle.selected).toBeNull();

		const { chronicle, navigate } = setup('?event=a');
		await chronicle.start();
		expect(chronicle.selected).toBe('a');
		chronicle.toggle('kp-ru');
		expect(navigate).toHaveBeenLastCalledWith('?pair=kp-ru&event=a', 'push');
		chronicle.toggle('cn-kp');
		expect(navigate).toHaveBeenLastCalledWith('?pair=cn-kp,kp-ru&event=a', 'push');
	});

	it('makes a new search a history entry and a refined one a replacement', async () => {
		const { chronicle, navigate } = setup('?event=a');
		await chronicle.start();
		chronicle.search('  treaty ');
		expect(navigate).toHaveBeenLastCalledWith('?q=treaty', 'push');
		chronicle.search('treaty 1961');
		expect(navigate).toHaveBeenLastCalledWith('?q=treaty%201961', 'replace');
		navigate.mockClear();
		chronicle.search('treaty 1961 ');
		expect(navigate).not.toHaveBeenCalled();
	});

	it('searches for words typed before the catalogue arrived, once it has', async () => {
		const { chronicle, navigate } = setup('?pair=cn-kp');
		chronicle.search('treaty');
		expect(navigate).not.toHaveBeenCalled();
		await chronicle.start();
		expect(navigate).toHaveBeenCalledExactlyOnceWith('?pair=cn-kp&q=treaty', 'push');
	});

	it('loads the selected event in full from its year, and says when the year fails', async () => {
		const { chronicle, fetch } = setup('?event=c');
		await chronicle.start();
		chronicle.loadWanted();
		await vi.waitFor(() => expect(chronicle.detail?.summary).toBe('c in full'));
		expect(fetch).toHaveBeenCalledWith(expect.stringContaining('/2024/'));

		const failing = setup('?event=a', ['1961']);
		await failing.chronicle.start();
		failing.chronicle.loadWanted();
		await vi.waitFor(() => expect(failing.chronicle.detailFailed).toBe(true));
		expect(failing.chronicle.detail).toBeNull();
	});

	it('fetches the search index for a search in the address, not before', async () => {
		const plain = setup('?pair=cn-kp');
		await plain.chronicle.start();
		plain.chronicle.loadWanted();
		expect(plain.chronicle.searching.status).toBe('idle');
		const searching = setup('?q=treaty');
		await searching.chronicle.start();
		searching.chronicle.loadWanted();
		expect(searching.chronicle.searching.status).toBe('loading');
	});
});
