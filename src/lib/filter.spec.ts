import { describe, expect, it } from 'vitest';
import {
	countByLane,
	isVisible,
	normaliseLane,
	parseLanes,
	parseMonth,
	parseView,
	parseWindow,
	rangeWindow,
	toggleLane,
	viewToSearch,
	windowRange
} from './filter';

const ids = new Set(['2024-06-19-putin-pyongyang-treaty', '1961-07-11-sino-dprk-treaty']);
const view = (query: string) => parseView(new URLSearchParams(query), ids);

describe('normaliseLane', () => {
	it.each([
		['cn-kp', 'cn-kp'],
		['CN-KP', 'cn-kp'],
		['kp-cn', 'cn-kp'],
		[' Ru-Kp ', 'kp-ru'],
		['context', 'context'],
		['CONTEXT', 'context'],
		['xx-yy', null],
		['cn', null],
		['cn-kp-ru', null],
		['<script>', null],
		['', null]
	])('%j → %j', (raw, expected) => {
		expect(normaliseLane(raw)).toBe(expected);
	});
});

describe('parseLanes', () => {
	it('sorts, dedupes and drops unknown codes', () => {
		expect(parseLanes('kp-ru,CN-KP,cn-kp')).toEqual(['cn-kp', 'kp-ru']);
		expect(parseLanes('xx-yy,,CN-KP')).toEqual(['cn-kp']);
		expect(parseLanes('context,ru-cn')).toEqual(['cn-ru', 'context']);
	});

	it('treats garbage as no filter', () => {
		expect(parseLanes('<script>alert(1)</script>')).toEqual([]);
		expect(parseLanes(null)).toEqual([]);
		expect(parseLanes('%E0%A4%A')).toEqual([]);
		expect(parseLanes(',,,')).toEqual([]);
	});

	it('reads at most 200 characters of a very long value', () => {
		expect(parseLanes(`cn-kp,${'x'.repeat(100_000)},kp-ru`)).toEqual(['cn-kp']);
		expect(parseLanes(`${'cn-kp,'.repeat(50_000)}`)).toEqual(['cn-kp']);
	});
});

describe('parseView and viewToSearch', () => {
	it('keeps known event ids and ignores unknown ones', () => {
		expect(view('event=2024-06-19-putin-pyongyang-treaty').event).toBe(
			'2024-06-19-putin-pyongyang-treaty'
		);
		expect(view('event=2024-06-19-PUTIN-pyongyang-treaty').event).toBe(
			'2024-06-19-putin-pyongyang-treaty'
		);
		expect(view('event=nope').event).toBeNull();
		expect(view('event=<img src=x onerror=alert(1)>').event).toBeNull();
		expect(view(`event=${'a'.repeat(10_000)}`).event).toBeNull();
	});

	it('round-trips to the canonical query', () => {
		expect(viewToSearch(view('pair=KP-RU,cn-kp&event=1961-07-11-sino-dprk-treaty'))).toBe(
			'?pair=cn-kp,kp-ru&event=1961-07-11-sino-dprk-treaty'
		);
		expect(viewToSearch(view('event=1961-07-11-sino-dprk-treaty&pair=ru-kp'))).toBe(
			'?pair=kp-ru&event=1961-07-11-sino-dprk-treaty'
		);
		expect(viewToSearch(view('pair=xx&event=nope&utm=1'))).toBe('');
		expect(viewToSearch({ lanes: [], q: '', window: null, event: null })).toBe('');
	});

	it('keeps the search words, normalised and encoded', () => {
		expect(view('q=%20%20条約%20%20').q).toBe('条約');
		expect(viewToSearch(view('q=putin  visit&pair=kp-ru'))).toBe('?pair=kp-ru&q=putin%20visit');
		expect(view(`q=${'x'.repeat(5000)}`).q).toHaveLength(200);
		expect(view('q=<script>').q).toBe('<script>');
	});
});

describe('the timeline window', () => {
	it.each([
		['2017-01', 'from', '2017-01'],
		[' 2017-1 ', 'from', '2017-01'],
		['2017', 'from', '2017-01'],
		['2017', 'to', '2017-12'],
		['2025-12', 'to', '2025-12'],
		['2017-13', 'from', null],
		['2017-00', 'to', null],
		['1899-12', 'from', null],
		['2101', 'to', null],
		['17-01', 'from', null],
		['2017-01-05', 'from', null],
		['<script>', 'from', null],
		['', 'from', null],
		[null, 'to', null]
	] as const)('parseMonth(%j, %s) → %j', (raw, edge, expected) => {
		expect(parseMonth(raw, edge)).toBe(expected);
	});

	it('needs both ends, in order', () => {
		expect(parseWindow('2017-01', '2025-12')).toEqual({ from: '2017-01', to: '2025-12' });
		expect(parseWindow('2024-06', '2024-06')).toEqual({ from: '2024-06', to: '2024-06' });
		expect(parseWindow('2025-12', '2017-01')).toBeNull();
		expect(parseWindow('2017-01', null)).toBeNull();
		expect(parseWindow(null, '2025-12')).toBeNull();
		expect(parseWindow('2017-01', 'soon')).toBeNull();
	});

	it('round-trips through the instants it covers', () => {
		const range = windowRange({ from: '2017-01', to: '2025-12' });
		expect(new Date(range.start).toISOString()).toBe('2017-01-01T00:00:00.000Z');
		expect(new Date(range.end).toISOString()).toBe('2026-01-01T00:00:00.000Z');
		expect(rangeWindow(range.start, range.end)).toEqual({ from: '2017-01', to: '2025-12' });
		// A window dragged to the middle of months covers the months it touches.
		expect(rangeWindow(Date.UTC(2024, 5, 19, 13), Date.UTC(2024, 8, 2))).toEqual({
			from: '2024-06',
			to: '2024-09'
		});
		expect(rangeWindow(Date.UTC(1850, 0, 1), Date.UTC(2300, 0, 1))).toEqual({
			from: '1900-01',
			to: '2100-12'
		});
	});

	it('is part of the canonical query, and nonsense is the default view', () => {
		expect(viewToSearch(view('to=2025-12&from=2017-1&pair=kp-ru'))).toBe(
			'?pair=kp-ru&from=2017-01&to=2025-12'
		);
		expect(viewToSearch(view('from=2017&to=2017'))).toBe('?from=2017-01&to=2017-12');
		expect(view('from=2025-12&to=2017-01').window).toBeNull();
		expect(view('from=2017-02-30&to=x').window).toBeNull();
		expect(view(`from=${'9'.repeat(10_000)}&to=2025-12`).window).toBeNull();
	});
});

describe('filtering', () => {
	const all = { pairs: ['cn-kp', 'cn-ru', 'kp-ru'] as const };
	const sinoDprk = { pairs: ['cn-kp'] as const };
	const context = { pairs: [] as const };

	it('shows everything when nothing is selected', () => {
		expect([all, sinoDprk, context].every((e) => isVisible(e, []))).toBe(true);
	});

	it('shows an event when it belongs to any selected lane', () => {
		expect(isVisible(sinoDprk, ['cn-kp'])).toBe(true);
		expect(isVisible(sinoDprk, ['kp-ru'])).toBe(false);
		expect(isVisible(all, ['kp-ru'])).toBe(true);
		expect(isVisible(context, ['cn-kp'])).toBe(false);
		expect(isVisible(context, ['context'])).toBe(true);
	});

	it('toggles lanes in canonical order', () => {
		expect(toggleLane([], 'kp-ru')).toEqual(['kp-ru']);
		expect(toggleLane(['kp-ru'], 'cn-kp')).toEqual(['cn-kp', 'kp-ru']);
		expect(toggleLane(['cn-kp', 'kp-ru'], 'cn-kp')).toEqual(['kp-ru']);
	});

	it('counts an event in each lane it belongs to', () => {
		expect(countByLane([all, sinoDprk, context])).toEqual({
			'cn-ru': 1,
			'cn-kp': 2,
			'kp-ru': 1,
			context: 1
		});
	});
});
