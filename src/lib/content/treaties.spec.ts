import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../../tests/fixtures/read';
import { readContentFiles } from '../server/files';
import { byDate } from './dates';
import type { ChronicleEvent } from './schema';
import { validateContent } from './validate';
import { deriveTreaties, pairOf, periodInForce, type Treaty } from './treaties';

function load(url: URL) {
	vi.stubEnv('EVENTS_DIR', undefined);
	try {
		return validateContent(readContentFiles(fileURLToPath(url)));
	} finally {
		vi.unstubAllEnvs();
	}
}

// deriveTreaties expects events in date order, as the content module sorts them.
const inDateOrder = (events: ChronicleEvent[]) => [...events].sort(byDate);

const content = load(new URL('../../../events', import.meta.url));
const treaties = deriveTreaties(inDateOrder(content.events));
const treaty = (id: string): Treaty => treaties.find((t) => t.id === id)!;

describe('the real content', () => {
	it('validates without issues', () => {
		expect(content.issues).toEqual([]);
	});

	it('has at least 28 events and 4 commentary entries', () => {
		expect([content.events.length >= 28, content.commentary.length >= 4]).toEqual([true, true]);
	});
});

describe('deriveTreaties on the real content', () => {
	it('finds the six treaties, in order of signing', () => {
		expect(treaties.map((t) => [t.id, t.pair, t.signed.date, t.pledge])).toEqual([
			['cn-ru-1950', 'cn-ru', '1950-02-14', true],
			['kp-ru-1961', 'kp-ru', '1961-07-06', true],
			['cn-kp-1961', 'cn-kp', '1961-07-11', true],
			['kp-ru-2000', 'kp-ru', '2000-02-09', false],
			['cn-ru-2001', 'cn-ru', '2001-07-16', false],
			['kp-ru-2024', 'kp-ru', '2024-06-19', true]
		]);
	});

	it('ends the 1961 Soviet–DPRK treaty in September 1996', () => {
		expect(treaty('kp-ru-1961')).toMatchObject({
			inForce: { date: '1961-09-10', eventId: '1961-07-06-soviet-dprk-treaty' },
			ended: { date: '1996-09', eventId: '1996-09-soviet-treaty-lapses' },
			eventIds: ['1961-07-06-soviet-dprk-treaty', '1996-09-soviet-treaty-lapses'],
			uncertain: true
		});
	});

	it('leaves the 1961 Sino–DPRK treaty in force', () => {
		const t = treaty('cn-kp-1961');
		expect([t.inForce?.date, t.ended, t.clauses.map((c) => [c.article, c.aid])]).toEqual([
			'1961-09-10',
			undefined,
			[
				['2', true],
				['7', false]
			]
		]);
	});

	it('ends the 2000 Russia–DPRK treaty when the 2024 treaty enters into force', () => {
		const t = treaty('kp-ru-2000');
		expect([t.inForce, t.ended?.date, t.ended?.eventId, t.ended?.note?.en]).toEqual([
			undefined,
			'2024-12-04',
			'2024-12-04-treaty-enters-into-force',
			expect.stringContaining('Superseded')
		]);
	});

	it('brings the 2024 treaty into force on 2024-12-04 through its own event', () => {
		const t = treaty('kp-ru-2024');
		expect({
			parties: t.parties,
			inForce: t.inForce,
			ended: t.ended,
			eventIds: t.eventIds
		}).toEqual({
			parties: ['KP', 'RU'],
			inForce: { date: '2024-12-04', eventId: '2024-12-04-treaty-enters-into-force' },
			ended: undefined,
			eventIds: ['2024-06-19-putin-pyongyang-treaty', '2024-12-04-treaty-enters-into-force']
		});
	});

	it('has the 2001 Sino–Russian treaty in force from 2002-02-28 and extended to 2027-02-28', () => {
		const t = treaty('cn-ru-2001');
		expect({
			inForce: t.inForce,
			extended: t.extended.map(({ date, eventId, until }) => ({ date, eventId, until })),
			ended: t.ended
		}).toEqual({
			inForce: { date: '2002-02-28', eventId: '2001-07-16-sino-russian-treaty' },
			extended: [
				{
					date: '2021-06-28',
					eventId: '2021-06-28-sino-russian-treaty-extended',
					until: '2027-02-28'
				}
			],
			ended: undefined
		});
	});

	it('gives each treaty its period in force', () => {
		expect(Object.fromEntries(treaties.map((t) => [t.id, periodInForce(t)]))).toEqual({
			'cn-ru-1950': { start: '1950-04-11', end: '1980-04-11', startKnown: true },
			'kp-ru-1961': { start: '1961-09-10', end: '1996-09', startKnown: true },
			'cn-kp-1961': { start: '1961-09-10', end: undefined, startKnown: true },
			// No entry into force is recorded for the 2000 treaty: the band starts at the signing.
			'kp-ru-2000': { start: '2000-02-09', end: '2024-12-04', startKnown: false },
			'cn-ru-2001': { start: '2002-02-28', end: undefined, startKnown: true },
			'kp-ru-2024': { start: '2024-12-04', end: undefined, startKnown: true }
		});
	});
});

describe('deriveTreaties on the good fixtures', () => {
	const fixtures = validateContent(readFixture('good'));
	const [only] = deriveTreaties(inDateOrder(fixtures.events));

	it('takes the entry into force from the signing step when no event records it', () => {
		expect(only).toMatchObject({
			id: 'kp-ru-2024',
			signed: { date: '2024-06-19', eventId: '2024-06-19-good-treaty-signed' },
			inForce: { date: '2024-12-04', eventId: '2024-06-19-good-treaty-signed' },
			eventIds: ['2024-06-19-good-treaty-signed'],
			extended: [],
			uncertain: false
		});
	});
});

describe('pairOf', () => {
	it.each([
		[['KP', 'RU'], 'kp-ru'],
		[['RU', 'KP'], 'kp-ru'],
		[['CN', 'KP'], 'cn-kp'],
		[['RU', 'CN'], 'cn-ru']
	])('%j → %s', (parties, pair) => {
		expect(pairOf(parties)).toBe(pair);
	});
});
