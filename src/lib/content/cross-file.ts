/**
 * The checks that need more than one file: ids, references, treaties' life cycles. Pure. They see
 * the entries that passed the schema; one that did not is still known by its file name.
 */
import { comparePartialDates } from './dates';
import { describe, problem } from './error-map';
import { ID_PATTERN, LANGS, TREATY_ACTIONS } from './schema';
import type { ChronicleEvent, Commentary, TreatyAction } from './schema';

/** A content file by name, with its `date` when that is valid. */
export type ContentId = { file: string; id: string; kind: 'event' | 'commentary'; date?: string };
type Content = { events: readonly ChronicleEvent[]; commentary: readonly Commentary[] };
type Fail = (file: string, field: string, expected: string, found: string) => void;

/** Every problem across files, each `file: field: expected …, found …`. */
export function crossFileIssues(ids: readonly ContentId[], content: Content): string[] {
	const issues: string[] = [];
	const fail: Fail = (...args) => issues.push(problem(...args));
	checkIds(ids, fail);
	checkReferences(ids, content, fail);
	checkTreaties(content.events, fail);
	return issues;
}

const FILE_NAME = 'a file name of the form YYYY[-MM[-DD]]-slug.md in lower case';

/** Ids are file names, `YYYY[-MM[-DD]]-slug`, unique, starting with the date exactly as written. */
function checkIds(ids: readonly ContentId[], fail: Fail) {
	const seen = new Map<string, string>();
	for (const { file, id, kind, date } of ids) {
		if (!ID_PATTERN.test(id)) fail(file, 'id', FILE_NAME, describe(file.replace(/^.*\//, '')));
		if (date && /^\d{4}(-\d\d){0,2}(?=-)/.exec(id)?.[0] !== date)
			fail(file, 'id', `the file name to start with the date ${date}-`, describe(id));
		const other = seen.get(`${kind}:${id}`);
		if (other) fail(file, 'id', 'a unique id', `${id} again (also ${other})`);
		else seen.set(`${kind}:${id}`, file);
	}
}

const CROSS_LINK = /\]\((event|commentary):([^)\s]*)\)/g;

/** Related events, discussed events and `event:`/`commentary:` links name published entries. */
function checkReferences(ids: readonly ContentId[], { events, commentary }: Content, fail: Fail) {
	const known = new Set(ids.map(({ kind, id }) => `${kind}:${id}`));
	const drafts = new Set(events.filter((e) => e.draft).map((e) => `event:${e.id}`));
	const refer = (file: string, field: string, id: string, kind = 'event') => {
		const key = `${kind}:${id}`;
		if (!known.has(key)) fail(file, field, `the id of an existing ${kind}`, JSON.stringify(id));
		else if (drafts.has(key)) fail(file, field, 'a published event', `the draft ${id}`);
	};
	const entries = [
		...events.map((event) => ({ ...event, list: 'related', refs: event.related })),
		...commentary.map((entry) => ({ ...entry, list: 'events', refs: entry.events }))
	];
	for (const { id, file, list, refs, body } of entries) {
		refs.forEach((other, i) => refer(file, `${list}[${i}]`, other));
		if (list === 'related' && refs.includes(id))
			fail(file, list, 'other events', 'the event itself');
		for (const lang of LANGS) {
			for (const [, kind, other] of body[lang].matchAll(CROSS_LINK))
				refer(file, `body.${lang}`, other, kind);
		}
	}
}

/** A treaty's stages in their order: what each is called and how many a treaty may have. */
const STAGES: Record<TreatyAction, { name: string; most: number }> = {
	signed: { name: 'signing', most: 1 },
	'in-force': { name: 'entry into force', most: 1 },
	extended: { name: 'extension', most: Infinity },
	ended: { name: 'end', most: 1 }
};
type Dated = { action: TreatyAction; date: string; event: ChronicleEvent; field: string };

/**
 * One signing, at most one entry into force and one end, every step on or after those of the
 * stages before it, and no published step of a treaty signed in a draft (which the build leaves
 * out, and the treaty with it). Drafts count: `npm run dev` shows them.
 */
function checkTreaties(events: readonly ChronicleEvent[], fail: Fail) {
	const steps = events.flatMap((event) =>
		event.treaty.map((step, i) => ({ ...step, date: event.date, event, field: `treaty[${i}]` }))
	);
	const at = ({ event, field }: Dated, expected: string, found: string) =>
		fail(event.file, field, expected, found);
	const stage = ({ action }: Dated) => TREATY_ACTIONS.indexOf(action);
	for (const id of new Set(steps.map((step) => step.id))) {
		const own = steps.filter((step) => step.id === id);
		const signings = own.filter((step) => step.action === 'signed');
		if (signings.length !== 1) {
			for (const step of own) at(step, `exactly one event that signs ${id}`, `${signings.length}`);
			continue;
		}
		const [signing] = signings;
		const dated: Dated[] = [...own];
		// The signing's `inForce` stands for an entry into force that no event records.
		const field = `${signing.field}.inForce`;
		if (signing.inForce)
			dated.push({ ...signing, action: 'in-force', date: signing.inForce, field });
		for (const step of dated) {
			const { name, most } = STAGES[step.action];
			const same = dated.filter(({ action }) => action === step.action).length;
			if (same > most) at(step, `at most one ${name} of ${id}`, `${same}`);
			const before = dated.find(
				(other) => stage(other) < stage(step) && comparePartialDates(step.date, other.date) < 0
			);
			const after = before && `${STAGES[before.action].name} on ${before.date}`;
			if (after) at(step, `${step.action} of ${id} after its ${after}`, step.date);
			if (signing.event.draft && !step.event.draft)
				at(step, `a published signing of ${id}`, `the draft ${signing.event.id}`);
		}
	}
}
