import { describe, expect, it } from 'vitest';
import { entryState, listClasses } from './list';

describe('listClasses', () => {
	it('marks the list enhanced and shows every lane unfiltered', () => {
		expect(listClasses({ lanes: [], matches: null })).toEqual({
			enhanced: true,
			filtered: false,
			searching: false,
			'show-cn-kp': false,
			'show-cn-ru': false,
			'show-kp-ru': false,
			'show-context': false
		});
	});

	it('shows the selected lanes, and says when a search is on', () => {
		const classes = listClasses({ lanes: ['kp-ru', 'context'], matches: new Set() });
		expect(classes.filtered).toBe(true);
		expect(classes.searching).toBe(true);
		expect(
			Object.keys(classes).filter((name) => name.startsWith('show-') && classes[name])
		).toEqual(['show-kp-ru', 'show-context']);
	});
});

describe('entryState', () => {
	it('hides only search misses, and marks only the selected entry', () => {
		const view = { matches: new Set(['a']), selected: 'a' };
		expect(entryState('a', view)).toEqual({ miss: false, selected: true });
		expect(entryState('b', view)).toEqual({ miss: true, selected: false });
		expect(entryState('b', { matches: null, selected: null })).toEqual({
			miss: false,
			selected: false
		});
	});
});
