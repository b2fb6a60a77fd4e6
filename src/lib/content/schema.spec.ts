import { describe, expect, it } from 'vitest';
import { asDraft, eventFile } from '../../../tests/fixtures/factory';
import { readFixture } from '../../../tests/fixtures/read';
import { precisionOf } from './dates';
import { errorMap, messages } from './error-map';
import { eventSchema } from './schema';
import { validateContent, type ContentFile } from './validate';

const good = readFixture('good');
const bad = readFixture('bad');

/** Each bad fixture and the one problem it must produce (the good set is loaded alongside it). */
const EXPECTED: Record<string, string> = {
	'events/2024-01-01-missing-front-matter.md':
		'front matter: expected a YAML block between --- lines at the top, found none',
	'events/2024-01-02-yaml-syntax-error.md':
		"front matter: expected valid YAML, found a syntax error (Missing closing 'quote at line 6, column 21:)",
	'events/2024-02-02-duplicate-yaml-key.md':
		'front matter: expected valid YAML, found a syntax error (Map keys must be unique at line 4, column 1:)',
	'events/2024-01-03-missing-title-ja.md': 'title.ja: expected a non-empty string, found nothing',
	'events/2024-01-04-empty-summary-en.md':
		'summary.en: expected a non-empty string, found an empty string',
	'events/2023-02-29-impossible-date.md':
		'date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD (quoted), found "2023-02-29"',
	'events/2024-01-06-date-wrong-format.md':
		'date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD (quoted), found "2024/01/06"',
	'events/2024-01-07-unquoted-year-date.md':
		'date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD (quoted), found number 2024',
	'events/2024-01-08-end-before-date.md':
		'end: expected a date not before 2024-01-08, found "2024-01-05"',
	'events/2024-01-09-unknown-country.md':
		'countries[2]: expected one of CN, RU, KP, KR, JP, US, EU, UN, UA, VN, found "XX"',
	'events/2024-01-10-unknown-pair.md':
		'pairs[0]: expected one of cn-kp, cn-ru, kp-ru, found "ru-kp"',
	'events/2024-01-11-pair-country-missing.md':
		'pairs: expected countries to include CN for cn-kp, found RU, KP',
	'events/2024-01-12-unknown-kind.md':
		'kind: expected one of treaty, summit, visit, statement, military, sanctions, un, parade, report, ratification, anniversary, relations, leadership, talks, found "meeting"',
	'events/2024-01-13-no-sources.md':
		'sources: expected a list of at least one source, found a list of 0',
	'events/2024-01-14-javascript-source-url.md':
		'sources[0].url: expected an absolute http(s) URL, found "javascript:alert(1)"',
	'events/2024-01-15-data-source-url.md':
		'sources[0].url: expected an absolute http(s) URL, found "data:text/html,<script>alert(1)</script>"',
	'events/2024-01-16-relative-source-url.md':
		'sources[0].url: expected an absolute http(s) URL, found "/news/2024/01/16.html"',
	'events/2024-02-01-unknown-source-lang.md':
		'sources[0].lang: expected one of ja, en, ko, zh, ru, de, fr, found "kr"',
	'events/2024-01-17-unknown-related-id.md':
		'related[1]: expected the id of an existing event, found "2024-01-01-no-such-event"',
	'events/2024-01-30-related-to-itself.md':
		'related: expected other events, found the event itself',
	'events/2024-01-18-file-name-other-date.md':
		'id: expected the file name to start with the date 2024-01-19-, found "2024-01-18-file-name-other-date"',
	'events/2024-01-20-Upper-Case-Name.md':
		'id: expected a file name of the form YYYY[-MM[-DD]]-slug.md in lower case, found "2024-01-20-Upper-Case-Name.md"',
	'events/2024-01-21-missing-en-body.md':
		'body.en: expected a non-empty <!-- en --> section, found an empty string',
	'events/2024-02-03-text-before-ja-body.md':
		'body: expected text only after <!-- ja --> or <!-- en -->, found "Stray text."',
	'events/2024-01-22-unknown-field-typo.md':
		'relatd: expected one of the fields date, end, certainty, countries, pairs, kind, title, summary, sources, related, treaty, draft, corrections, found "relatd"',
	'events/2024-01-23-duplicate-country.md': 'countries[2]: expected each code once, found RU twice',
	'events/2024-01-24-treaty-ended-never-signed.md':
		'treaty[0]: expected exactly one event that signs kp-ru-1999, found 0',
	'events/2024-01-25-signed-treaty-no-clauses.md':
		'treaty[0].clauses: expected a list of at least one clause, found nothing',
	'events/2024-01-31-ended-before-signing.md':
		'treaty[0]: expected ended of kp-ru-2024 after its signing on 2024-06-19, found 2024-01-31',
	'events/2024-07-01-extended-step-with-pledge.md':
		'treaty[0].pledge: expected nothing (only the signed step defines the treaty), found boolean true',
	'events/2024-07-02-earliest-after-date.md':
		'treaty[0].earliest: expected a date before 2024-07-02, found "2024-08"',
	'events/2024-07-03-earliest-without-certainty.md':
		'treaty[0].earliest: expected a certainty note on the event that explains it, found none',
	'events/2024-01-26-bidi-override-title.md':
		'title.en: expected plain text, found a control, zero-width or bidirectional-override character',
	'events/2024-01-27-title-too-long.md': 'title.en: expected at most 160 characters, found 161',
	'events/2024-01-28-unknown-body-link.md':
		'body.en: expected the id of an existing event, found "unknown-id"',
	'events/2024-01-29-draft-not-boolean.md': 'draft: expected true or false, found "yes"',
	'events/2024-02-05-correction-month-only.md':
		'corrections[0].date: expected a day as YYYY-MM-DD, found "2026-11"',
	'events/2024-02-06-correction-without-en.md':
		'corrections[0].en: expected a non-empty string, found nothing',
	'events/commentary/2024-01-26-commentary-no-events.md':
		'events: expected a list of at least one event id, found a list of 0',
	'events/commentary/2024-02-04-commentary-javascript-url.md':
		'url: expected an absolute http(s) URL, found "javascript:alert(document.cookie)"'
};

const issuesWith = (...files: ContentFile[]) => validateContent([...good, ...files]).issues;

describe('the good fixtures', () => {
	const { events, commentary, issues } = validateContent(good);
	const event = (id: string) => events.find((e) => e.id === id)!;

	it('validate without issues', () => {
		expect(issues).toEqual([]);
	});

	it('yield every event and commentary entry', () => {
		expect({
			events: events.map((e) => e.id).sort(),
			commentary: commentary.map((c) => c.id)
		}).toEqual({
			events: [
				'2019-good-context-event',
				'2024-06-19-good-treaty-signed',
				'2024-06-good-month-event'
			],
			commentary: ['2024-06-29-good-commentary']
		});
	});

	it('derive pairs from countries when pairs is absent, in the order of PAIRS', () => {
		expect(event('2024-06-19-good-treaty-signed').pairs).toEqual(['kp-ru']);
		expect(event('2024-06-good-month-event').pairs).toEqual(['cn-kp', 'cn-ru', 'kp-ru']);
	});

	it('keep an explicit empty pairs list (context lane) even when triangle countries are present', () => {
		const context = event('2019-good-context-event');
		expect(context.countries).toEqual(['CN', 'KR', 'RU']);
		expect(context.pairs).toEqual([]);
	});

	it('keep the date as written, so its form gives the precision', () => {
		expect(
			events
				.map((e) => [e.id, e.date, e.end, precisionOf(e.date)])
				.sort((a, b) => a[0]!.localeCompare(b[0]!))
		).toEqual([
			['2019-good-context-event', '2019', undefined, 'year'],
			['2024-06-19-good-treaty-signed', '2024-06-19', undefined, 'day'],
			['2024-06-good-month-event', '2024-06', '2024-07', 'month']
		]);
	});

	it('parse the signed treaty block, turning a numeric article into a string', () => {
		expect(event('2024-06-19-good-treaty-signed').treaty).toEqual([
			{
				id: 'kp-ru-2024',
				action: 'signed',
				name: { ja: '試験条約', en: 'Test Treaty' },
				short: { ja: '試験条約', en: 'Test Treaty' },
				parties: ['KP', 'RU'],
				place: { ja: '平壌', en: 'Pyongyang' },
				pledge: true,
				term: { ja: '無期限', en: 'Indefinite' },
				inForce: '2024-12-04',
				clauses: [
					{
						article: '4',
						text: { ja: '武力攻撃を受けた場合は直ちに援助する', en: 'Immediate aid if attacked' },
						aid: true,
						conditions: { ja: '国連憲章第51条に従う', en: 'In line with Art. 51 of the UN Charter' }
					}
				]
			}
		]);
	});

	it('parse the other fields of an event', () => {
		expect(event('2024-06-good-month-event')).toMatchObject({
			file: 'events/2024-06-good-month-event.md',
			certainty: { ja: '日付は月までしか分からない。', en: 'Only the month is known.' },
			countries: ['US', 'KP', 'CN', 'RU'],
			kind: 'statement',
			title: { ja: '月単位の出来事', en: 'Month-precision event' },
			body: { ja: '月単位の本文。', en: 'Month body.' },
			sources: [
				{
					title: 'Test source for a month',
					publisher: 'Example News',
					date: '2024-06',
					url: 'http://example.com/news/month',
					lang: 'ja'
				}
			],
			related: [],
			treaty: [],
			corrections: [
				{
					date: '2026-11-29',
					ja: '以前の版は日付を7月としていた。',
					en: 'An earlier version gave the date as July.'
				}
			],
			draft: false
		});
	});

	it('give an empty corrections list where there is none', () => {
		expect(event('2024-06-19-good-treaty-signed').corrections).toEqual([]);
	});

	it('parse the commentary entry', () => {
		expect(commentary[0]).toMatchObject({
			file: 'events/commentary/2024-06-29-good-commentary.md',
			author: { ja: '試験太郎', en: 'Shiken Taro' },
			date: '2024-06-29',
			url: 'https://example.com/blog/2024/06/29',
			lang: 'ja',
			quotes: [
				{ text: '試験は大事', translation: { ja: '試験は大事だということ', en: 'tests matter' } }
			],
			events: ['2024-06-19-good-treaty-signed', '2024-06-good-month-event'],
			corrections: [
				{
					date: '2026-11-30',
					ja: '筆者名の表記を改めた。',
					en: "The author's name was spelled wrongly."
				}
			],
			body: {
				ja: '[条約](event:2024-06-19-good-treaty-signed)についての論評。',
				en: 'A commentary on [the treaty](event:2024-06-19-good-treaty-signed).'
			}
		});
	});

	it('validate the same with Windows line endings and a byte-order mark', () => {
		const crlf = good.map((f) => ({ ...f, raw: `\uFEFF${f.raw.replace(/\n/g, '\r\n')}` }));
		const result = validateContent(crlf);
		expect({ issues: result.issues, bodies: result.events.map((e) => e.body) }).toEqual({
			issues: [],
			bodies: validateContent(good).events.map((e) => e.body)
		});
	});
});

describe('the bad fixtures', () => {
	it('each have an expected message', () => {
		expect(bad.map((f) => f.path).sort()).toEqual(Object.keys(EXPECTED).sort());
	});

	it.each(bad.map((file) => [file.path, file] as const))('%s is reported', (path, file) => {
		expect(issuesWith(file)).toContain(`${path}: ${EXPECTED[path]}`);
	});

	it('each produce exactly one problem', () => {
		const counts = Object.fromEntries(bad.map((f) => [f.path, issuesWith(f).length]));
		expect(counts).toEqual(Object.fromEntries(bad.map((f) => [f.path, 1])));
	});

	it('are all reported at once when read together', () => {
		const all = Object.entries(EXPECTED).map(([path, message]) => `${path}: ${message}`);
		expect(issuesWith(...bad).sort()).toEqual(all.sort());
	});

	it('are reported without the good set too, each under its own file', () => {
		const issues = validateContent(bad).issues;
		expect(new Set(issues.map((issue) => issue.slice(0, issue.indexOf('.md:') + 3)))).toEqual(
			new Set(Object.keys(EXPECTED))
		);
	});
});

describe('cross-file checks', () => {
	const treatyFile = good.find((f) => f.path === 'events/2024-06-19-good-treaty-signed.md')!;
	const copy = { path: 'events/archive/2024-06-19-good-treaty-signed.md', raw: treatyFile.raw };

	it('report a duplicate id, naming the other file', () => {
		expect(issuesWith(copy)).toContain(
			'events/archive/2024-06-19-good-treaty-signed.md: id: expected a unique id, found 2024-06-19-good-treaty-signed again (also events/2024-06-19-good-treaty-signed.md)'
		);
	});

	it('report a treaty signed twice on both events', () => {
		expect(issuesWith(copy)).toEqual(
			expect.arrayContaining([
				'events/2024-06-19-good-treaty-signed.md: treaty[0]: expected exactly one event that signs kp-ru-2024, found 2',
				'events/archive/2024-06-19-good-treaty-signed.md: treaty[0]: expected exactly one event that signs kp-ru-2024, found 2'
			])
		);
	});

	it('report references to a draft event', () => {
		const files = asDraft(good, 'events/2024-06-good-month-event.md');
		expect(validateContent(files).issues).toEqual([
			'events/2024-06-19-good-treaty-signed.md: related[0]: expected a published event, found the draft 2024-06-good-month-event',
			'events/2024-06-19-good-treaty-signed.md: body.ja: expected a published event, found the draft 2024-06-good-month-event',
			'events/2024-06-19-good-treaty-signed.md: body.en: expected a published event, found the draft 2024-06-good-month-event',
			'events/commentary/2024-06-29-good-commentary.md: events[1]: expected a published event, found the draft 2024-06-good-month-event'
		]);
	});
});

describe('file names and dates', () => {
	// A file name may not carry a more precise date than `date` (2024-06-30-… for '2024-06').
	it.each(["'2024-06'", "'2024'"])('reports a day-precise file name for %s', (date) => {
		expect(issuesWith(eventFile('2024-06-30-day-in-name', { date }))).toEqual([
			expect.stringMatching(/^events\/2024-06-30-day-in-name\.md: id: /)
		]);
	});
});

describe('a malformed date', () => {
	// zod skips the checks between fields once a check has aborted, as the date's pattern once did.
	it("leaves the file's other problems to be reported", () => {
		const file = eventFile('2024-01-06-malformed', {
			date: "'2024/01/06'",
			pairs: '[cn-kp]',
			corrections: "[{ date: '2026-11', ja: 訂正, en: Corrected }]"
		});
		expect(issuesWith(file).map((issue) => issue.replace(/^.*?\.md: /, ''))).toEqual([
			'date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD (quoted), found "2024/01/06"',
			'corrections[0].date: expected a day as YYYY-MM-DD, found "2026-11"',
			'pairs: expected countries to include CN for cn-kp, found RU, KP'
		]);
	});
});

describe('source URLs', () => {
	const citing = (url: string) =>
		eventFile('2024-01-06-url', {
			sources: `[{ title: T, publisher: P, date: '2024', url: '${url}', lang: en }]`
		});

	it('are trimmed', () => {
		const [event] = validateContent([citing(' https://example.com/a ')]).events;
		expect(event.sources[0].url).toBe('https://example.com/a');
	});

	it.each(['http://localhost/a', 'https://127.0.0.1/a', 'https:/example.com/a'])(
		'name a web host: not %s',
		(url) => {
			expect(validateContent([citing(url)]).issues).toEqual([
				`events/2024-01-06-url.md: sources[0].url: expected an absolute http(s) URL, found "${url}"`
			]);
		}
	);
});

describe('a value where an object belongs', () => {
	const messageAt = (data: unknown, field: string) => {
		const { error } = eventSchema.safeParse(data, { reportInput: true, error: errorMap });
		return messages('f.md', error!.issues).find((m) => m.startsWith(`f.md: ${field}: `));
	};

	// The phrase is read from the schema: the fields every form of that object requires.
	it.each([
		[[], 'front matter', 'a YAML mapping of fields, found a list of 0'],
		[
			{ sources: ['x'] },
			'sources[0]',
			'an object with title, publisher, date, url and lang, found "x"'
		],
		[{ certainty: 'x' }, 'certainty', 'an object with ja and en, found "x"'],
		[{ treaty: ['x'] }, 'treaty[0]', 'an object with id and action, found "x"'],
		[
			{ treaty: [{ action: 'signed', clauses: ['x'] }] },
			'treaty[0].clauses[0]',
			'an object with article, text and aid, found "x"'
		]
	])('%j: %s', (data, field, expected) => {
		expect(messageAt(data, field)).toBe(`f.md: ${field}: expected ${expected}`);
	});
});
