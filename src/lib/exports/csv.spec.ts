import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BOM, EVENT_COLUMNS, csvField, eventsCsv, toCsv } from './csv';
import { events, urls } from '../../../tests/fixtures/factory';

describe('csvField', () => {
	it('leaves plain text, Japanese included, as it is', () => {
		expect(csvField('plain text')).toBe('plain text');
		expect(csvField('包括的戦略パートナーシップ条約')).toBe('包括的戦略パートナーシップ条約');
		expect(csvField('')).toBe('');
	});

	it('quotes fields with a comma, quote, CR or LF and doubles the quotes', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
		expect(csvField('"')).toBe('""""');
	});

	it('puts an apostrophe before anything a spreadsheet would run as a formula', () => {
		expect(csvField('=1+2')).toBe("'=1+2");
		expect(csvField('+81 3')).toBe("'+81 3");
		expect(csvField('-5')).toBe("'-5");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\tx')).toBe("'\tx");
		expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
		// Only at the start of a field.
		expect(csvField('1+1=2')).toBe('1+1=2');
		expect(csvField('2024-06-19')).toBe('2024-06-19');
	});
});

describe('toCsv', () => {
	it('starts with a byte-order mark and ends every record with CRLF', () => {
		const text = toCsv([
			['a', 'b'],
			['c', 'd']
		]);
		expect(text).toBe(`${BOM}a,b\r\nc,d\r\n`);
		expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	it('round-trips through a real CSV parser', () => {
		const rows = [
			['id', 'text'],
			['1', 'comma, "quote"\r\nand a new line; 日本語'],
			['2', '']
		];
		const text = toCsv(rows);
		expect(parse(text, { bom: true, record_delimiter: '\r\n' })).toEqual(rows);
	});
});

describe('eventsCsv', () => {
	const text = eventsCsv(events, urls);
	const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });

	it('has the documented header and one row per event, in order', () => {
		const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
		expect(header).toEqual([...EVENT_COLUMNS]);
		expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
	});

	it('writes both languages, precision, codes and URLs', () => {
		const row = rows.find((r) => r.id === '2024-06-19-summit')!;
		expect(row).toMatchObject({
			date: '2024-06-19',
			end: '2024-06-20',
			precision: 'day',
			countries: 'RU KP',
			pairs: 'kp-ru',
			kind: 'summit',
			title_ja: '2024-06-19-summit の題',
			title_en: 'Title of 2024-06-19-summit',
			certainty_ja: '日付に\n諸説あり',
			certainty_en: 'Dates differ, see "notes"',
			summary_ja: "'=1+2 のような要約",
			summary_en: "'-leading dash, then <b>&amp;</b>",
			url_ja: 'https://example.org/chronicle/ja/events/2024-06-19-summit/',
			url_en: 'https://example.org/chronicle/en/events/2024-06-19-summit/'
		});
		const month = rows.find((r) => r.id === '1996-09-treaty-lapses')!;
		expect(month).toMatchObject({ date: '1996-09', end: '', precision: 'month' });
		expect(rows.find((r) => r.id === '2019-context')).toMatchObject({
			precision: 'year',
			pairs: ''
		});
	});

	it('separates source URLs with a space, encoding any space inside one', () => {
		const row = rows.find((r) => r.id === '2025-09-03-parade')!;
		expect(row.sources.split(' ')).toEqual(['https://a.example/1', 'https://b.example/2%20x']);
	});
});
