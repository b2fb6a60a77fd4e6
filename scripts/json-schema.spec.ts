import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, renderJsonSchema } from './json-schema';

describe('the JSON Schemas in docs/', () => {
	it.each(Object.entries(JSON_SCHEMAS))(
		'%s is up to date (npm run json-schema)',
		(path, { title, schema }) => {
			expect(readFileSync(path, 'utf8')).toBe(renderJsonSchema(title, schema));
		}
	);
});
