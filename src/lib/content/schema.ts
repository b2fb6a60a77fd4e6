/**
 * What the front matter of an event or commentary file may contain, each rule written once, and
 * the types inferred from it; a message is the `expected …` that `error-map.ts` completes. Pure, so
 * that the build, `check:events` and the unit tests share it.
 */
import * as z from 'zod';
import { comparePartialDates, isValidPartialDate, PARTIAL_DATE } from './dates';
import { describe, fail } from './error-map';
import { derivePairs } from './lanes';
import { COUNTRIES, KINDS, PAIRS, SOURCE_LANGS, TREATY_ACTIONS } from './vocabulary';

export * from './vocabulary';

export const ID_PATTERN = /^\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/;
/** Bidirectional overrides and isolates can disguise text; zero-width and control characters too. */
const FORBIDDEN_CHARS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const isPlain = (value: string) => !FORBIDDEN_CHARS.test(value);
const MAX = { title: 160, summary: 600, note: 900, body: 20000, short: 300, quote: 120 };

/** Trimmed plain text of at most `max` characters; `empty` is the phrase for a missing one. */
function text(max: number, empty: string | false = 'a non-empty string') {
	const plain = z
		.string(empty || 'text')
		.superRefine((value, ctx) => {
			if (!isPlain(value))
				fail(ctx, [], 'plain text', 'a control, zero-width or bidirectional-override character');
		})
		.trim();
	return (empty ? plain.min(1, empty) : plain).max(max, `at most ${max} characters`);
}

const localized = (max: number) => z.strictObject({ ja: text(max), en: text(max) });

const DATE = 'a real date as YYYY, YYYY-MM or YYYY-MM-DD (quoted)';
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, quoted in YAML (an unquoted 2024 is a number). */
// One refinement, not an aborting pattern, so that the event's other checks still run.
const partialDate = z
	.string(DATE)
	.refine(isValidPartialDate)
	.meta({ pattern: PARTIAL_DATE.source });

const day = z.iso.date('a day as YYYY-MM-DD');

/** A factual correction to an entry, shown at the top of its page; `date` is the day it was made. */
const correction = z.strictObject({ date: day, ja: text(MAX.note), en: text(MAX.note) });
/** Factual corrections, oldest first as written; empty when none. */
const corrections = z.array(correction, 'a list of corrections').default([]);

const HTTP_URL = 'an absolute http(s) URL';
/** When and where a text was published, and its language: sources and commentary alike. */
const publication = {
	date: partialDate,
	url: z.httpUrl(HTTP_URL).refine(isPlain, HTTP_URL).max(2000, 'at most 2000 characters'),
	lang: z.enum(SOURCE_LANGS)
};

/** A list of codes from a closed list, each once. */
const codes = <T extends readonly [string, ...string[]]>(list: T) =>
	z.array(z.enum(list), `a list of ${list.join(', ')}`).superRefine((values, ctx) => {
		for (const [i, code] of values.entries())
			if (values.indexOf(code) < i) fail(ctx, [i], 'each code once', `${code} twice`);
	});

/** A list of at least one item, with one phrase for every way it can be missing. */
const atLeastOne = <T extends z.ZodType>(item: T, phrase: string) =>
	z.array(item, phrase).min(1, phrase);

const eventId = z.string('an event id').regex(ID_PATTERN);

const source = z.strictObject({
	/** The publisher's real headline, in its original language (docs/editorial.md). */
	title: text(MAX.short),
	/** The organisation that published that URL: `The Japan News (Reuters)`. */
	publisher: text(MAX.short),
	...publication
});

const clause = z.strictObject({
	/** Article number as printed (`'4'`), or `'—'` where the number was not verified. */
	article: z.union([z.string(), z.number()], 'a non-empty string').transform(String).pipe(text(20)),
	/** Our own paraphrase. */
	text: localized(MAX.summary),
	/** Whether the clause pledges immediate military aid. */
	aid: z.boolean(),
	/** Conditions attached to the pledge (for example Article 51 of the UN Charter). */
	conditions: localized(MAX.summary).optional()
});

/** The fields that define a treaty, on the step that signs it. */
const treatyFields = {
	name: localized(MAX.short),
	short: localized(MAX.title),
	parties: codes(COUNTRIES).length(2, 'two parties'),
	place: localized(MAX.title),
	/** Whether the treaty contains a mutual military-assistance pledge. */
	pledge: z.boolean(),
	term: localized(MAX.summary),
	/** Entry into force, where no event of ours records it. */
	inForce: partialDate.optional(),
	clauses: atLeastOne(clause, 'a list of at least one clause')
};
const ONLY_SIGNED = z.never('nothing (only the signed step defines the treaty)').optional();

/** A step in a treaty's life recorded by an event; each action below narrows it. */
const step = {
	/** The treaty: its parties in alphabetical order and the year of signing (`kp-ru-2024`). */
	id: z.string().regex(/^[a-z]{2}-[a-z]{2}-\d{4}$/, 'a treaty id such as kp-ru-2024'),
	action: z.enum(TREATY_ACTIONS),
	/** What this event adds about the step. */
	note: localized(MAX.summary).optional(),
	/** The new end of term, on `extended`. */
	until: z.never('no until except on an extended step').optional(),
	/**
	 * Where sources disagree on when this step took effect: the earliest date they give for the date
	 * it sets (the event's date, or `until` on `extended`). The event's certainty note explains it.
	 */
	earliest: partialDate.optional(),
	...Object.fromEntries(Object.keys(treatyFields).map((field) => [field, ONLY_SIGNED]))
};
// Overriding a field keeps its place, and the fields keep the order they are written in.
const treatyStep = z.discriminatedUnion('action', [
	z.strictObject({ ...step, action: z.literal('signed'), ...treatyFields }),
	z.strictObject({ ...step, action: z.literal('in-force') }),
	z.strictObject({ ...step, action: z.literal('extended'), until: partialDate.optional() }),
	z.strictObject({ ...step, action: z.literal('ended') })
]);

export const eventSchema = z
	.strictObject({
		/** Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision. */
		date: partialDate,
		/** Optional end, same forms, never before `date`. */
		end: partialDate.optional(),
		/** Where sources disagree or confidence is limited (docs/editorial.md). */
		certainty: localized(MAX.note).optional(),
		/** Who takes part; RU is shown as the USSR before 1991-12-26. */
		countries: codes(COUNTRIES).min(1, 'at least one country'),
		/** The lanes; absent: every pair of CN, RU and KP in `countries`; `[]`: the context lane. */
		pairs: codes(PAIRS).optional(),
		kind: z.enum(KINDS),
		title: localized(MAX.title),
		/** One or two neutral sentences. */
		summary: localized(MAX.summary),
		sources: atLeastOne(source, 'a list of at least one source'),
		/** Other events to read, by id. */
		related: z.array(eventId, 'a list of event ids').default([]),
		/** The steps in treaties' lives that this event records. */
		treaty: z.array(treatyStep, 'a list of treaty steps').default([]),
		/** Drafts show in `npm run dev` only. */
		draft: z.boolean().default(false),
		corrections
	})
	.superRefine(
		({ date, end, countries, pairs = [], treaty, certainty }, ctx) => {
			// Each check runs when the fields it reads are valid, whatever else is wrong.
			const valid = (...fields: string[]) =>
				!ctx.issues.some((issue) => fields.includes(String(issue.path?.[0])));
			if (valid('date', 'end') && end && comparePartialDates(end, date) < 0)
				fail(ctx, ['end'], `a date not before ${date}`, describe(end));
			for (const pair of valid('countries', 'pairs') ? pairs : []) {
				for (const code of pair.toUpperCase().split('-'))
					if (!countries.some((country) => country === code))
						fail(ctx, ['pairs'], `countries to include ${code} for ${pair}`, countries.join(', '));
			}
			(valid('treaty') ? treaty : []).forEach((step, i) => {
				const path = ['treaty', i, 'earliest'];
				if (step.earliest && valid('certainty') && !certainty)
					fail(ctx, path, 'a certainty note on the event that explains it', 'none');
				// `earliest` qualifies the date the step sets: the event's, or the new end of term.
				const sets = step.action === 'extended' ? step.until : valid('date') && date;
				if (step.earliest && sets && comparePartialDates(step.earliest, sets) >= 0)
					fail(ctx, path, `a date before ${sets}`, describe(step.earliest));
			});
		},
		{ when: ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value) }
	)
	.transform((event) => ({ ...event, pairs: event.pairs ?? derivePairs(event.countries) }));

const quote = z.strictObject({
	/** The words in the original language, about ten at most. */
	text: text(MAX.quote),
	translation: localized(MAX.summary)
});

export const commentarySchema = z.strictObject({
	author: localized(MAX.title),
	outlet: localized(MAX.title),
	/** The original article: its date, URL and language. */
	...publication,
	/** The article's own title. */
	title: localized(MAX.short),
	/** Our own summary of the argument. */
	summary: localized(MAX.summary * 2),
	quotes: z.array(quote, 'a list of quotes').default([]),
	/** The events it discusses, by id. */
	events: atLeastOne(eventId, 'a list of at least one event id'),
	/** Factual corrections to our page, as on events. */
	corrections
});

/** The Markdown bodies after `<!-- ja -->` and `<!-- en -->`: required on events only. */
const section = (lang: string) => text(MAX.body, `a non-empty <!-- ${lang} --> section`);
export const eventBody = z.object({ ja: section('ja'), en: section('en') });
export const commentaryBody = z.object({ ja: text(MAX.body, false), en: text(MAX.body, false) });

export type Localized = z.output<ReturnType<typeof localized>>;
export type Source = z.output<typeof source>;
export type Clause = z.output<typeof clause>;
export type TreatyStep = z.output<typeof treatyStep>;
export type Correction = z.output<typeof correction>;
/** Where an entry comes from: its id (the file name), the file, and the Markdown bodies. */
type Entry = { id: string; file: string; body: Localized };
export type ChronicleEvent = z.output<typeof eventSchema> & Entry;
export type Commentary = z.output<typeof commentarySchema> & Entry;
