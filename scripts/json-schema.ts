/**
 * `npm run json-schema`: writes the front matter of events and commentary as JSON Schema into
 * docs/, for editors and tools. Generated from the zod schema; a unit test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { commentarySchema, eventSchema } from '../src/lib/content/schema';

export const JSON_SCHEMAS = {
	'docs/event.schema.json': { title: 'An event file’s front matter', schema: eventSchema },
	'docs/commentary.schema.json': {
		title: 'A commentary file’s front matter',
		schema: commentarySchema
	}
};

/** What an editor writes (the input side: defaults optional), as indented JSON. */
export function renderJsonSchema(title: string, schema: z.ZodType): string {
	const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
	const description = 'See “Adding or editing an event” in README.md and docs/editorial.md.';
	return `${JSON.stringify({ $schema, title, description, ...rest }, null, '\t')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	for (const [path, { title, schema }] of Object.entries(JSON_SCHEMAS)) {
		writeFileSync(path, renderJsonSchema(title, schema));
		console.log(`Wrote ${path}.`);
	}
}
