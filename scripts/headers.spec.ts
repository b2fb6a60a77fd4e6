import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from './headers.js';

const file = `# a comment
/*
  X-Content-Type-Options: nosniff

/:lang/embed/*
  Content-Security-Policy: frame-ancestors *
/ja/events/*
  Content-Security-Policy: frame-ancestors 'self'
  Link: <https://example.org/a?b=c>; rel="x"
/exact.html
  X-Exact: yes
`;

describe('parseHeaders', () => {
	it('reads paths, their indented headers and skips comments', () => {
		const rules = parseHeaders(file);
		expect(rules.map((r) => [r.path, r.headers])).toEqual([
			['/*', [['X-Content-Type-Options', 'nosniff']]],
			['/:lang/embed/*', [['Content-Security-Policy', 'frame-ancestors *']]],
			[
				'/ja/events/*',
				[
					['Content-Security-Policy', "frame-ancestors 'self'"],
					['Link', '<https://example.org/a?b=c>; rel="x"']
				]
			],
			['/exact.html', [['X-Exact', 'yes']]]
		]);
	});

	it('refuses a header before any path, or a line that is no header', () => {
		expect(() => parseHeaders('  X-A: b')).toThrow(/line 1/);
		expect(() => parseHeaders('/*\n  no colon here')).toThrow(/line 2: expected "Name: value"/);
	});
});

describe('headersFor', () => {
	const rules = parseHeaders(file);

	it('gives a path the headers of every rule that matches it, by lower-case name', () => {
		expect(headersFor(rules, '/en/embed/')).toEqual({
			'x-content-type-options': 'nosniff',
			'content-security-policy': 'frame-ancestors *'
		});
		expect(headersFor(rules, '/exact.html')).toMatchObject({ 'x-exact': 'yes' });
	});

	it('matches a placeholder to one segment and a splat to anything, even nothing', () => {
		expect(headersFor(rules, '/ja/x/embed/')).not.toHaveProperty('content-security-policy');
		expect(headersFor(rules, '/ja/events/')).toHaveProperty('content-security-policy');
		expect(headersFor(rules, '/ja/events/a/b/')).toHaveProperty('content-security-policy');
	});

	it('takes dots and other characters of a path literally', () => {
		expect(headersFor(rules, '/exactxhtml')).not.toHaveProperty('x-exact');
		expect(headersFor(rules, '/exact.html/more')).not.toHaveProperty('x-exact');
	});

	it('joins a header two rules set, as the hosts do', () => {
		const both = parseHeaders('/*\n  CSP: a\n/x/*\n  CSP: b\n');
		expect(headersFor(both, '/x/y')).toEqual({ csp: 'a, b' });
	});
});
