import { describe, expect, it } from 'vitest';
import { eventStructuredData, jsonLdScript } from './structured-data';
import type { EntryView } from './types';

const entry: EntryView = {
	id: '2019-06-20-xi-pyongyang-visit',
	date: '2019-06-20',
	end: '2019-06-21',
	when: '20–21 June 2019',
	title: 'Xi Jinping’s state visit to Pyongyang',
	summary: 'The first visit by a Chinese leader in fourteen years.',
	countries: ['CN', 'KP'],
	pairs: ['cn-kp'],
	kind: 'visit',
	sources: [
		{
			title: 'Xi to pay state visit',
			publisher: 'Global Times',
			date: '2019-06-19',
			url: 'https://example.org/a',
			lang: 'en',
			when: '19 June 2019'
		}
	],
	commentary: []
};

const page = {
	lang: 'en' as const,
	url: 'https://chronicle.example/en/events/2019-06-20-xi-pyongyang-visit/',
	image: 'https://chronicle.example/og/en/2019-06-20-xi-pyongyang-visit.png',
	site: { name: 'Triangle Chronicle', url: 'https://chronicle.example/en/' }
};

/** The JSON inside the element, as a crawler reads it. */
function parse(html: string): unknown {
	const match = html.match(/^<script type="application\/ld\+json">(.*)<\/script>$/s);
	expect(match).not.toBeNull();
	return JSON.parse(match![1]);
}

describe('jsonLdScript', () => {
	it('cannot be closed or turned into a comment by the data, and parses back unchanged', () => {
		const data = { name: '</script><script>alert(1)</script> <!-- & -->', note: 'a\u2028b' };
		const html = jsonLdScript(data);
		const inner = html.slice(html.indexOf('>') + 1, html.lastIndexOf('<'));
		expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
		expect(html.match(/<\/script/gi)).toHaveLength(1);
		expect(parse(html)).toEqual(data);
	});
});

describe('eventStructuredData', () => {
	it('describes the page as an article about the event, with its dates', () => {
		const data = eventStructuredData({ entry, ...page });
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Article',
			url: page.url,
			headline: entry.title,
			description: entry.summary,
			inLanguage: 'en',
			image: page.image,
			about: {
				'@type': 'Event',
				name: entry.title,
				startDate: '2019-06-20',
				endDate: '2019-06-21',
				url: page.url
			}
		});
		expect(data.citation).toEqual([
			expect.objectContaining({ '@type': 'CreativeWork', url: 'https://example.org/a' })
		]);
		expect(data.keywords).toEqual(['China–North Korea', 'Visit']);
	});

	it('leaves out the end of a one-day event and keeps partial dates as written', () => {
		const data = eventStructuredData({
			entry: { ...entry, date: '1996-09', end: undefined, pairs: [] },
			...page
		});
		const about = data.about as Record<string, unknown>;
		expect(about.startDate).toBe('1996-09');
		expect('endDate' in about).toBe(false);
		expect(data.keywords).toEqual(['Wider context', 'Visit']);
	});

	it('survives hostile text through the script element', () => {
		const title = '</script><img src=x onerror=alert(1)>';
		const data = eventStructuredData({ entry: { ...entry, title }, ...page });
		expect((parse(jsonLdScript(data)) as { headline: string }).headline).toBe(title);
	});
});
