import { describe, expect, it } from 'vitest';
import { asDraft, edited, eventFile } from '../../../tests/fixtures/factory';
import { readFixture } from '../../../tests/fixtures/read';
import { validateContent, type ContentFile } from './validate';

const good = readFixture('good');
const SIGNING = 'events/2024-06-19-good-treaty-signed.md';
const MONTH = 'events/2024-06-good-month-event.md';

/** A valid event file that records the given treaty steps (YAML flow mappings). */
const stepEvent = (id: string, ...steps: string[]) =>
	eventFile(id, { treaty: `[${steps.join(', ')}]` });
const ENDED = '{ id: kp-ru-2024, action: ended }';

const issuesOf = (files: ContentFile[]) => validateContent(files).issues;

describe('treaty life cycles', () => {
	it('accept a later step on a published treaty', () => {
		expect(issuesOf([...good, stepEvent('2025-01-02-ended', ENDED)])).toEqual([]);
	});

	// The build leaves the draft out, and the treaty with it: the published step's pages then
	// crashed with "Cannot read properties of undefined (reading 'name')".
	it('refuse a published step of a treaty whose signing is a draft', () => {
		const files = [...asDraft(good, SIGNING), stepEvent('2025-01-02-ended', ENDED)];
		expect(issuesOf(files)).toContain(
			'events/2025-01-02-ended.md: treaty[0]: expected a published signing of kp-ru-2024, found the draft 2024-06-19-good-treaty-signed'
		);
	});

	it('accept a draft step of a treaty whose signing is a draft', () => {
		const files = asDraft(
			[...good, stepEvent('2025-01-02-ended', ENDED)],
			'events/2025-01-02-ended.md'
		);
		expect(issuesOf(asDraft(files, SIGNING)).filter((issue) => issue.includes('signing'))).toEqual(
			[]
		);
	});

	it('refuse a treaty ended twice, on both events', () => {
		const files = [
			...good,
			stepEvent('2025-01-02-ended', ENDED),
			stepEvent('2025-03-04-ended-again', ENDED)
		];
		expect(issuesOf(files)).toEqual([
			'events/2025-01-02-ended.md: treaty[0]: expected at most one end of kp-ru-2024, found 2',
			'events/2025-03-04-ended-again.md: treaty[0]: expected at most one end of kp-ru-2024, found 2'
		]);
	});

	it('refuse a second entry into force beside the one given on the signing', () => {
		expect(
			issuesOf([...good, stepEvent('2024-12-05-in-force', '{ id: kp-ru-2024, action: in-force }')])
		).toEqual([
			'events/2024-12-05-in-force.md: treaty[0]: expected at most one entry into force of kp-ru-2024, found 2',
			`${SIGNING}: treaty[0].inForce: expected at most one entry into force of kp-ru-2024, found 2`
		]);
	});

	it.each([
		['2024-11-01-ended', 'ended', 'entry into force on 2024-12-04'],
		['2024-12-01-extended', 'extended', 'entry into force on 2024-12-04']
	])('refuse a step before an earlier stage: %s', (id, action, stage) => {
		const files = [...good, stepEvent(id, `{ id: kp-ru-2024, action: ${action} }`)];
		const date = id.slice(0, 10);
		expect(issuesOf(files)).toEqual([
			`events/${id}.md: treaty[0]: expected ${action} of kp-ru-2024 after its ${stage}, found ${date}`
		]);
	});

	it('refuse an extension after the end, on the end', () => {
		const files = [
			...good,
			stepEvent('2025-01-02-ended', ENDED),
			stepEvent('2025-03-04-extended', "{ id: kp-ru-2024, action: extended, until: '2030' }")
		];
		expect(issuesOf(files)).toEqual([
			'events/2025-01-02-ended.md: treaty[0]: expected ended of kp-ru-2024 after its extension on 2025-03-04, found 2025-01-02'
		]);
	});
});

describe('references', () => {
	it('do not report an entry that fails the schema as missing', () => {
		const files = edited(good, MONTH, 'kind: statement', 'kind: meeting');
		expect(issuesOf(files)).toEqual([
			'events/2024-06-good-month-event.md: kind: expected one of treaty, summit, visit, statement, military, sanctions, un, parade, report, ratification, anniversary, relations, leadership, talks, found "meeting"'
		]);
	});
});
