/**
 * Every content problem reads `events/<file>: <field>: expected …, found …`. The schema names what
 * it expected; this module words what was found and the cases the schema leaves to zod.
 */
import * as z from 'zod';

/** What a value looks like, for "found …" in messages. */
export function describe(value: unknown): string {
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

export const problem = (file: string, field: string, expected: string, found: string) =>
	`${file}: ${field}: expected ${expected}, found ${found}`;

/** A schema's own check: `expected …, found …` at `path`, `found` printed as given (see `found`). */
export const fail = (ctx: z.RefinementCtx, path: PropertyKey[], expected: string, found: string) =>
	ctx.addIssue({ code: 'custom', path, message: expected, params: { found } });

/** A field the schema names only to refuse it (`z.never().optional()`): not one to choose. */
const refused = (field: z.ZodType) =>
	field instanceof z.ZodOptional && field.unwrap() instanceof z.ZodNever;

/** The fields a mapping needs, read from its schema (a union's: those every option needs). */
function objectWith({ inst, path }: z.core.$ZodRawIssue): string {
	if (!path?.length) return 'a YAML mapping of fields';
	const options = (inst instanceof z.ZodUnion ? inst.options : [inst]) as z.ZodObject[];
	const needs = Object.keys(options[0].shape).filter((key) =>
		options.every(({ shape }) => shape[key] && !shape[key].isOptional())
	);
	return `an object with ${new Intl.ListFormat('en-GB').format(needs)}`;
}

/** The `expected …` phrase for issues whose schema gives none. */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_value':
			return `one of ${issue.values.join(', ')}`;
		case 'invalid_union':
			return Array.isArray(issue.options) ? `one of ${issue.options.join(', ')}` : undefined;
		case 'unrecognized_keys': {
			const { shape } = issue.inst as z.ZodObject;
			return `one of the fields ${Object.keys(shape)
				.filter((key) => !refused(shape[key]))
				.join(', ')}`;
		}
		case 'invalid_type':
			if (issue.expected === 'object') return objectWith(issue);
			return issue.expected === 'boolean' ? 'true or false' : `a ${issue.expected}`;
	}
};

/** `treaty[0].clauses`: the path as an editor writes it. */
const fieldPath = (path: readonly PropertyKey[]) =>
	path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${String(key)}` : key))
		.join('') || 'front matter';

/** What was found: the value, except where the issue words it or concerns a part of it. */
function found(issue: z.core.$ZodIssue): string {
	if (issue.code === 'custom' && issue.params?.found) return issue.params.found;
	if (issue.code === 'too_big' && typeof issue.input === 'string') return `${issue.input.length}`;
	if (issue.code === 'invalid_union' && issue.discriminator)
		return describe((issue.input as Record<string, unknown>)[issue.discriminator]);
	return describe(issue.input);
}

/** One message per problem (an unknown field each), parsed with `reportInput` and `errorMap`. */
export function messages(file: string, issues: z.core.$ZodIssue[], prefix: string[] = []) {
	return issues.flatMap((issue) => {
		const path = [...prefix, ...issue.path];
		if (issue.code !== 'unrecognized_keys')
			return [problem(file, fieldPath(path), issue.message, found(issue))];
		return issue.keys.map((key) =>
			problem(file, fieldPath([...path, key]), issue.message, describe(key))
		);
	});
}
