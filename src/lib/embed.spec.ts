import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, EMBED_WIDTH, embedSearch, embedTitle, iframeHtml, oembed } from './embed';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const iframe = (html: string) => parser.parse(html).iframe as Record<string, string>;

describe('embedSearch', () => {
	it('keeps the pair and the event of the view and leaves the search out', () => {
		expect(
			embedSearch({ lanes: ['cn-kp', 'kp-ru'], q: 'treaty', window: null, event: '2024-06-19-x' })
		).toBe('?pair=cn-kp,kp-ru&event=2024-06-19-x');
		expect(embedSearch({ lanes: [], q: 'treaty', window: null, event: null })).toBe('');
		expect(
			embedSearch({ lanes: [], q: '', window: { from: '2017-01', to: '2025-12' }, event: null })
		).toBe('?from=2017-01&to=2025-12');
	});
});

describe('iframeHtml', () => {
	it('is one iframe with the size, a title and lazy loading', () => {
		const html = iframeHtml('https://example.org/en/embed/?pair=cn-kp', 'Triangle Chronicle');
		expect(html).toMatch(/^<iframe [^<>]*><\/iframe>$/);
		expect(iframe(html)).toEqual({
			src: 'https://example.org/en/embed/?pair=cn-kp',
			width: String(EMBED_WIDTH),
			height: String(EMBED_HEIGHT),
			title: 'Triangle Chronicle',
			loading: 'lazy',
			style: 'max-width: 100%; border: 1px solid #ccc'
		});
	});

	it('escapes every value, so no title or address can break out of its attribute', () => {
		const title = `"><script>alert(1)</script> & 'x'`;
		const src = 'https://example.org/en/embed/?pair=cn-kp&event=a"b';
		const html = iframeHtml(src, title);
		expect(html).not.toContain('<script>');
		expect(iframe(html).title).toBe(title);
		expect(iframe(html).src).toBe(src);
	});
});

describe('embedTitle', () => {
	it('names the site and what the frame shows, in each language', () => {
		expect(embedTitle('en')).toBe('Triangle Chronicle: timeline');
		expect(embedTitle('ja', '露朝条約に署名')).toBe('中露朝クロニクル:露朝条約に署名');
	});
});

describe('oembed', () => {
	it('answers type rich, version 1.0, with the iframe as html', () => {
		const answer = oembed({
			lang: 'ja',
			src: 'https://example.org/ja/embed/?event=e1',
			title: '条約',
			providerUrl: 'https://example.org/ja/',
			thumbnail: { url: 'https://example.org/og/ja/e1.png', width: 1200, height: 630 }
		});
		expect(answer).toEqual({
			type: 'rich',
			version: '1.0',
			title: '条約',
			provider_name: '中露朝クロニクル',
			provider_url: 'https://example.org/ja/',
			html: iframeHtml('https://example.org/ja/embed/?event=e1', '中露朝クロニクル:条約'),
			width: EMBED_WIDTH,
			height: EMBED_HEIGHT,
			thumbnail_url: 'https://example.org/og/ja/e1.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
	});

	it('leaves the thumbnail out when there is none', () => {
		const answer = oembed({
			lang: 'en',
			src: 'https://example.org/en/embed/',
			title: 'Timeline',
			providerUrl: 'https://example.org/en/'
		});
		expect(Object.keys(answer)).not.toContain('thumbnail_url');
	});
});
