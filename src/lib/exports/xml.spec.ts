import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { el, escapeXml, xmlDocument } from './xml';

describe('escapeXml', () => {
	it('escapes the five special characters', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;'
		);
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
	});

	it('keeps Japanese and astral characters, and drops what XML cannot hold', () => {
		expect(escapeXml('中露朝 🇯🇵\ttab\nline')).toBe('中露朝 🇯🇵\ttab\nline');
		expect(escapeXml('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f')).toBe('abcdef');
	});
});

describe('el', () => {
	it('treats strings as text, never as markup', () => {
		const doc = el('title', {}, '</title><script>alert(1)</script>');
		const text = xmlDocument(el('root', {}, doc));
		expect(text).not.toContain('<script>');
		const parsed = new XMLParser().parse(text);
		expect(parsed.root.title).toBe('</title><script>alert(1)</script>');
	});

	it('escapes attributes and leaves out null and undefined ones', () => {
		const text = xmlDocument(
			el('link', { href: 'https://x.example/?a=1&b="2"', title: undefined, rel: null })
		);
		expect(text).toContain('<link href="https://x.example/?a=1&amp;b=&quot;2&quot;"/>');
		const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text);
		expect(parsed.link).toEqual({ href: 'https://x.example/?a=1&b="2"' });
	});

	it('nests children and lists, skipping empty ones', () => {
		const text = xmlDocument(
			el('a', {}, el('b', {}, 'x'), null, false, [el('c', {}), [el('d', {}, '日本')]])
		);
		expect(text).toBe('<?xml version="1.0" encoding="utf-8"?>\n<a><b>x</b><c/><d>日本</d></a>\n');
	});

	it('refuses names that are not XML names', () => {
		expect(() => el('a b', {})).toThrow(/Not an XML name/);
		expect(() => el('a', { 'x="1" onload': 'y' })).toThrow(/attribute name/);
	});
});
