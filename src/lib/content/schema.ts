/**
 * The content schema: what an event or commentary file may contain, and the validator that reads
 * every file and reports every problem at once. Pure (no SvelteKit, no file system) so that the
 * build, the `check:events` command and the unit tests all run the same checks.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { isValidPartialDate, comparePartialDates, precisionOf } from './dates';
import {
	COUNTRIES,
	KINDS,
	LANGS,
	PAIRS,
	SOURCE_LANGS,
	TREATY_ACTIONS,
	type Country,
	type Kind,
	type Lang,
	type Pair,
	type SourceLang,
	type TreatyAction
} from './vocabulary';

export * from './vocabulary';

export type Localized = Record<Lang, string>;

/** A source cited by an event. */
export interface Source {
	title: string;
	publisher: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date: string;
	/** Absolute http(s) URL. */
	url: string;
	lang: SourceLang;
}

/** One key clause of a treaty, paraphrased by us. */
export interface Clause {
	/** Article number as printed ("4"), or "—" where the number was not verified. */
	article: string;
	text: Localized;
	/** Whether the clause pledges immediate military aid. */
	aid: boolean;
	/** Conditions attached to the pledge (for example Article 51 of the UN Charter). */
	conditions?: Localized;
}

/** A step in a treaty's life recorded by an event. The `signed` step defines the treaty. */
export interface TreatyStep {
	id: string;
	action: TreatyAction;
	name?: Localized;
	short?: Localized;
	parties?: Country[];
	place?: Localized;
	/** Whether the treaty contains a mutual military-assistance pledge. */
	pledge?: boolean;
	term?: Localized;
	/** Entry into force, where no event of ours records it. */
	inForce?: string;
	clauses?: Clause[];
	/** New end of term, on `extended`. */
	until?: string;
	/**
	 * Where sources disagree on when this step took effect: the earliest date they give for the date
	 * it sets (the event's date, or `until` on `extended`). The event's certainty note explains it.
	 */
	earliest?: string;
	note?: Localized;
}

/** A factual correction to an entry, shown at the top of its page; `date` is the day it was made. */
export interface Correction {
	/** `YYYY-MM-DD`. */
	date: string;
	ja: string;
	en: string;
}

export interface ChronicleEvent {
	id: string;
	file: string;
	/** Start: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision. */
	date: string;
	/** Optional end, same forms, never before `date`. */
	end?: string;
	/** Where sources disagree or confidence is limited. */
	certainty?: Localized;
	countries: Country[];
	/** Relationships the event belongs to; empty means the context lane. */
	pairs: Pair[];
	kind: Kind;
	title: Localized;
	summary: Localized;
	/** Markdown bodies. */
	body: Localized;
	sources: Source[];
	related: string[];
	treaty: TreatyStep[];
	/** Factual corrections, oldest first as written; empty when none. */
	corrections: Correction[];
	draft: boolean;
}

export interface Quote {
	/** The quoted words in the original language (about ten words at most). */
	text: string;
	translation: Localized;
}

export interface Commentary {
	id: string;
	file: string;
	author: Localized;
	outlet: Localized;
	date: string;
	url: string;
	lang: SourceLang;
	title: Localized;
	/** Our own summary of the argument. */
	summary: Localized;
	quotes: Quote[];
	/** Ids of the events it discusses (at least one). */
	events: string[];
	/** Optional longer summary in Markdown; empty strings when absent. */
	body: Localized;
	/** Factual corrections to our page, as on events. */
	corrections: Correction[];
}

export interface ContentFile {
	/** Path relative to the repository, e.g. `events/2024-06-19-putin-pyongyang-treaty.md`. */
	path: string;
	raw: string;
}

export interface ValidationResult {
	events: ChronicleEvent[];
	commentary: Commentary[];
	/** Every problem found, each `file: field: expected …, found …`. */
	issues: string[];
}

const ID_PATTERN = /^\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/;
const TREATY_ID_PATTERN = /^[a-z]{2}-[a-z]{2}-\d{4}$/;
/** Bidirectional overrides and isolates can disguise text; zero-width and control characters too. */
const FORBIDDEN_CHARS =
	// eslint-disable-next-line no-control-regex
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const MAX = { title: 160, summary: 600, note: 900, body: 20000, short: 300, quote: 120 };
const CROSS_LINK = /\]\((event|commentary):([^)\s]*)\)/g;

/** What a value looks like, for "found …" in messages. */
function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'string') {
		const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
		return value === '' ? 'an empty string' : JSON.stringify(shown);
	}
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${String(value)}`;
}

/** Collects issues for one file, with typed readers that record what was expected. */
class FileReader {
	issues: string[] = [];
	constructor(readonly file: string) {}

	fail(field: string, expected: string, found: unknown, raw = false) {
		this.issues.push(
			`${this.file}: ${field}: expected ${expected}, found ${raw ? found : describe(found)}`
		);
	}

	text(obj: Record<string, unknown>, field: string, path: string, max: number, optional = false) {
		const value = obj[field];
		if (value === undefined && optional) return undefined;
		if (typeof value !== 'string' || value.trim() === '') {
			this.fail(path, 'a non-empty string', value);
			return '';
		}
		if (FORBIDDEN_CHARS.test(value)) {
			this.fail(
				path,
				'plain text',
				'a control, zero-width or bidirectional-override character',
				true
			);
		} else if (value.length > max) {
			this.fail(path, `at most ${max} characters`, `${value.length}`, true);
		}
		return value.trim();
	}

	/** An optional `{ ja, en }` object: undefined when absent, checked when present. */
	maybeLocalized(obj: Record<string, unknown>, field: string, path: string, max: number) {
		return obj[field] === undefined ? undefined : this.localized(obj, field, path, max);
	}

	localized(obj: Record<string, unknown>, field: string, path: string, max: number): Localized {
		const value = obj[field];
		if (!isRecord(value)) {
			this.fail(path, 'an object with ja and en', value);
			return { ja: '', en: '' };
		}
		for (const key of Object.keys(value)) {
			if (!(LANGS as readonly string[]).includes(key))
				this.fail(`${path}.${key}`, 'only ja and en', key);
		}
		return {
			ja: this.text(value, 'ja', `${path}.ja`, max)!,
			en: this.text(value, 'en', `${path}.en`, max)!
		};
	}

	date(obj: Record<string, unknown>, field: string, path: string, optional = false) {
		const value = obj[field];
		if (value === undefined && optional) return undefined;
		if (typeof value !== 'string' || !isValidPartialDate(value)) {
			this.fail(path, 'a real date as YYYY, YYYY-MM or YYYY-MM-DD (quoted)', value);
			return undefined;
		}
		return value;
	}

	oneOf<T extends string>(
		obj: Record<string, unknown>,
		field: string,
		path: string,
		list: readonly T[]
	) {
		const value = obj[field];
		if (typeof value !== 'string' || !list.includes(value as T)) {
			this.fail(path, `one of ${list.join(', ')}`, value);
			return list[0];
		}
		return value as T;
	}

	codes<T extends string>(
		obj: Record<string, unknown>,
		field: string,
		path: string,
		list: readonly T[]
	) {
		const value = obj[field];
		if (!Array.isArray(value)) {
			this.fail(path, `a list of ${list.join(', ')}`, value);
			return [];
		}
		const out: T[] = [];
		value.forEach((code, i) => {
			if (typeof code !== 'string' || !list.includes(code as T)) {
				this.fail(`${path}[${i}]`, `one of ${list.join(', ')}`, code);
			} else if (out.includes(code as T)) {
				this.fail(`${path}[${i}]`, 'each code once', `${code} twice`, true);
			} else out.push(code as T);
		});
		return out;
	}

	url(obj: Record<string, unknown>, field: string, path: string) {
		const value = this.text(obj, field, path, 2000);
		if (!value) return '';
		let parsed: URL | undefined;
		try {
			parsed = new URL(value);
		} catch {
			parsed = undefined;
		}
		if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
			this.fail(path, 'an absolute http(s) URL', value);
			return '';
		}
		return value;
	}

	ids(obj: Record<string, unknown>, field: string, path: string, optional: boolean) {
		const value = obj[field];
		if (value === undefined && optional) return [];
		if (!Array.isArray(value) || (!optional && value.length === 0)) {
			this.fail(path, optional ? 'a list of event ids' : 'a list of at least one event id', value);
			return [];
		}
		return value.filter((id, i) => {
			if (typeof id === 'string' && ID_PATTERN.test(id)) return true;
			this.fail(`${path}[${i}]`, 'an event id', id);
			return false;
		}) as string[];
	}

	unknownFields(obj: Record<string, unknown>, allowed: readonly string[], prefix = '') {
		for (const key of Object.keys(obj)) {
			if (!allowed.includes(key))
				this.fail(`${prefix}${key}`, `one of the fields ${allowed.join(', ')}`, key);
		}
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits `---\nyaml\n---\nbody` and the body into its `<!-- ja -->` and `<!-- en -->` parts. */
function splitFile(reader: FileReader, raw: string) {
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
	if (!match) {
		reader.fail('front matter', 'a YAML block between --- lines at the top', 'none', true);
		return undefined;
	}
	let data: unknown;
	try {
		data = parseYaml(match[1], { uniqueKeys: true });
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
		reader.fail('front matter', 'valid YAML', `a syntax error (${message})`, true);
		return undefined;
	}
	if (!isRecord(data)) {
		reader.fail('front matter', 'a YAML mapping of fields', data);
		return undefined;
	}
	const body: Localized = { ja: '', en: '' };
	const parts = match[2].split(/^<!--\s*(ja|en)\s*-->[ \t]*$/m);
	if (parts[0].trim() !== '')
		reader.fail('body', 'text only after <!-- ja --> or <!-- en -->', parts[0].trim());
	const seen = new Set<string>();
	for (let i = 1; i < parts.length; i += 2) {
		const lang = parts[i] as Lang;
		if (seen.has(lang)) reader.fail(`body.${lang}`, 'one section per language', 'two', true);
		seen.add(lang);
		body[lang] = parts[i + 1].trim();
	}
	return { data, body };
}

function checkBody(reader: FileReader, body: Localized, required: boolean) {
	for (const lang of LANGS) {
		if (required && body[lang] === '')
			reader.fail(`body.${lang}`, `a non-empty <!-- ${lang} --> section`, body[lang]);
		if (body[lang].length > MAX.body)
			reader.fail(`body.${lang}`, `at most ${MAX.body} characters`, `${body[lang].length}`, true);
		if (FORBIDDEN_CHARS.test(body[lang])) {
			reader.fail(
				`body.${lang}`,
				'plain text',
				'a control, zero-width or bidirectional-override character',
				true
			);
		}
	}
}

function readSources(reader: FileReader, data: Record<string, unknown>): Source[] {
	const list = data.sources;
	if (!Array.isArray(list) || list.length === 0) {
		reader.fail('sources', 'a list of at least one source', list);
		return [];
	}
	return list.map((item, i) => {
		const path = `sources[${i}]`;
		if (!isRecord(item)) {
			reader.fail(path, 'an object with title, publisher, date, url, lang', item);
			return { title: '', publisher: '', date: '', url: '', lang: 'en' };
		}
		reader.unknownFields(item, ['title', 'publisher', 'date', 'url', 'lang'], `${path}.`);
		return {
			title: reader.text(item, 'title', `${path}.title`, MAX.short)!,
			publisher: reader.text(item, 'publisher', `${path}.publisher`, MAX.short)!,
			date: reader.date(item, 'date', `${path}.date`) ?? '',
			url: reader.url(item, 'url', `${path}.url`),
			lang: reader.oneOf(item, 'lang', `${path}.lang`, SOURCE_LANGS)
		};
	});
}

/** The optional `corrections` list: each a day-precise date and the correction in both languages. */
function readCorrections(reader: FileReader, data: Record<string, unknown>): Correction[] {
	if (data.corrections === undefined) return [];
	if (!Array.isArray(data.corrections)) {
		reader.fail('corrections', 'a list of { date, ja, en }', data.corrections);
		return [];
	}
	return data.corrections.map((item, i) => {
		const path = `corrections[${i}]`;
		if (!isRecord(item)) {
			reader.fail(path, 'an object with date, ja and en', item);
			return { date: '', ja: '', en: '' };
		}
		reader.unknownFields(item, ['date', 'ja', 'en'], `${path}.`);
		let date = reader.date(item, 'date', `${path}.date`) ?? '';
		if (date && precisionOf(date) !== 'day') {
			reader.fail(`${path}.date`, 'a day as YYYY-MM-DD', date);
			date = '';
		}
		return {
			date,
			ja: reader.text(item, 'ja', `${path}.ja`, MAX.note)!,
			en: reader.text(item, 'en', `${path}.en`, MAX.note)!
		};
	});
}

/** `earliest` needs a certainty note that explains it, and lies before the date it qualifies. */
function checkEarliest(
	reader: FileReader,
	data: Record<string, unknown>,
	step: TreatyStep,
	path: string
) {
	const date = step.action === 'extended' ? step.until : data.date;
	if (data.certainty === undefined) {
		reader.fail(`${path}.earliest`, 'a certainty note on the event that explains it', 'none', true);
	} else if (
		typeof date === 'string' &&
		isValidPartialDate(date) &&
		comparePartialDates(step.earliest!, date) >= 0
	) {
		reader.fail(`${path}.earliest`, `a date before ${date}`, step.earliest);
	}
}

const DEFINING_FIELDS = [
	'name',
	'short',
	'parties',
	'place',
	'pledge',
	'term',
	'inForce',
	'clauses'
] as const;

function readTreaty(reader: FileReader, data: Record<string, unknown>): TreatyStep[] {
	if (data.treaty === undefined) return [];
	if (!Array.isArray(data.treaty)) {
		reader.fail('treaty', 'a list of treaty steps', data.treaty);
		return [];
	}
	return data.treaty.map((item, i) => {
		const path = `treaty[${i}]`;
		if (!isRecord(item)) {
			reader.fail(path, 'an object with id and action', item);
			return { id: '', action: 'signed' };
		}
		reader.unknownFields(
			item,
			['id', 'action', ...DEFINING_FIELDS, 'until', 'earliest', 'note'],
			`${path}.`
		);
		const id = typeof item.id === 'string' && TREATY_ID_PATTERN.test(item.id) ? item.id : '';
		if (!id) reader.fail(`${path}.id`, 'a treaty id such as kp-ru-2024', item.id);
		const step: TreatyStep = {
			id,
			action: reader.oneOf(item, 'action', `${path}.action`, TREATY_ACTIONS)
		};
		step.note = reader.maybeLocalized(item, 'note', `${path}.note`, MAX.summary);
		if (step.action === 'extended') step.until = reader.date(item, 'until', `${path}.until`, true);
		else if (item.until !== undefined)
			reader.fail(`${path}.until`, 'no until except on an extended step', item.until);
		step.earliest = reader.date(item, 'earliest', `${path}.earliest`, true);
		if (step.earliest) checkEarliest(reader, data, step, path);
		if (step.action !== 'signed') {
			for (const field of DEFINING_FIELDS) {
				if (item[field] !== undefined)
					reader.fail(
						`${path}.${field}`,
						'nothing (only the signed step defines the treaty)',
						item[field]
					);
			}
			return step;
		}
		step.name = reader.localized(item, 'name', `${path}.name`, MAX.short);
		step.short = reader.localized(item, 'short', `${path}.short`, MAX.title);
		step.parties = reader.codes(item, 'parties', `${path}.parties`, COUNTRIES);
		if (step.parties.length !== 2) reader.fail(`${path}.parties`, 'two parties', step.parties);
		step.place = reader.localized(item, 'place', `${path}.place`, MAX.title);
		if (typeof item.pledge !== 'boolean')
			reader.fail(`${path}.pledge`, 'true or false', item.pledge);
		step.pledge = item.pledge === true;
		step.term = reader.localized(item, 'term', `${path}.term`, MAX.summary);
		step.inForce = reader.date(item, 'inForce', `${path}.inForce`, true);
		if (!Array.isArray(item.clauses) || item.clauses.length === 0) {
			reader.fail(`${path}.clauses`, 'a list of at least one clause', item.clauses);
			step.clauses = [];
		} else {
			step.clauses = item.clauses.map((clause, j) => {
				const cpath = `${path}.clauses[${j}]`;
				if (!isRecord(clause)) {
					reader.fail(cpath, 'an object with article, text and aid', clause);
					return { article: '', text: { ja: '', en: '' }, aid: false };
				}
				reader.unknownFields(clause, ['article', 'text', 'aid', 'conditions'], `${cpath}.`);
				const article =
					typeof clause.article === 'number' ? String(clause.article) : clause.article;
				if (typeof clause.aid !== 'boolean')
					reader.fail(`${cpath}.aid`, 'true or false', clause.aid);
				return {
					article: reader.text({ article }, 'article', `${cpath}.article`, 20)!,
					text: reader.localized(clause, 'text', `${cpath}.text`, MAX.summary),
					aid: clause.aid === true,
					conditions: reader.maybeLocalized(
						clause,
						'conditions',
						`${cpath}.conditions`,
						MAX.summary
					)
				};
			});
		}
		return step;
	});
}

const EVENT_FIELDS = [
	'date',
	'end',
	'certainty',
	'countries',
	'pairs',
	'kind',
	'title',
	'summary',
	'sources',
	'related',
	'treaty',
	'draft',
	'corrections'
] as const;

/** The id starts with the date exactly as written: `2024-06-` for a month, never a day more. */
function checkIdDate(reader: FileReader, id: string, date: string) {
	const idDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=-)/.exec(id)?.[0];
	if (date && idDate !== date)
		reader.fail('id', `the file name to start with the date ${date}-`, id);
}

/** Every pair of CN, RU and KP present in the countries. */
export function derivePairs(countries: readonly string[]): Pair[] {
	return PAIRS.filter((pair) =>
		pair.split('-').every((code) => countries.includes(code.toUpperCase()))
	);
}

function readEvent(
	reader: FileReader,
	id: string,
	data: Record<string, unknown>,
	body: Localized
): ChronicleEvent {
	reader.unknownFields(data, EVENT_FIELDS);
	const date = reader.date(data, 'date', 'date') ?? '';
	const end = reader.date(data, 'end', 'end', true);
	if (date && end && comparePartialDates(end, date) < 0)
		reader.fail('end', `a date not before ${date}`, end);
	checkIdDate(reader, id, date);
	const countries = reader.codes(data, 'countries', 'countries', COUNTRIES);
	if (countries.length === 0 && Array.isArray(data.countries))
		reader.fail('countries', 'at least one country', data.countries);
	const pairs =
		data.pairs === undefined ? derivePairs(countries) : reader.codes(data, 'pairs', 'pairs', PAIRS);
	for (const pair of pairs) {
		for (const code of pair.split('-')) {
			if (!countries.includes(code.toUpperCase() as Country)) {
				reader.fail(
					'pairs',
					`countries to include ${code.toUpperCase()} for ${pair}`,
					countries.join(', ') || 'none',
					true
				);
			}
		}
	}
	if (data.draft !== undefined && typeof data.draft !== 'boolean')
		reader.fail('draft', 'true or false', data.draft);
	checkBody(reader, body, true);
	return {
		id,
		file: reader.file,
		date,
		end,
		certainty: reader.maybeLocalized(data, 'certainty', 'certainty', MAX.note),
		countries,
		pairs,
		kind: reader.oneOf(data, 'kind', 'kind', KINDS),
		title: reader.localized(data, 'title', 'title', MAX.title),
		summary: reader.localized(data, 'summary', 'summary', MAX.summary),
		body,
		sources: readSources(reader, data),
		related: reader.ids(data, 'related', 'related', true),
		treaty: readTreaty(reader, data),
		corrections: readCorrections(reader, data),
		draft: data.draft === true
	};
}

const COMMENTARY_FIELDS = [
	'author',
	'outlet',
	'date',
	'url',
	'lang',
	'title',
	'summary',
	'quotes',
	'events',
	'corrections'
] as const;

function readCommentary(
	reader: FileReader,
	id: string,
	data: Record<string, unknown>,
	body: Localized
): Commentary {
	reader.unknownFields(data, COMMENTARY_FIELDS);
	checkBody(reader, body, false);
	const date = reader.date(data, 'date', 'date') ?? '';
	checkIdDate(reader, id, date);
	let quotes: Quote[] = [];
	if (data.quotes !== undefined) {
		if (!Array.isArray(data.quotes)) reader.fail('quotes', 'a list of quotes', data.quotes);
		else {
			quotes = data.quotes.map((quote, i) => {
				if (!isRecord(quote)) {
					reader.fail(`quotes[${i}]`, 'an object with text and translation', quote);
					return { text: '', translation: { ja: '', en: '' } };
				}
				reader.unknownFields(quote, ['text', 'translation'], `quotes[${i}].`);
				return {
					text: reader.text(quote, 'text', `quotes[${i}].text`, MAX.quote)!,
					translation: reader.localized(
						quote,
						'translation',
						`quotes[${i}].translation`,
						MAX.summary
					)
				};
			});
		}
	}
	return {
		id,
		file: reader.file,
		author: reader.localized(data, 'author', 'author', MAX.title),
		outlet: reader.localized(data, 'outlet', 'outlet', MAX.title),
		date,
		url: reader.url(data, 'url', 'url'),
		lang: reader.oneOf(data, 'lang', 'lang', SOURCE_LANGS),
		title: reader.localized(data, 'title', 'title', MAX.short),
		summary: reader.localized(data, 'summary', 'summary', MAX.summary * 2),
		quotes,
		events: reader.ids(data, 'events', 'events', false),
		body,
		corrections: readCorrections(reader, data)
	};
}

/** Checks that treaty steps form a coherent life cycle: one definition, dates in order. */
function checkTreaties(events: ChronicleEvent[], issues: string[]) {
	const steps = new Map<string, { event: ChronicleEvent; step: TreatyStep }[]>();
	for (const event of events) {
		for (const step of event.treaty) {
			if (!step.id) continue;
			steps.set(step.id, [...(steps.get(step.id) ?? []), { event, step }]);
		}
	}
	for (const [id, list] of steps) {
		const signed = list.filter(({ step }) => step.action === 'signed');
		if (signed.length !== 1) {
			for (const { event } of list) {
				issues.push(
					`${event.file}: treaty: expected exactly one event that signs ${id}, found ${signed.length}`
				);
			}
			continue;
		}
		const signing = signed[0].event.date;
		const inForce = signed[0].step.inForce;
		if (inForce && comparePartialDates(inForce, signing) < 0) {
			issues.push(
				`${signed[0].event.file}: treaty.inForce: expected a date not before the signing ${signing}, found ${inForce}`
			);
		}
		for (const { event, step } of list) {
			if (step.action !== 'signed' && comparePartialDates(event.date, signing) < 0) {
				issues.push(
					`${event.file}: treaty: expected ${step.action} of ${id} after its signing on ${signing}, found ${event.date}`
				);
			}
		}
	}
}

/** Reads and validates every content file; returns the valid content and every issue found. */
export function validateContent(files: ContentFile[]): ValidationResult {
	const issues: string[] = [];
	const events: ChronicleEvent[] = [];
	const commentary: Commentary[] = [];
	const seen = new Map<string, string>();

	for (const { path, raw } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const reader = new FileReader(path);
		const isCommentary = /(^|\/)commentary\/[^/]+$/.test(path);
		const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
		if (!ID_PATTERN.test(id)) {
			reader.fail(
				'id',
				'a file name of the form YYYY[-MM[-DD]]-slug.md in lower case',
				path.replace(/^.*\//, '')
			);
		}
		const key = `${isCommentary ? 'commentary' : 'event'}:${id}`;
		if (seen.has(key))
			reader.fail('id', 'a unique id', `${id} again (also ${seen.get(key)})`, true);
		seen.set(key, path);
		const parts = splitFile(reader, raw);
		if (parts) {
			if (isCommentary) commentary.push(readCommentary(reader, id, parts.data, parts.body));
			else events.push(readEvent(reader, id, parts.data, parts.body));
		}
		issues.push(...reader.issues);
	}

	const eventIds = new Set(events.map((e) => e.id));
	const draftIds = new Set(events.filter((e) => e.draft).map((e) => e.id));
	const commentaryIds = new Set(commentary.map((c) => c.id));
	const checkRef = (
		file: string,
		field: string,
		id: string,
		kind: 'event' | 'commentary' = 'event'
	) => {
		const known = kind === 'event' ? eventIds : commentaryIds;
		if (!known.has(id))
			issues.push(
				`${file}: ${field}: expected the id of an existing ${kind}, found ${JSON.stringify(id)}`
			);
		else if (kind === 'event' && draftIds.has(id))
			issues.push(`${file}: ${field}: expected a published event, found the draft ${id}`);
	};
	const checkLinks = (file: string, body: Localized) => {
		for (const lang of LANGS) {
			for (const [, kind, id] of body[lang].matchAll(CROSS_LINK)) {
				checkRef(file, `body.${lang}`, id, kind as 'event' | 'commentary');
			}
		}
	};
	for (const event of events) {
		event.related.forEach((id, i) => checkRef(event.file, `related[${i}]`, id));
		if (event.related.includes(event.id))
			issues.push(`${event.file}: related: expected other events, found the event itself`);
		checkLinks(event.file, event.body);
	}
	for (const entry of commentary) {
		entry.events.forEach((id, i) => checkRef(entry.file, `events[${i}]`, id));
		checkLinks(entry.file, entry.body);
	}
	checkTreaties(events, issues);

	return { events, commentary, issues };
}
