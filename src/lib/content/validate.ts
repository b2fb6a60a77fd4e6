/**
 * Reads every content file through the schema, the cross-file checks and the house rules, and
 * reports every problem at once. Pure (no SvelteKit, no file system): the build, `check:events`
 * and the unit tests run the same checks.
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type * as z from 'zod';
import { crossFileIssues, type ContentId } from './cross-file';
import { isValidPartialDate } from './dates';
import { editorialIssues } from './editorial';
import { describe, errorMap, messages, problem } from './error-map';
import {
	commentaryBody,
	commentarySchema,
	eventBody,
	eventSchema,
	type ChronicleEvent,
	type Commentary,
	type Lang,
	type Localized
} from './schema';

export interface ContentFile {
	/** Path relative to the repository, e.g. `events/2024-06-19-putin-pyongyang-treaty.md`. */
	path: string;
	raw: string;
}

export interface ValidationResult {
	/** The entries that passed the schema. */
	events: ChronicleEvent[];
	commentary: Commentary[];
	/** Every problem found, each `file: field: expected …, found …`. */
	issues: string[];
}

/** Splits `---\nyaml\n---\nbody` and the body into its `<!-- ja -->` and `<!-- en -->` parts. */
function splitFile(
	file: string,
	raw: string
): { data?: unknown; body: Localized; issues: string[] } {
	const body = { ja: '', en: '' };
	const fail = (expected: string, found: string) => ({
		body,
		issues: [problem(file, 'front matter', expected, found)]
	});
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
	if (!match) return fail('a YAML block between --- lines at the top', 'none');
	let data: unknown;
	try {
		data = parseYaml(match[1], { uniqueKeys: true });
	} catch (error) {
		const message = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error);
		return fail('valid YAML', `a syntax error (${message})`);
	}
	const issues: string[] = [];
	const parts = match[2].split(/^<!--\s*(ja|en)\s*-->[ \t]*$/m);
	if (parts[0].trim() !== '')
		issues.push(
			problem(file, 'body', 'text only after <!-- ja --> or <!-- en -->', describe(parts[0].trim()))
		);
	const seen = new Set<string>();
	for (let i = 1; i < parts.length; i += 2) {
		const lang = parts[i] as Lang;
		if (seen.has(lang))
			issues.push(problem(file, `body.${lang}`, 'one section per language', 'two'));
		seen.add(lang);
		body[lang] = parts[i + 1].trim();
	}
	return { data, body, issues };
}

/** The entry when its front matter and body pass the schema; otherwise its problems. */
function read<T>(
	file: string,
	data: unknown,
	body: Localized,
	schemas: [z.ZodType<T>, z.ZodType<Localized>]
) {
	const options = { reportInput: true, error: errorMap };
	const front = schemas[0].safeParse(data, options);
	const text = schemas[1].safeParse(body, options);
	return {
		entry: front.success && text.success ? { ...front.data, body: text.data } : undefined,
		issues: [
			...messages(file, front.error?.issues ?? []),
			...messages(file, text.error?.issues ?? [], ['body'])
		]
	};
}

/** Reads and validates every content file; returns the valid content and every issue found. */
export function validateContent(files: ContentFile[]): ValidationResult {
	const result: ValidationResult = { events: [], commentary: [], issues: [] };
	const ids: ContentId[] = [];
	for (const { path: file, raw } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
		const id = file.replace(/^.*\//, '').replace(/\.md$/, '');
		const kind = /(^|\/)commentary\/[^/]+$/.test(file) ? 'commentary' : 'event';
		const { data, body, issues } = splitFile(file, raw);
		const date = (data as { date?: unknown } | undefined)?.date;
		ids.push({
			file,
			id,
			kind,
			date: typeof date === 'string' && isValidPartialDate(date) ? date : undefined
		});
		result.issues.push(...issues);
		if (data === undefined) continue;
		if (kind === 'event') {
			const { entry, issues } = read(file, data, body, [eventSchema, eventBody]);
			result.issues.push(...issues);
			if (entry) {
				result.events.push({ id, file, ...entry });
				result.issues.push(...editorialIssues({ id, file, ...entry }));
			}
		} else {
			const { entry, issues } = read(file, data, body, [commentarySchema, commentaryBody]);
			result.issues.push(...issues);
			if (entry) result.commentary.push({ id, file, ...entry });
		}
	}
	result.issues.push(...crossFileIssues(ids, result));
	return result;
}
