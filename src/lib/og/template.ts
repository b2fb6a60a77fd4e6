/**
 * The preview-card template: a pure function from an event (or the site) to the element tree that
 * satori lays out. No I/O and no SvelteKit imports, so it is unit-tested and hashed for the cache.
 * Every text is a plain string child: satori draws strings as glyphs and never parses them as HTML.
 * A Japanese title's phrases (BudouX) are glued inside with word joiners, so satori's line breaking
 * (UAX #14) breaks only between them.
 */
import { formatDateRange } from '../format';
import { dictionaries } from '../i18n';
import { lanesOf, type Lane } from '../content/lanes';
import type { ChronicleEvent, Lang, Pair } from '../content/schema';
import { PAIRS } from '../content/vocabulary';
import { OG_HEIGHT, OG_WIDTH } from './meta';
import { LOGO } from '../logo';
import { phrases } from '../phrases';

/** Bump when the look changes in a way the element tree does not show (fonts, renderer options). */
export const TEMPLATE_VERSION = 1;
export const FONT_FAMILY = 'Noto Sans JP';

/** A React-element-like object, which satori accepts without JSX. */
export interface OgElement {
	type: string;
	props: {
		style?: Record<string, string | number>;
		children?: OgChild | OgChild[];
		[attribute: string]: unknown;
	};
}
export type OgChild = OgElement | string;

/** The light theme of app.css: a card is seen outside the site, so it has one look. */
const COLORS = {
	bg: '#fbfaf7',
	text: '#1c1b1a',
	muted: '#55524d',
	border: '#d6d2ca',
	accent: '#9b1c1c',
	'cn-ru': '#9b1c1c',
	'cn-kp': '#1e5a8a',
	'kp-ru': '#166534',
	context: '#57534e'
} as const;

const PAD_X = 72;
const PAD_Y = 56;
const TEXT_WIDTH = OG_WIDTH - 2 * PAD_X;
const TITLE_LINE_HEIGHT = 1.25;

/** Title sizes from largest to smallest, each with the most lines that still fit the card. */
export const TITLE_STEPS = [
	{ fontSize: 68, maxLines: 3 },
	{ fontSize: 60, maxLines: 3 },
	{ fontSize: 52, maxLines: 4 },
	{ fontSize: 46, maxLines: 4 }
] as const;

const ELLIPSIS = '…';
/** U+2060: no line break on either side; drawn as nothing (Noto Sans JP maps it to an empty glyph). */
export const WORD_JOINER = '\u2060';
const WIDE =
	/[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** A wide character (a line may break after any) or a word, with the units joined to it. */
const UNIT = `(?:${WIDE.source}|[^\\s${WIDE.source.slice(1, -1)}${WORD_JOINER}]+)`;
/** A unbreakable run of units with its spaces, or spaces. */
const TOKENS = new RegExp(`${UNIT}(?:${WORD_JOINER}${UNIT})*\\s*|\\s+`, 'g');

/** Advance of one character in ems, a little generous so the estimate errs towards wrapping. */
function charWidth(ch: string): number {
	if (ch === WORD_JOINER) return 0;
	if (WIDE.test(ch)) return 1;
	if (/\s/.test(ch)) return 0.26;
	if (/[.,:;'’‘!|il]/.test(ch)) return 0.3;
	if (/[A-Z0-9MW@%&–—“”]/.test(ch)) return /[MW@%—]/.test(ch) ? 0.95 : 0.68;
	return 0.58;
}

const width = (text: string) => [...text].reduce((sum, ch) => sum + charWidth(ch), 0);

/** Lines that greedy wrapping gives at `fontSize` across the card (an estimate of satori's). */
export function estimateLines(text: string, fontSize: number, lineWidth = TEXT_WIDTH): number {
	const max = lineWidth / fontSize;
	let lines = 1;
	let used = 0;
	for (const token of text.match(TOKENS) ?? []) {
		const w = width(token.trimEnd());
		if (used > 0 && used + w > max) {
			lines++;
			used = 0;
		}
		if (used === 0 && /^\s+$/.test(token)) continue;
		// A word longer than a line is broken inside, as CSS `overflow-wrap` would.
		if (w > max) {
			lines += Math.ceil(w / max) - 1;
			used = w % max;
		} else used += width(token);
	}
	return lines;
}

/**
 * The text with each phrase's characters joined, so a line breaks only between phrases. A phrase
 * wider than a line (`lineEms` ems) is left breakable, and spaces stay break opportunities.
 */
export function keepPhrases(text: string, lang: Lang, lineEms = Infinity): string {
	if (lang !== 'ja') return text;
	return phrases(text, lang)
		.map((phrase) =>
			width(phrase) > lineEms ? phrase : phrase.replace(/(?<=\S)(?=\S)/gu, WORD_JOINER)
		)
		.join('');
}

export interface FittedTitle {
	/** The title as written (cut with an ellipsis if it had to be). */
	text: string;
	/** `text` as drawn: in Japanese, with word joiners inside its phrases. */
	drawn: string;
	fontSize: number;
	maxLines: number;
	clamped: boolean;
}

/**
 * The largest size at which the title fits, its phrases whole; at the smallest, the title is cut
 * with an ellipsis.
 */
export function fitTitle(title: string, lang: Lang): FittedTitle {
	const text = title.trim().replace(/\s+/g, ' ');
	const drawn = (text: string, fontSize: number) => keepPhrases(text, lang, TEXT_WIDTH / fontSize);
	// A size at which a Japanese phrase is wider than the card would have to break it inside.
	const whole = (fontSize: number) =>
		lang !== 'ja' || phrases(text, lang).every((phrase) => width(phrase) <= TEXT_WIDTH / fontSize);
	for (const step of TITLE_STEPS) {
		const phrased = drawn(text, step.fontSize);
		if (whole(step.fontSize) && estimateLines(phrased, step.fontSize) <= step.maxLines)
			return { text, drawn: phrased, ...step, clamped: false };
	}
	const last = TITLE_STEPS[TITLE_STEPS.length - 1];
	const chars = [...text];
	const cut = (keep: number) => chars.slice(0, keep).join('').trimEnd();
	let keep = chars.length;
	while (
		keep > 1 &&
		estimateLines(drawn(cut(keep), last.fontSize) + ELLIPSIS, last.fontSize) > last.maxLines
	)
		keep--;
	return {
		text: cut(keep) + ELLIPSIS,
		drawn: drawn(cut(keep), last.fontSize) + ELLIPSIS,
		...last,
		clamped: true
	};
}

const el = (
	type: string,
	style: Record<string, string | number>,
	children?: OgChild | OgChild[],
	attributes: Record<string, unknown> = {}
): OgElement => ({
	type,
	props: { ...attributes, style, ...(children === undefined ? {} : { children }) }
});

/** The site's logo, as satori draws it. */
function mark(size: number): OgElement {
	return {
		type: 'svg',
		props: {
			width: size,
			height: size,
			viewBox: LOGO.viewBox,
			children: {
				type: 'polygon',
				props: {
					points: LOGO.points,
					fill: 'none',
					stroke: COLORS.accent,
					'stroke-width': LOGO.strokeWidth,
					'stroke-linejoin': 'round'
				}
			}
		}
	};
}

/** A strip in the three pair colours along the top edge. */
function stripe(): OgElement {
	const pairs: Pair[] = ['cn-ru', 'cn-kp', 'kp-ru'];
	return el(
		'div',
		{ display: 'flex', position: 'absolute', top: 0, left: 0, width: OG_WIDTH, height: 12 },
		pairs.map((pair) => el('div', { flexGrow: 1, height: 12, backgroundColor: COLORS[pair] }))
	);
}

function brand(lang: Lang, size: 'small' | 'large'): OgElement {
	const large = size === 'large';
	return el('div', { display: 'flex', alignItems: 'center', gap: large ? 28 : 16 }, [
		mark(large ? 132 : 52),
		el(
			'div',
			{
				fontSize: large ? 76 : 30,
				fontWeight: 700,
				color: large ? COLORS.text : COLORS.accent,
				lineHeight: 1.2
			},
			dictionaries[lang].siteName
		)
	]);
}

function badges(lanes: readonly Lane[], lang: Lang): OgElement {
	return el(
		'div',
		{ display: 'flex', flexWrap: 'wrap', gap: 16 },
		lanes.map((pair) =>
			el(
				'div',
				{
					display: 'flex',
					padding: '4px 22px',
					border: `3px ${pair === 'context' ? 'dashed' : 'solid'} ${COLORS[pair]}`,
					borderRadius: 999,
					color: COLORS[pair],
					fontSize: 28,
					fontWeight: 700,
					lineHeight: 1.4
				},
				dictionaries[lang].lanes[pair].long
			)
		)
	);
}

function card(lang: Lang, children: OgChild[]): OgElement {
	return el(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			position: 'relative',
			width: OG_WIDTH,
			height: OG_HEIGHT,
			boxSizing: 'border-box',
			padding: `${PAD_Y}px ${PAD_X}px`,
			backgroundColor: COLORS.bg,
			color: COLORS.text,
			fontFamily: FONT_FAMILY
		},
		[stripe(), ...children],
		{ lang: dictionaries[lang].cardLang }
	);
}

export interface EventCardInput {
	lang: Lang;
	title: string;
	date: string;
	end?: string;
	pairs: readonly Pair[];
}

/** The card input for a content event in one language. */
export function cardInputOf(event: ChronicleEvent, lang: Lang): EventCardInput {
	const { date, end, pairs } = event;
	return { lang, title: event.title[lang], date, end, pairs };
}

/** What an event's card says, in its language. */
export function eventCardTexts(input: EventCardInput) {
	const { lang } = input;
	const t = dictionaries[lang];
	return {
		title: fitTitle(input.title, lang),
		date: formatDateRange(input.date, input.end, lang),
		pairs: lanesOf(input).map((lane) => t.lanes[lane].long),
		siteName: t.siteName
	};
}

export function eventCard(input: EventCardInput): OgElement {
	const { lang } = input;
	const texts = eventCardTexts(input);
	const { title } = texts;
	return card(lang, [
		brand(lang, 'small'),
		el(
			'div',
			{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 14 },
			[
				el('div', { fontSize: 34, fontWeight: 700, color: COLORS.accent }, texts.date),
				el(
					'div',
					{
						display: 'block',
						width: TEXT_WIDTH,
						fontSize: title.fontSize,
						fontWeight: 700,
						lineHeight: TITLE_LINE_HEIGHT,
						lineClamp: title.maxLines
					},
					title.drawn
				)
			]
		),
		badges(lanesOf(input), lang)
	]);
}

/** The card for pages that are not one event: the chronicle, commentary and pair pages. */
export function siteCard(lang: Lang): OgElement {
	return card(lang, [
		el(
			'div',
			{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 28 },
			[
				brand(lang, 'large'),
				el(
					'div',
					{ display: 'flex', flexDirection: 'column', fontSize: 32, color: COLORS.muted },
					// One line per clause of the tagline, rather than wherever the width happens to end.
					dictionaries[lang].tagline
						.split(' — ')
						.map((part, i) => el('div', { lineHeight: 1.45 }, i === 0 ? part : `— ${part}`))
				)
			]
		),
		badges(PAIRS, lang)
	]);
}

/** Alternative text for an event's card: what it shows, in the page's language. */
export function eventCardAlt(input: EventCardInput): string {
	const texts = eventCardTexts(input);
	return dictionaries[input.lang].cardAlt(texts.siteName, input.title, texts.date, texts.pairs);
}

/** Every string the tree will draw, in order (for tests and the cache key's readability). */
export function textsOf(node: OgChild | OgChild[] | undefined): string[] {
	if (node === undefined) return [];
	if (Array.isArray(node)) return node.flatMap(textsOf);
	if (typeof node === 'string') return [node];
	return textsOf(node.props.children);
}
