import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/fixtures/factory';
import { readFixture } from '../../../tests/fixtures/read';
import { editorialIssues, REFUSED_HOSTS } from './editorial';
import type { Source } from './schema';
import { validateContent } from './validate';

const ID = '2024-06-19-test';
const FILE = `events/${ID}.md`;
const source = (url: string): Source => ({
	title: 'Headline',
	publisher: 'Publisher',
	date: '2024',
	url,
	lang: 'en'
});
const withSources = (...urls: string[]) =>
	editorialIssues(makeEvent(ID, { sources: urls.map(source) }));
const withJa = (title: string, summary = '要約。') =>
	editorialIssues(
		makeEvent(ID, { title: { ja: title, en: 'Russia–DPRK' }, summary: { ja: summary, en: 'x' } })
	);

describe('the written form of Russia in Japanese titles and summaries', () => {
	it.each([
		'ロ朝首脳会談',
		'中ロ条約',
		'日ロ関係',
		'朝ロ',
		'ロ中',
		'露ロ',
		'米ロ',
		'韓ロ',
		'中ロ朝'
	])('refuses katakana ロ beside a country: %s', (title) => {
		expect(withJa(title)).toEqual([
			expect.stringMatching(/^events\/2024-06-19-test\.md: title\.ja: expected 露 for Russia/)
		]);
	});

	it('names the form found, in the summary too', () => {
		expect(withJa('露朝首脳会談', '中露と日ロの関係。')).toEqual([
			`${FILE}: summary.ja: expected 露 for Russia (露朝, 中露, 日露), found "日ロ"`
		]);
	});

	it.each([
		'ロシアと中国',
		'日ロシア協会',
		'ロケット発射',
		'マクロ経済',
		'露朝、中露、日露',
		'ソ朝・中ソ'
	])('accepts %s', (title) => {
		expect(withJa(title)).toEqual([]);
	});

	it('leaves quoted proper names alone', () => {
		expect(withJa('「朝ロ共同宣言」に署名', '『中ロ関係史』を引用。')).toEqual([]);
	});
});

describe('sources', () => {
	it.each([
		['https://tabakusoru.web.fc2.com/page.html', 'tabakusoru.web.fc2.com'],
		['https://news.shooba.com.cn/a', 'news.shooba.com.cn'],
		['https://www.oodaloop.com/brief/', 'www.oodaloop.com'],
		[
			'https://wilson-center-digital-archive.dvincitest.com/doc',
			'wilson-center-digital-archive.dvincitest.com'
		],
		['https://archive.drivingcreative.net/doc', 'archive.drivingcreative.net']
	])('refuses a blog, aggregator or bare mirror: %s', (url, host) => {
		expect(withSources('https://www.nhk.or.jp/a', url)).toEqual([
			`${FILE}: sources[1].url: expected a host not on the refused list (blogs, aggregators, bare mirrors), found ${host}`
		]);
	});

	it('refuses only the listed domains, not names that merely contain them', () => {
		expect(withSources('https://notfc2.com/a', 'https://fc2.com.example.org/b')).toEqual([]);
	});

	it('lists each refused host once, in lower case', () => {
		expect(new Set(REFUSED_HOSTS).size === REFUSED_HOSTS.length).toBe(true);
		expect(REFUSED_HOSTS.filter((host) => host !== host.toLowerCase())).toEqual([]);
	});

	it('refuses Wikipedia as the only source, in any language', () => {
		expect(
			withSources('https://en.wikipedia.org/wiki/A', 'https://ja.m.wikipedia.org/wiki/B')
		).toEqual([`${FILE}: sources: expected a source besides Wikipedia, found only Wikipedia`]);
		expect(withSources('https://en.wikipedia.org/wiki/A', 'https://www.britannica.com/a')).toEqual(
			[]
		);
	});

	it('refuses tracking parameters, naming them', () => {
		expect(
			withSources(
				'https://www.japantimes.co.jp/news/a/?utm_source=feedburner&utm_medium=feed&id=4',
				'https://example.com/b?fbclid=x&gclid=y&mc_cid=z&page=2'
			)
		).toEqual([
			`${FILE}: sources[0].url: expected a URL without tracking parameters, found utm_source, utm_medium`,
			`${FILE}: sources[1].url: expected a URL without tracking parameters, found fbclid, gclid, mc_cid`
		]);
	});

	it('refuses the same URL twice in one event, as written or normalised', () => {
		expect(
			withSources('https://Example.com/a', 'https://example.org/b', 'https://example.com/a')
		).toEqual([
			`${FILE}: sources[2].url: expected each URL once in an event, found the URL of sources[0]`
		]);
	});
});

describe('validateContent', () => {
	it('applies the house rules to every event, with the other problems', () => {
		const files = readFixture('good').map((f) => ({
			...f,
			raw: f.raw.replace('http://example.com/news/month', 'https://blog.fc2.com/?utm_source=x')
		}));
		expect(validateContent(files).issues).toEqual([
			'events/2024-06-good-month-event.md: sources[0].url: expected a host not on the refused list (blogs, aggregators, bare mirrors), found blog.fc2.com',
			'events/2024-06-good-month-event.md: sources[0].url: expected a URL without tracking parameters, found utm_source'
		]);
	});
});
