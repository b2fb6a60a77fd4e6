/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages read) and answers which headers
 * a path gets, as those hosts do: every rule whose path matches adds its headers, and a header set
 * by two rules is joined with ", ". `*` matches any characters, `:name` one path segment. Used by
 * `serve.js`, so the local host and the tests send what a real host would. Pure.
 */

/** @typedef {{ path: string, match: RegExp, headers: [string, string][] }} Rule */

/** @param {string} path */
function pattern(path) {
	const source = path
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`);
}

/**
 * A path starts a rule; the indented `Name: value` lines below it are its headers; `#` comments.
 * @param {string} text
 * @returns {Rule[]}
 */
export function parseHeaders(text) {
	/** @type {Rule[]} */
	const rules = [];
	for (const [index, raw] of text.split(/\r?\n/).entries()) {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) continue;
		if (!/^\s/.test(raw)) {
			rules.push({ path: line, match: pattern(line), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (colon < 1 || !rule) {
			throw new Error(`_headers: line ${index + 1}: expected "Name: value", found ${line}`);
		}
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * The headers a request path gets, by lower-case name.
 * @param {Rule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname) {
	/** @type {Record<string, string>} */
	const headers = {};
	for (const rule of rules) {
		if (!rule.match.test(pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
		}
	}
	return headers;
}
