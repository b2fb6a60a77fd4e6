/**
 * The checks that need more than one file: ids, references, treaties' life cycles. Pure. They see
 * the entries that passed the schema; one that did not is still known by its file name.
 */
import { comparePartialDates } from './dates';
import { describe, problem } from './error-map';
import { ID_PATTERN, LANGS, TREATY_ACTIONS } from './schema';
import type { ChronicleEvent, Commentary, Localized, TreatyAction, TreatyStep } from './schema';

/** A content file by name, with its `date` when that is valid. */
export interface ContentId {
	file: string;
	id: string;
	kind: 'event' | 'commentary';
	date?: string;
}

type Fail = (file: string, field: string, expected: string, found: string) => void;

const CROSS_LINK = /\]\((event|commentary):([^)\s]*)\)/g;
const STAGE: Record<TreatyAction, string> = {
	signed: 'signing',
	'in-force': 'entry into force',
	extended: 'extension',
	ended: 'end'
};

/** Ids are file names, `YYYY[-MM[-DD]]-slug`, unique, starting with the date exactly as written. */
function checkIds(ids: readonly ContentId[], fail: Fail) {
	const seen = new Map<string, string>();
	for (const { file, id, kind, date } of ids) {
		const name = describe(file.replace(/^.*\//, ''));
		if (!ID_PATTERN.test(id))
			fail(file, 'id', 'a file name of the form YYYY[-MM[-DD]]-slug.md in lower case', name);
		if (date && /^\d{4}(-\d\d){0,2}(?=-)/.exec(id)?.[0] !== date)
			fail(file, 'id', `the file name to start with the date ${date}-`, describe(id));
		const other = seen.get(`${kind}:${id}`);
		if (other) fail(file, 'id', 'a unique id', `${id} again (also ${other})`);
		else seen.set(`${kind}:${id}`, file);
	}
}

/** Related events, discussed events and `event:`/`commentary:` links name published entries. */
function checkReferences(ids: readonly ContentId[], content: Content, fail: Fail) {
	const known = new Set(ids.map(({ kind, id }) => `${kind}:${id}`));
	const drafts = new Set(content.events.filter((e) => e.draft).map((e) => e.id));
	const refer = (file: string, field: string, id: string, kind = 'event') => {
		if (!known.has(`${kind}:${id}`))
			fail(file, field, `the id of an existing ${kind}`, JSON.stringify(id));
		else if (kind === 'event' && drafts.has(id))
			fail(file, field, 'a published event', `the draft ${id}`);
	};
	const links = (file: string, body: Localized) => {
		for (const lang of LANGS) {
			for (const [, kind, id] of body[lang].matchAll(CROSS_LINK))
				refer(file, `body.${lang}`, id, kind);
		}
	};
	for (const { id, file, related, body } of content.events) {
		related.forEach((other, i) => refer(file, `related[${i}]`, other));
		if (related.includes(id)) fail(file, 'related', 'other events', 'the event itself');
		links(file, body);
	}
	for (const { file, events, body } of content.commentary) {
		events.forEach((id, i) => refer(file, `events[${i}]`, id));
		links(file, body);
	}
}

/** A dated step of a treaty, and where it is written. */
interface Dated {
	action: TreatyAction;
	date: string;
	event: ChronicleEvent;
	field: string;
}

/**
 * One signing, at most one entry into force and one end, every step on or after those of the
 * stages before it, and no published step of a treaty signed in a draft (which the build leaves
 * out, and the treaty with it). Drafts count: `npm run dev` shows them.
 */
function checkTreaties(events: readonly ChronicleEvent[], fail: Fail) {
	const byTreaty = new Map<string, (Dated & { step: TreatyStep })[]>();
	for (const event of events) {
		event.treaty.forEach((step, i) => {
			const dated = { step, action: step.action, date: event.date, event, field: `treaty[${i}]` };
			byTreaty.set(step.id, [...(byTreaty.get(step.id) ?? []), dated]);
		});
	}
	const at = ({ event, field }: Dated, expected: string, found: string) =>
		fail(event.file, field, expected, found);
	for (const [id, steps] of byTreaty) {
		const signings = steps.filter(({ step }) => step.action === 'signed');
		if (signings.length !== 1) {
			for (const step of steps)
				at(step, `exactly one event that signs ${id}`, `${signings.length}`);
			continue;
		}
		const [signing] = signings;
		const dated: Dated[] = [...steps];
		if (signing.step.action === 'signed' && signing.step.inForce) {
			const field = `${signing.field}.inForce`;
			dated.push({ ...signing, action: 'in-force', date: signing.step.inForce, field });
		}
		for (const action of ['in-force', 'ended'] as const) {
			const found = dated.filter((step) => step.action === action);
			if (found.length < 2) continue;
			for (const step of found)
				at(step, `at most one ${STAGE[action]} of ${id}`, `${found.length}`);
		}
		for (const step of dated) {
			const stage = TREATY_ACTIONS.indexOf(step.action);
			const before = dated.find(
				(other) =>
					TREATY_ACTIONS.indexOf(other.action) < stage &&
					comparePartialDates(step.date, other.date) < 0
			);
			if (before)
				at(
					step,
					`${step.action} of ${id} after its ${STAGE[before.action]} on ${before.date}`,
					step.date
				);
		}
		for (const step of signing.event.draft ? steps : []) {
			if (!step.event.draft)
				at(step, `a published signing of ${id}`, `the draft ${signing.event.id}`);
		}
	}
}

interface Content {
	events: readonly ChronicleEvent[];
	commentary: readonly Commentary[];
}

/** Every problem across files, each `file: field: expected …, found …`. */
export function crossFileIssues(ids: readonly ContentId[], content: Content): string[] {
	const issues: string[] = [];
	const fail: Fail = (...args) => issues.push(problem(...args));
	checkIds(ids, fail);
	checkReferences(ids, content, fail);
	checkTreaties(content.events, fail);
	return issues;
}
