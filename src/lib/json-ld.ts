/**
 * Safe embedding of JSON-LD in HTML. Apart from the builders in `structured-data.ts`, which only
 * event pages load, because every page's head code needs this.
 */
export type JsonLd = Record<string, unknown>;

/**
 * `<script type="application/ld+json">` holding the data. The JSON is escaped so the text can never
 * close the element or open a comment (`</script>`, `<!--`): `<`, `>` and `&` become `\u003c` and
 * so on, which JSON parsers read back unchanged. Browsers do not run this script type, and CSP does
 * not apply to it.
 */
export function jsonLdScript(data: JsonLd): string {
	const json = JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
	return `<script type="application/ld+json">${json}</script>`;
}
