import { describe, expect, it } from 'vitest';
import { makeEvent } from '../../../tests/fixtures/factory';
import {
	TITLE_STEPS,
	cardInputOf,
	estimateLines,
	eventCard,
	eventCardAlt,
	eventCardTexts,
	WORD_JOINER,
	fitTitle,
	keepPhrases,
	siteCard,
	textsOf,
	type OgChild,
	type OgElement
} from './template';
import { siteCardAlt } from './meta';

const treaty = {
	title: 'プーチン大統領が24年ぶりに訪朝、包括的戦略パートナーシップ条約に署名',
	date: '2024-06-19',
	pairs: ['kp-ru'] as const
};
/** The treaty's title as drawn: BudouX's phrases, each glued inside with word joiners. */
const treatyDrawn = [
	'プーチン大統領が',
	'24年ぶりに',
	'訪朝、',
	'包括的戦略パートナーシップ条約に',
	'署名'
]
	.map((phrase) => [...phrase].join(WORD_JOINER))
	.join('');

/** Every element of a tree, depth first. */
function elements(node: OgChild | OgChild[] | undefined): OgElement[] {
	if (node === undefined || typeof node === 'string') return [];
	if (Array.isArray(node)) return node.flatMap(elements);
	return [node, ...elements(node.props.children)];
}

describe('eventCard', () => {
	it('draws the date in the language, the title, the pair badges and the site name', () => {
		expect(textsOf(eventCard({ lang: 'ja', ...treaty }))).toEqual([
			'中露朝クロニクル',
			'2024年6月19日',
			treatyDrawn,
			'ロシア–北朝鮮'
		]);
		expect(
			textsOf(
				eventCard({
					lang: 'en',
					title: 'Xi Jinping’s state visit to Pyongyang',
					date: '2019-06-20',
					end: '2019-06-21',
					pairs: ['cn-kp']
				})
			)
		).toEqual([
			'Triangle Chronicle',
			'20–21 June 2019',
			'Xi Jinping’s state visit to Pyongyang',
			'China–North Korea'
		]);
	});

	it('shows partial dates with their precision, and the context badge when there is no pair', () => {
		const texts = eventCardTexts({ lang: 'en', title: 'T', date: '1996-09', pairs: [] });
		expect(texts.date).toBe('September 1996');
		expect(texts.pairs).toEqual(['Wider context']);
		expect(eventCardTexts({ lang: 'ja', title: 'T', date: '1996', pairs: [] }).date).toBe('1996年');
	});

	it('takes an event’s title in the card’s language, with its dates and pairs', () => {
		const event = makeEvent('2019-06-20-xi-pyongyang', {
			title: { ja: '習近平の訪朝', en: 'Xi in Pyongyang' },
			end: '2019-06-21',
			pairs: ['cn-kp']
		});
		expect(cardInputOf(event, 'ja')).toEqual({
			lang: 'ja',
			title: '習近平の訪朝',
			date: '2019-06-20',
			end: '2019-06-21',
			pairs: ['cn-kp']
		});
		expect(cardInputOf(event, 'en').title).toBe('Xi in Pyongyang');
	});

	it('lists every pair of a three-way event, in the event’s order', () => {
		const texts = eventCardTexts({
			lang: 'ja',
			title: 'T',
			date: '2025-09-03',
			pairs: ['cn-kp', 'cn-ru', 'kp-ru']
		});
		expect(texts.pairs).toEqual(['中国–北朝鮮', '中国–ロシア', 'ロシア–北朝鮮']);
	});

	it('treats markup in a title as text: no element is made from it', () => {
		const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)> & </style>';
		const tree = eventCard({ lang: 'en', title: hostile, date: '2024-03-01', pairs: ['cn-ru'] });
		expect(textsOf(tree)).toContain(hostile);
		const types = new Set(elements(tree).map((e) => e.type));
		expect([...types].sort()).toEqual(['div', 'polygon', 'svg']);
		expect(JSON.stringify(tree)).not.toContain('dangerouslySetInnerHTML');
		// The string is a child of a div, never an attribute, a style or inside the <svg> mark.
		const holder = elements(tree).find((e) => e.props.children === hostile)!;
		expect(holder.type).toBe('div');
		expect(elements(holder.props.children)).toEqual([]);
	});

	it('keeps one card for one input, so the tree can key the cache', () => {
		expect(JSON.stringify(eventCard({ lang: 'ja', ...treaty }))).toBe(
			JSON.stringify(eventCard({ lang: 'ja', ...treaty }))
		);
		expect(JSON.stringify(eventCard({ lang: 'ja', ...treaty }))).not.toBe(
			JSON.stringify(eventCard({ lang: 'ja', ...treaty, title: treaty.title + '。' }))
		);
	});
});

describe('fitTitle', () => {
	it('keeps short titles large and whole', () => {
		const fitted = fitTitle('Kim–Putin summit at the Vostochny Cosmodrome', 'en');
		expect(fitted).toMatchObject({ fontSize: TITLE_STEPS[0].fontSize, clamped: false });
		expect(fitted.text).toBe('Kim–Putin summit at the Vostochny Cosmodrome');
	});

	it('steps down the size before it cuts anything', () => {
		const title =
			'48 countries and the EU voice concern over the Russia–DPRK treaty; clash at the Security Council';
		const fitted = fitTitle(title, 'en');
		expect(fitted.fontSize).toBeLessThan(TITLE_STEPS[0].fontSize);
		expect(fitted).toMatchObject({ text: title, clamped: false });
	});

	it('cuts the longest titles with an ellipsis so they fit the smallest size', () => {
		const last = TITLE_STEPS[TITLE_STEPS.length - 1];
		for (const [title, lang] of [
			['長い題名'.repeat(40), 'ja'],
			['A rather long title word '.repeat(8), 'en']
		] as const) {
			const fitted = fitTitle(title, lang);
			expect(fitted.clamped).toBe(true);
			expect(fitted.fontSize).toBe(last.fontSize);
			expect(fitted.text.endsWith('…')).toBe(true);
			expect(title.startsWith(fitted.text.slice(0, -1))).toBe(true);
			expect(estimateLines(fitted.text, last.fontSize)).toBeLessThanOrEqual(last.maxLines);
			expect(estimateLines(fitted.drawn, last.fontSize)).toBeLessThanOrEqual(last.maxLines);
			expect(fitted.drawn.replaceAll(WORD_JOINER, '')).toBe(fitted.text);
		}
	});

	it('collapses runs of white space', () => {
		expect(fitTitle('  A  title\n with   gaps ', 'en')).toMatchObject({
			text: 'A title with gaps',
			drawn: 'A title with gaps'
		});
	});
});

describe('estimateLines', () => {
	it('wraps Japanese at any character and English at spaces', () => {
		// 1056 px across: sixteen 64 px wide characters fit a line, seventeen do not.
		expect(estimateLines('あ'.repeat(16), 64)).toBe(1);
		expect(estimateLines('あ'.repeat(17), 64)).toBe(2);
		expect(estimateLines('word '.repeat(40), 64)).toBeGreaterThan(3);
		expect(estimateLines('Short', 64)).toBe(1);
	});
});

describe('keepPhrases', () => {
	it('glues each Japanese phrase inside, so lines break only between phrases', () => {
		expect(keepPhrases(treaty.title, 'ja')).toBe(treatyDrawn);
		expect(fitTitle(treaty.title, 'ja')).toMatchObject({ text: treaty.title, drawn: treatyDrawn });
	});

	it('steps down the size until the longest phrase fits a line', () => {
		// 「包括的戦略パートナーシップ条約に」 is 16 ems; the card is 1056 px across, 15.5 ems at 68 px.
		expect(fitTitle(treaty.title, 'ja').fontSize).toBe(TITLE_STEPS[1].fontSize);
		expect(fitTitle('露朝、包括的戦略パートナーシップ条約に署名', 'ja').fontSize).toBe(
			TITLE_STEPS[1].fontSize
		);
		expect(fitTitle('露朝が条約に署名', 'ja').fontSize).toBe(TITLE_STEPS[0].fontSize);
	});

	it('leaves English, spaces and phrases wider than a line breakable', () => {
		const en = 'Putin visits Pyongyang after 24 years';
		expect(keepPhrases(en, 'en')).toBe(en);
		expect(fitTitle(en, 'en').drawn).toBe(en);
		// 「包括的戦略パートナーシップ条約に」 is 16 ems: at 10 ems a line it may break inside.
		const narrow = keepPhrases(treaty.title, 'ja', 10);
		expect(narrow).toContain('包括的戦略パートナーシップ条約に');
		expect(narrow).toContain(`署${WORD_JOINER}名`);
		expect(keepPhrases('習近平 訪朝', 'ja')).not.toMatch(
			new RegExp(`${WORD_JOINER} |${WORD_JOINER}$`)
		);
	});

	it('counts a glued phrase as one unit when estimating lines', () => {
		// At 64 px on 1056 px, 16 characters fit a line.
		const glued = (...phrases: string[]) =>
			phrases.map((phrase) => [...phrase].join(WORD_JOINER)).join('');
		expect(estimateLines(glued('あ'.repeat(8), 'い'.repeat(8), 'う'.repeat(8)), 64)).toBe(2);
		// Nine and nine do not share a line, though 27 loose characters take two.
		const nines = glued('あ'.repeat(9), 'い'.repeat(9), 'う'.repeat(9));
		expect(estimateLines(nines, 64)).toBe(3);
		expect(estimateLines(nines.replaceAll(WORD_JOINER, ''), 64)).toBe(2);
	});
});

describe('siteCard', () => {
	it('shows the site name, the tagline and the three relationships', () => {
		expect(textsOf(siteCard('en'))).toEqual([
			'Triangle Chronicle',
			'Treaties, summits and frictions among China, Russia and North Korea',
			'— a chronicle seen from Japan',
			'China–North Korea',
			'China–Russia',
			'Russia–North Korea'
		]);
		expect(textsOf(siteCard('ja'))[0]).toBe('中露朝クロニクル');
	});
});

describe('alternative text', () => {
	it('says what the card shows, in the page’s language', () => {
		expect(eventCardAlt({ lang: 'ja', ...treaty })).toBe(
			`中露朝クロニクル:${treaty.title}(2024年6月19日、ロシア–北朝鮮)`
		);
		expect(
			eventCardAlt({ lang: 'en', title: 'Title', date: '2024-06', pairs: ['cn-ru', 'cn-kp'] })
		).toBe('Triangle Chronicle: Title (June 2024; China–North Korea, China–Russia)');
		expect(siteCardAlt('en')).toMatch(/^Triangle Chronicle: Treaties, summits/);
	});
});
