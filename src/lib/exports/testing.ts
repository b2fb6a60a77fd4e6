/** Small, hand-made content for the export unit tests; hostile text where it matters. */
import type { ChronicleEvent, Commentary } from '../content/schema';
import { deriveTreaties } from '../content/treaties';
import type { ExportInput, ExportUrls } from './model';

export const ORIGIN = 'https://example.org/chronicle';

export const urls: ExportUrls = {
	event: (lang, id) => `${ORIGIN}/${lang}/events/${id}/`,
	commentary: (lang, id) => `${ORIGIN}/${lang}/commentary/${id}/`,
	chronicle: (lang) => `${ORIGIN}/${lang}/`
};

export function makeEvent(id: string, fields: Partial<ChronicleEvent> = {}): ChronicleEvent {
	return {
		id,
		file: `events/${id}.md`,
		date: id.replace(/-[a-z].*$/, ''),
		countries: ['CN', 'RU'],
		pairs: ['cn-ru'],
		kind: 'summit',
		title: { ja: `${id} の題`, en: `Title of ${id}` },
		summary: { ja: `${id} の要約`, en: `Summary of ${id}` },
		body: { ja: '本文', en: 'Body' },
		sources: [
			{
				title: 'A source',
				publisher: 'Publisher',
				date: '2024',
				url: 'https://news.example/a',
				lang: 'en'
			}
		],
		related: [],
		treaty: [],
		corrections: [],
		draft: false,
		...fields
	};
}

export const events: ChronicleEvent[] = [
	makeEvent('1961-07-06-treaty', {
		countries: ['RU', 'KP'],
		pairs: ['kp-ru'],
		kind: 'treaty',
		title: { ja: 'ソ朝条約に調印', en: 'Treaty "signed", at last; really' },
		treaty: [
			{
				id: 'kp-ru-1961',
				action: 'signed',
				name: { ja: '友好協力相互援助条約', en: 'Treaty of Friendship' },
				short: { ja: 'ソ朝条約', en: 'Soviet–DPRK treaty' },
				parties: ['RU', 'KP'],
				place: { ja: 'モスクワ', en: 'Moscow' },
				pledge: true,
				term: { ja: '10年', en: 'Ten years' },
				inForce: '1961-09-10',
				clauses: [{ article: '1', text: { ja: '援助', en: 'Aid' }, aid: true }]
			}
		]
	}),
	makeEvent('1996-09-treaty-lapses', {
		countries: ['RU', 'KP'],
		pairs: ['kp-ru'],
		kind: 'treaty',
		treaty: [{ id: 'kp-ru-1961', action: 'ended' }]
	}),
	makeEvent('2019-context', { countries: ['JP'], pairs: [], kind: 'report' }),
	makeEvent('2024-06-19-summit', {
		end: '2024-06-20',
		countries: ['RU', 'KP'],
		pairs: ['kp-ru'],
		certainty: { ja: '日付に\n諸説あり', en: 'Dates differ, see "notes"' },
		summary: { ja: '=1+2 のような要約', en: '-leading dash, then <b>&amp;</b>' },
		related: ['1961-07-06-treaty']
	}),
	makeEvent('2025-09-03-parade', {
		countries: ['CN', 'RU', 'KP'],
		pairs: ['cn-kp', 'cn-ru', 'kp-ru'],
		kind: 'parade',
		sources: [
			{ title: 'One', publisher: 'P', date: '2025', url: 'https://a.example/1', lang: 'ja' },
			{ title: 'Two', publisher: 'Q', date: '2025', url: 'https://b.example/2 x', lang: 'zh' }
		]
	})
];

export const commentary: Commentary[] = [
	{
		id: '2024-06-29-blog',
		file: 'events/commentary/2024-06-29-blog.md',
		author: { ja: '浜田聡', en: 'Hamada Satoshi' },
		outlet: { ja: 'ブログ', en: 'Blog' },
		date: '2024-06-29',
		url: 'https://blog.example/post?a=1&b=2',
		lang: 'ja',
		title: { ja: '事実上の軍事同盟', en: 'A de facto <alliance> & more' },
		summary: { ja: '要約', en: 'Summary' },
		quotes: [{ text: '事実上の軍事同盟', translation: { ja: '訳', en: 'a de facto alliance' } }],
		events: ['2024-06-19-summit', '1961-07-06-treaty'],
		body: { ja: '', en: '' },
		corrections: []
	},
	{
		id: '2025-09-04-column',
		file: 'events/commentary/2025-09-04-column.md',
		author: { ja: '筆者', en: 'Author' },
		outlet: { ja: '新聞', en: 'Paper' },
		date: '2025-09-04',
		url: 'https://paper.example/c',
		lang: 'en',
		title: { ja: 'コラム', en: 'Column' },
		summary: { ja: '要約', en: 'Summary' },
		quotes: [],
		events: ['2025-09-03-parade'],
		body: { ja: '', en: '' },
		corrections: []
	}
];

export const input: ExportInput = {
	events,
	commentary,
	treaties: deriveTreaties(events),
	urls,
	generated: '2025-01-02T03:04:05.678Z'
};
