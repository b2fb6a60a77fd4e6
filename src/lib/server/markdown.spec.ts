import { describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../../tests/fixtures/read';
import { validateContent } from '../content/validate';
import { renderMarkdown, type LinkResolver } from './markdown';

const resolve: LinkResolver = (kind, id, lang) =>
	`/${lang}/${kind === 'event' ? 'events' : 'commentary'}/${id}/`;
const render = (source: string) => renderMarkdown(source, 'en', resolve);

describe('renderMarkdown', () => {
	it('renders ordinary Markdown', () => {
		expect(render('Some *emphasis* and **strength**.')).toBe(
			'<p>Some <em>emphasis</em> and <strong>strength</strong>.</p>\n'
		);
	});

	it('escapes a raw script block', () => {
		const html = render('<script>alert(1)</script>');
		expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
	});

	it('escapes inline raw HTML', () => {
		const html = render(
			'Text <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">a</a>.'
		);
		expect(html).toBe(
			'<p>Text &lt;img src=x onerror=alert(1)&gt; and &lt;a href=&quot;javascript:alert(1)&quot;&gt;a&lt;/a&gt;.</p>\n'
		);
	});

	it.each([
		'[x](javascript:alert(1))',
		'[x](JavaScript:alert(1))',
		'[x](<javascript:alert(1)>)',
		'[x](&#106;avascript:alert(1))',
		'[x](vbscript:msgbox(1))',
		'[x](data:text/html,<script>alert(1)</script>)',
		'<javascript:alert(1)>',
		'![x](javascript:alert(1))',
		'[x][ref]\n\n[ref]: javascript:alert(1)'
	])('refuses the link in %s', (source) => {
		const html = render(source);
		expect([/href\s*=/i.test(html), /src\s*=\s*"/i.test(html), /<a[\s>]/.test(html)]).toEqual([
			false,
			false,
			false
		]);
	});

	it('resolves an event link through the resolver, with the page language', () => {
		const resolver = vi.fn<LinkResolver>(() => '/ja/events/2024-06-19-putin-pyongyang-treaty/');
		const html = renderMarkdown('[条約](event:2024-06-19-putin-pyongyang-treaty)', 'ja', resolver);
		expect({ calls: resolver.mock.calls, html }).toEqual({
			calls: [['event', '2024-06-19-putin-pyongyang-treaty', 'ja']],
			html: '<p><a href="/ja/events/2024-06-19-putin-pyongyang-treaty/">条約</a></p>\n'
		});
	});

	it('resolves a commentary link and leaves internal links without rel', () => {
		expect(render('See [the blog](commentary:2024-06-29-hamada-de-facto-alliance).')).toBe(
			'<p>See <a href="/en/commentary/2024-06-29-hamada-de-facto-alliance/">the blog</a>.</p>\n'
		);
	});

	it('escapes what the resolver returns', () => {
		const html = renderMarkdown('[x](event:a)', 'en', () => '/x?a=1&b="2"');
		expect(html).toBe('<p><a href="/x?a=1&amp;b=&quot;2&quot;">x</a></p>\n');
	});

	it('marks external links and adds rel="noopener noreferrer"', () => {
		expect(render('[TASS](https://tass.com/world/1882445)')).toBe(
			'<p><a href="https://tass.com/world/1882445" rel="noopener noreferrer" class="external">TASS</a></p>\n'
		);
	});

	it('renders an image as a link to it, never as an <img>', () => {
		expect([
			render('![A *map* <b>](https://example.com/map.png "t")'),
			render('![the treaty](event:x)')
		]).toEqual([
			'<p><a href="https://example.com/map.png" rel="noopener noreferrer" class="external">A map &lt;b&gt;</a></p>\n',
			'<p><a href="/en/events/x/">the treaty</a></p>\n'
		]);
	});

	it('keeps the language of each call separate', () => {
		expect([
			renderMarkdown('[a](event:x)', 'ja', resolve),
			renderMarkdown('[a](event:x)', 'en', resolve)
		]).toEqual([
			'<p><a href="/ja/events/x/">a</a></p>\n',
			'<p><a href="/en/events/x/">a</a></p>\n'
		]);
	});
});

describe('the hostile fixture', () => {
	const { events, issues } = validateContent(readFixture('markup'));
	const [event] = events;

	it('validates, since markup in text is harmless once escaped', () => {
		expect({ issues, count: events.length }).toEqual({ issues: [], count: 1 });
	});

	it('keeps the markup in titles and summaries as plain text', () => {
		expect([event.title.en, event.summary.en, event.sources[0].title]).toEqual([
			'<script>alert(1)</script> headline',
			'<img src=x onerror=alert(1)> summary.',
			'<script>alert(1)</script>'
		]);
	});

	it.each(['ja', 'en'] as const)('renders the %s body inert', (lang) => {
		const html = renderMarkdown(event.body[lang], lang, resolve);
		expect({
			script: /<script/i.test(html),
			img: /<img/i.test(html),
			javascript: /href="\s*javascript:/i.test(html),
			data: /href="\s*data:/i.test(html),
			escaped: html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'),
			selfLink: html.includes(`<a href="/${lang}/events/2024-03-01-hostile-markup/">`)
		}).toEqual({
			script: false,
			img: false,
			javascript: false,
			data: false,
			escaped: true,
			selfLink: true
		});
	});
});
