import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/validate';
import { readContentFiles } from '../server/files';
import { allDayRange, buildCalendar, dateTimeValue, escapeText, foldLine } from './ics';
import { forPair } from './model';
import { events, input, makeEvent, urls } from '../../../tests/fixtures/factory';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Every physical line is at most 75 octets and valid UTF-8 on its own (no split characters). */
function expectFoldedProperly(text: string) {
	expect(text.endsWith('\r\n')).toBe(true);
	expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	for (const line of text.slice(0, -2).split('\r\n')) {
		expect(octets(line)).toBeLessThanOrEqual(75);
		expect(strictUtf8.decode(new TextEncoder().encode(line))).toBe(line);
	}
}

function vevents(text: string) {
	return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('escapeText', () => {
	it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
		expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d');
		expect(escapeText('one\ntwo\r\nthree\rfour')).toBe('one\\ntwo\\nthree\\nfour');
		expect(escapeText('日本語: 条約')).toBe('日本語: 条約');
	});
});

describe('foldLine', () => {
	it('leaves a line of 75 octets alone and folds one of 76', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});

	it('counts octets, not characters, and never splits a character', () => {
		for (const text of [
			`SUMMARY:${'条約'.repeat(60)}`,
			`SUMMARY:a${'露朝'.repeat(40)}`,
			`SUMMARY:ab${'🇯🇵🇰🇵'.repeat(30)}`,
			`DESCRIPTION:${'ñé'.repeat(80)}`
		]) {
			const folded = foldLine(text);
			expect(folded).toContain('\r\n ');
			expectFoldedProperly(`${folded}\r\n`);
			expect(unfold(folded)).toBe(text);
		}
	});
});

describe('allDayRange', () => {
	it('ends the day after the date, or after the end (DTEND is exclusive)', () => {
		expect(allDayRange({ date: '2024-06-19' })).toEqual({ start: '20240619', end: '20240620' });
		expect(allDayRange({ date: '2024-06-19', end: '2024-06-20' })).toEqual({
			start: '20240619',
			end: '20240621'
		});
		expect(allDayRange({ date: '2024-02-28' }).end).toBe('20240229');
		expect(allDayRange({ date: '2024-12-31' }).end).toBe('20250101');
		expect(allDayRange({ date: '2018-03-25', end: '2019-01' }).end).toBe('20190201');
	});
});

describe('dateTimeValue', () => {
	it('writes a UTC DATE-TIME', () => {
		expect(dateTimeValue('2025-01-02T03:04:05.678Z')).toBe('20250102T030405Z');
	});
});

describe('buildCalendar', () => {
	const text = buildCalendar(events, urls, '2025-01-02T03:04:05.678Z');

	it('names a pair calendar after its relationship, in both languages, with its events only', () => {
		const pair = forPair(input, 'kp-ru');
		const calendar = new ICAL.Component(
			ICAL.parse(buildCalendar(pair.events, urls, '2025-01-02T03:04:05Z', 'kp-ru'))
		);
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
			'中露朝クロニクル:ロシア–北朝鮮 / Triangle Chronicle: Russia–North Korea'
		);
		const uids = calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
		expect(uids).toEqual(
			pair.events.filter((e) => e.date.length === 10).map((e) => `${e.id}@triangle-chronicle`)
		);
		expect(pair.events.length).toBeLessThan(events.length);
		const whole = new ICAL.Component(ICAL.parse(text));
		expect(whole.getFirstPropertyValue('x-wr-calname')).toBe(
			'中露朝クロニクル / Triangle Chronicle'
		);
	});

	it('is folded, CRLF-terminated iCalendar that a real parser reads', () => {
		expectFoldedProperly(text);
		const calendar = new ICAL.Component(ICAL.parse(text));
		expect(calendar.name).toBe('vcalendar');
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Triangle Chronicle/);
	});

	it('has one all-day event per day-precise event and leaves out month and year ones', () => {
		const list = vevents(text);
		expect(list.map((v) => v.getFirstPropertyValue('uid'))).toEqual([
			'1961-07-06-treaty@triangle-chronicle',
			'2024-06-19-summit@triangle-chronicle',
			'2025-09-03-parade@triangle-chronicle'
		]);
		const summit = new ICAL.Event(list[1]);
		expect(summit.startDate.isDate).toBe(true);
		expect(summit.startDate.toString()).toBe('2024-06-19');
		expect(summit.endDate.isDate).toBe(true);
		expect(summit.endDate.toString()).toBe('2024-06-21');
		expect(list[1].getFirstPropertyValue('dtstamp')!.toString()).toBe('2025-01-02T03:04:05Z');
	});

	it('titles each event in both languages and links both pages', () => {
		const treaty = vevents(text)[0];
		expect(treaty.getFirstPropertyValue('summary')).toBe(
			'ソ朝条約に調印 / Treaty "signed", at last; really'
		);
		expect(treaty.getFirstPropertyValue('url')).toBe(
			'https://example.org/chronicle/ja/events/1961-07-06-treaty/'
		);
		expect(treaty.getFirstPropertyValue('description')).toBe(
			[
				'1961-07-06-treaty の要約',
				'https://example.org/chronicle/ja/events/1961-07-06-treaty/',
				'',
				'Summary of 1961-07-06-treaty',
				'https://example.org/chronicle/en/events/1961-07-06-treaty/'
			].join('\n')
		);
	});

	it('keeps a long Japanese title intact through folding', () => {
		const title = { ja: '包括的戦略パートナーシップ条約、'.repeat(8), en: 'Long; title, here' };
		const one = buildCalendar([makeEvent('2024-06-19-long', { title })], urls, '2025-01-01');
		expectFoldedProperly(one);
		expect(vevents(one)[0].getFirstPropertyValue('summary')).toBe(`${title.ja} / ${title.en}`);
	});

	it('folds and parses the real content', () => {
		const real = validateContent(readContentFiles()).events.filter((e) => !e.draft);
		const calendar = buildCalendar(real, urls, '2025-01-01T00:00:00Z');
		expectFoldedProperly(calendar);
		const list = vevents(calendar);
		expect(list).toHaveLength(real.filter((e) => e.date.length === 10).length);
		expect(list.length).toBeGreaterThan(0);
	});
});
