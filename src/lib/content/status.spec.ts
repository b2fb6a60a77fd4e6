import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readContentFiles } from '../server/files';
import { byDate } from './dates';
import type { Pair } from './schema';
import { validateContent } from './validate';
import {
	deriveStatus,
	predecessorOf,
	statusRuns,
	successorOf,
	type PairStatus,
	type YearStatus
} from './status';
import { deriveTreaties, type Treaty } from './treaties';

vi.stubEnv('EVENTS_DIR', undefined);
const content = validateContent(
	readContentFiles(fileURLToPath(new URL('../../../events', import.meta.url)))
);
vi.unstubAllEnvs();
const events = [...content.events].sort(byDate);
const treaties = deriveTreaties(events);
const TODAY = '2026-11-26';
const strips = deriveStatus(treaties, { today: TODAY });

const strip = (pair: Pair, from = strips) => from.find((s) => s.pair === pair)!.years;
const year = (pair: Pair, y: number, from = strips) => strip(pair, from).find((s) => s.year === y)!;
/** `status`, or `a→b` for a year that changed, with `?` for uncertain. */
const read = (s: YearStatus) => `${s.phases.join('→')}${s.uncertain ? '?' : ''}`;
const readYears = (pair: Pair, years: number[], from = strips) =>
	Object.fromEntries(years.map((y) => [y, read(year(pair, y, from))]));
const range = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('deriveStatus on the real content', () => {
	it('covers every pair from the first signing (1950) to the current year', () => {
		expect(
			strips.map((s) => [s.pair, s.years[0].year, s.years.at(-1)!.year, s.years.length])
		).toEqual([
			['cn-kp', 1950, 2026, 77],
			['cn-ru', 1950, 2026, 77],
			['kp-ru', 1950, 2026, 77]
		]);
	});

	it('shows the Soviet pledge, its lapse, the gap, the 2000 treaty and the 2024 replacement', () => {
		expect(readYears('kp-ru', [1961, 1962, 1970, 1994, 1995, 1996, 1997, 1999])).toEqual({
			1961: 'none→pledge',
			1962: 'pledge',
			1970: 'pledge',
			1994: 'pledge',
			1995: 'pledge?',
			1996: 'pledge→none?',
			1997: 'none',
			1999: 'none'
		});
		expect(readYears('kp-ru', [2000, 2001, 2023, 2024, 2025, 2026])).toEqual({
			2000: 'none→plain?',
			2001: 'plain',
			2023: 'plain',
			2024: 'plain→pledge',
			2025: 'pledge',
			2026: 'pledge'
		});
	});

	it('has no pledge for Russia–North Korea at the end of any year from 1996 to 2023', () => {
		expect(new Set(range(1996, 2023).map((y) => year('kp-ru', y).status))).toEqual(
			new Set(['none', 'plain'])
		);
	});

	it('dates the status of a year by its end: the 1996 lapse and the 2024 replacement', () => {
		expect(
			[1961, 1996, 2000, 2024].map((y) => [y, year('kp-ru', y).status, year('kp-ru', y).inForce])
		).toEqual([
			[1961, 'pledge', ['kp-ru-1961']],
			[1996, 'none', ['kp-ru-1961']],
			[2000, 'plain', ['kp-ru-2000']],
			// Same-day replacement on 2024-12-04: no gap between the two treaties.
			[2024, 'pledge', ['kp-ru-2000', 'kp-ru-2024']]
		]);
	});

	it('marks the 1995–1996 lapse and the unrecorded entry into force of 2000 as uncertain', () => {
		const uncertain = strip('kp-ru').filter((y) => y.uncertain);
		expect(uncertain.map((y) => [y.year, y.uncertainBecause])).toEqual([
			[1995, ['kp-ru-1961']],
			[1996, ['kp-ru-1961']],
			[2000, ['kp-ru-2000']]
		]);
	});

	it('keeps the 1961 Sino–DPRK pledge in force every year since', () => {
		expect(read(year('cn-kp', 1961))).toBe('none→pledge');
		expect(new Set(range(1962, 2026).map((y) => read(year('cn-kp', y))))).toEqual(
			new Set(['pledge'])
		);
	});

	it('has the 2001 Sino–Russian treaty, without a pledge, in force from 2002 and through its 2021 extension', () => {
		expect(readYears('cn-ru', [1961, 2000, 2001, 2002, 2003, 2021, 2022, 2025])).toEqual({
			// The 1950 alliance, until 1980.
			1961: 'pledge',
			2000: 'none',
			// Signed in July 2001, in force only from 2002-02-28.
			2001: 'none',
			2002: 'none→plain',
			2003: 'plain',
			2021: 'plain',
			2022: 'plain',
			2025: 'plain'
		});
		expect(year('cn-ru', 2022).inForce).toEqual(['cn-ru-2001']);
	});

	it('marks 2026 uncertain for China–Russia: one reading ends the extended term on 2026-07-16', () => {
		expect([read(year('cn-ru', 2026)), year('cn-ru', 2026).uncertainBecause]).toEqual([
			'plain?',
			['cn-ru-2001']
		]);
	});

	it('counts only what has happened by today', () => {
		const early = deriveStatus(treaties, { today: '2024-06-30' });
		expect([strip('kp-ru', early).length, read(year('kp-ru', 2024, early))]).toEqual([75, 'plain']);
	});

	it('starts where asked', () => {
		const late = deriveStatus(treaties, { today: TODAY, from: 2020 });
		expect(late.map((s) => s.years[0].year)).toEqual([2020, 2020, 2020]);
	});
});

describe('statusRuns', () => {
	it('reads the Russia–North Korea strip as runs of equal years', () => {
		expect(
			statusRuns(strip('kp-ru')).map((r) => [r.from, r.to, read({ ...r, year: r.from })])
		).toEqual([
			[1950, 1960, 'none'],
			[1961, 1961, 'none→pledge'],
			[1962, 1994, 'pledge'],
			[1995, 1995, 'pledge?'],
			[1996, 1996, 'pledge→none?'],
			[1997, 1999, 'none'],
			[2000, 2000, 'none→plain?'],
			[2001, 2023, 'plain'],
			[2024, 2024, 'plain→pledge'],
			[2025, 2026, 'pledge']
		]);
	});
});

/** A minimal treaty for the edge cases the real content does not have. */
function fake(id: string, parts: Partial<Treaty>): Treaty {
	const [a, b, year] = id.split('-');
	return {
		id,
		name: { ja: id, en: id },
		short: { ja: id, en: id },
		parties: [a.toUpperCase(), b.toUpperCase()] as Treaty['parties'],
		pair: `${a}-${b}` as Pair,
		place: { ja: '', en: '' },
		pledge: false,
		term: { ja: '', en: '' },
		clauses: [],
		signed: { date: `${year}-01-15`, eventId: `${year}-01-15-signed` },
		extended: [],
		eventIds: [],
		uncertain: false,
		...parts
	};
}

const only = (list: PairStatus[], pair: Pair) => list.find((s) => s.pair === pair)!.years;

describe('deriveStatus on edge cases', () => {
	it('marks every year after the last recorded term has run out, but keeps the treaty in force', () => {
		const t = fake('cn-ru-2001', {
			inForce: { date: '2002-02-28', eventId: 'x' },
			extended: [{ date: '2021-06-28', eventId: 'y', until: '2027-02-28' }]
		});
		const years = only(deriveStatus([t], { today: '2029-03-01', from: 2025 }), 'cn-ru');
		expect(years.map((y) => [y.year, read(y)])).toEqual([
			[2025, 'plain'],
			[2026, 'plain'],
			[2027, 'plain?'],
			[2028, 'plain?'],
			[2029, 'plain?']
		]);
	});

	it('shows a gap when one treaty ends a day before the next begins', () => {
		const old = fake('kp-ru-2000', {
			inForce: { date: '2000-03-01', eventId: 'x' },
			ended: { date: '2010-06-01', eventId: 'y' }
		});
		const next = fake('kp-ru-2010', {
			pledge: true,
			inForce: { date: '2010-06-02', eventId: 'z' }
		});
		const years = only(deriveStatus([old, next], { today: '2011-01-01', from: 2010 }), 'kp-ru');
		expect([read(years[0]), successorOf(old, [old, next])]).toEqual([
			'plain→none→pledge',
			undefined
		]);
	});

	it('counts a month-precision end from the first day of that month', () => {
		const t = fake('cn-kp-1990', {
			pledge: true,
			inForce: { date: '1990-01-01', eventId: 'x' },
			ended: { date: '1995-01', eventId: 'y' }
		});
		const years = only(deriveStatus([t], { today: '1996-01-01', from: 1994 }), 'cn-kp');
		expect(years.map(read)).toEqual(['pledge', 'none', 'none']);
	});

	it('does not count a treaty signed but not yet in force', () => {
		const t = fake('kp-ru-2030', { pledge: true, inForce: { date: '2030-12-01', eventId: 'x' } });
		const years = only(deriveStatus([t], { today: '2030-06-01', from: 2030 }), 'kp-ru');
		expect(years.map(read)).toEqual(['none']);
	});
});

describe('successorOf and predecessorOf', () => {
	const byId = (id: string) => treaties.find((t) => t.id === id)!;

	it('finds the 2024 treaty as the successor of the 2000 one, and the reverse', () => {
		expect([
			successorOf(byId('kp-ru-2000'), treaties)?.id,
			predecessorOf(byId('kp-ru-2024'), treaties)?.id
		]).toEqual(['kp-ru-2024', 'kp-ru-2000']);
	});

	it('finds none for the lapsed 1961 treaty, nor for treaties still in force', () => {
		expect(
			['kp-ru-1961', 'cn-kp-1961', 'cn-ru-2001', 'kp-ru-2024'].map((id) =>
				successorOf(byId(id), treaties)
			)
		).toEqual([undefined, undefined, undefined, undefined]);
		expect(predecessorOf(byId('kp-ru-2000'), treaties)).toBeUndefined();
	});
});
