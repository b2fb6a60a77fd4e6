import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, buildEventsJson } from './json';
import { forPair } from './model';
import { commentaryOf, input, makeEvent } from '../../../tests/fixtures/factory';

describe('buildEventsJson', () => {
	const out = buildEventsJson(input);

	it('has a version, the generation time, the site and the counts', () => {
		expect(out.version).toBe(SCHEMA_VERSION);
		expect(out.version).toMatch(/^\d+\.\d+$/);
		expect(out.generated).toBe('2025-01-02T03:04:05.678Z');
		expect(out.pair).toBeNull();
		expect(out.site).toEqual({
			ja: 'https://example.org/chronicle/ja/',
			en: 'https://example.org/chronicle/en/'
		});
		expect(out.counts).toEqual({ events: 5, commentary: 2 });
		expect(out.events.map((e) => e.id)).toEqual(input.events.map((e) => e.id));
	});

	it('is plain JSON: what it returns is exactly what JSON.stringify writes', () => {
		expect(JSON.parse(JSON.stringify(out))).toStrictEqual(out);
	});

	it('writes every documented event field, with null for what is absent', () => {
		const summit = out.events.find((e) => e.id === '2024-06-19-summit')!;
		expect(summit).toStrictEqual({
			id: '2024-06-19-summit',
			date: '2024-06-19',
			end: '2024-06-20',
			precision: 'day',
			endPrecision: 'day',
			certainty: { ja: '日付に\n諸説あり', en: 'Dates differ, see "notes"' },
			countries: ['RU', 'KP'],
			pairs: ['kp-ru'],
			kind: 'summit',
			title: { ja: '2024-06-19-summit の題', en: 'Title of 2024-06-19-summit' },
			summary: { ja: '=1+2 のような要約', en: '-leading dash, then <b>&amp;</b>' },
			sources: [
				{
					title: 'A source',
					publisher: 'Publisher',
					date: '2024',
					url: 'https://news.example/a',
					lang: 'en'
				}
			],
			treaty: [],
			related: ['1961-07-06-treaty'],
			commentary: ['2024-06-29-blog'],
			corrections: [],
			canonical: {
				ja: 'https://example.org/chronicle/ja/events/2024-06-19-summit/',
				en: 'https://example.org/chronicle/en/events/2024-06-19-summit/'
			}
		});
		const lapse = out.events.find((e) => e.id === '1996-09-treaty-lapses')!;
		expect(lapse).toMatchObject({
			end: null,
			endPrecision: null,
			certainty: null,
			precision: 'month'
		});
		expect(out.events.find((e) => e.id === '2019-context')).toMatchObject({
			precision: 'year',
			pairs: []
		});
	});

	it('keeps treaty steps as recorded, leaving out fields that do not apply', () => {
		const [signed] = out.events[0].treaty;
		expect(signed).toMatchObject({ id: 'kp-ru-1961', action: 'signed', inForce: '1961-09-10' });
		expect(signed.action === 'signed' && signed.clauses).toStrictEqual([
			{ article: '1', text: { ja: '援助', en: 'Aid' }, aid: true }
		]);
		expect(out.events[1].treaty).toStrictEqual([{ id: 'kp-ru-1961', action: 'ended' }]);
		expect(out.treaties).toStrictEqual([
			{
				id: 'kp-ru-1961',
				pair: 'kp-ru',
				parties: ['RU', 'KP'],
				name: { ja: '友好協力相互援助条約', en: 'Treaty of Friendship' },
				short: { ja: 'ソ朝条約', en: 'Soviet–DPRK treaty' },
				pledge: true,
				signed: '1961-07-06',
				inForce: '1961-09-10',
				extended: [],
				ended: '1996-09',
				events: ['1961-07-06-treaty', '1996-09-treaty-lapses']
			}
		]);
	});

	it('writes commentary with its original URL and our canonical pages', () => {
		expect(out.commentary[0]).toStrictEqual({
			id: '2024-06-29-blog',
			author: { ja: '浜田聡', en: 'Hamada Satoshi' },
			outlet: { ja: 'ブログ', en: 'Blog' },
			date: '2024-06-29',
			precision: 'day',
			url: 'https://blog.example/post?a=1&b=2',
			lang: 'ja',
			title: { ja: '事実上の軍事同盟', en: 'A de facto <alliance> & more' },
			summary: { ja: '要約', en: 'Summary' },
			quotes: [{ text: '事実上の軍事同盟', translation: { ja: '訳', en: 'a de facto alliance' } }],
			events: ['2024-06-19-summit', '1961-07-06-treaty'],
			corrections: [],
			canonical: {
				ja: 'https://example.org/chronicle/ja/commentary/2024-06-29-blog/',
				en: 'https://example.org/chronicle/en/commentary/2024-06-29-blog/'
			}
		});
	});
});

describe('corrections', () => {
	it('are written on events and commentary as recorded', () => {
		const correction = { date: '2026-11-29', ja: '以前の版の誤り', en: 'An earlier version erred' };
		const out = buildEventsJson({
			...input,
			events: [makeEvent('2024-06-19-summit', { corrections: [correction] })],
			commentary: [commentaryOf('2024-06-29-blog', { corrections: [correction] })]
		});
		expect([out.events[0].corrections, out.commentary[0].corrections]).toStrictEqual([
			[correction],
			[correction]
		]);
	});
});

describe('forPair', () => {
	it("keeps the pair's events, the commentary on them and the pair's treaties", () => {
		const kpRu = buildEventsJson(forPair(input, 'kp-ru'));
		expect(kpRu.pair).toBe('kp-ru');
		expect(kpRu.events.map((e) => e.id)).toEqual([
			'1961-07-06-treaty',
			'1996-09-treaty-lapses',
			'2024-06-19-summit',
			'2025-09-03-parade'
		]);
		expect(kpRu.commentary.map((c) => c.id)).toEqual(['2024-06-29-blog', '2025-09-04-column']);
		expect(kpRu.treaties.map((t) => t.id)).toEqual(['kp-ru-1961']);
		expect(kpRu.counts).toEqual({ events: 4, commentary: 2 });
	});

	it('shows an event of all three countries under each pair, and no context event', () => {
		for (const pair of ['cn-kp', 'cn-ru'] as const) {
			const out = buildEventsJson(forPair(input, pair));
			expect(out.events.map((e) => e.id)).toEqual(['2025-09-03-parade']);
			expect(out.commentary.map((c) => c.id)).toEqual(['2025-09-04-column']);
			expect(out.treaties).toEqual([]);
		}
	});
});
