/** Interface text and labels in both languages. */
import { isSovietEra } from './content/dates';
import type { Country, Kind, Lang, Pair } from './content/schema';

export const SITE_NAME: Record<Lang, string> = { ja: '中露朝クロニクル', en: 'Triangle Chronicle' };

const COUNTRY_NAMES: Record<Country, Record<Lang, string>> = {
	CN: { ja: '中国', en: 'China' },
	RU: { ja: 'ロシア', en: 'Russia' },
	KP: { ja: '北朝鮮', en: 'North Korea' },
	KR: { ja: '韓国', en: 'South Korea' },
	JP: { ja: '日本', en: 'Japan' },
	US: { ja: '米国', en: 'United States' },
	EU: { ja: 'EU', en: 'European Union' },
	UN: { ja: '国連', en: 'United Nations' },
	UA: { ja: 'ウクライナ', en: 'Ukraine' },
	VN: { ja: 'ベトナム', en: 'Vietnam' }
};

/** A country's name at a date: RU before 1991-12-26 is the USSR. */
export function countryName(code: Country, lang: Lang, date?: string): string {
	if (code === 'RU' && date && isSovietEra(date)) return lang === 'ja' ? 'ソ連' : 'USSR';
	return COUNTRY_NAMES[code][lang];
}

export const PAIR_LABELS: Record<
	Pair | 'context',
	{ short: Record<Lang, string>; long: Record<Lang, string> }
> = {
	'cn-ru': { short: { ja: '中露', en: 'CN–RU' }, long: { ja: '中国–ロシア', en: 'China–Russia' } },
	'cn-kp': {
		short: { ja: '中朝', en: 'CN–KP' },
		long: { ja: '中国–北朝鮮', en: 'China–North Korea' }
	},
	'kp-ru': {
		short: { ja: '露朝', en: 'RU–KP' },
		long: { ja: 'ロシア–北朝鮮', en: 'Russia–North Korea' }
	},
	context: { short: { ja: '周辺', en: 'Context' }, long: { ja: '周辺の動き', en: 'Wider context' } }
};

export const KIND_LABELS: Record<Kind, Record<Lang, string>> = {
	treaty: { ja: '条約', en: 'Treaty' },
	summit: { ja: '首脳会談', en: 'Summit' },
	visit: { ja: '訪問', en: 'Visit' },
	statement: { ja: '声明', en: 'Statement' },
	military: { ja: '軍事', en: 'Military' },
	sanctions: { ja: '制裁', en: 'Sanctions' },
	un: { ja: '国連', en: 'United Nations' },
	parade: { ja: 'パレード', en: 'Parade' },
	report: { ja: '報告・論評', en: 'Report' },
	ratification: { ja: '批准', en: 'Ratification' },
	anniversary: { ja: '記念日', en: 'Anniversary' },
	relations: { ja: '国交', en: 'Diplomatic relations' },
	leadership: { ja: '指導者', en: 'Leadership' },
	talks: { ja: '多国間協議', en: 'Talks' }
};

export const ERA_LABELS = {
	coldWar: { ja: '冷戦期', en: 'Cold War' },
	postSoviet: { ja: 'ソ連崩壊後', en: 'Post-Soviet years' },
	ukraineWar: { ja: 'ウクライナ侵攻後', en: 'After the invasion of Ukraine' }
} satisfies Record<string, Record<Lang, string>>;

/** Interface strings. */
export const UI = {
	ja: {
		tagline: '中国・ロシア・北朝鮮の条約、首脳会談、摩擦の記録 — 日本から見た年表',
		chronology: '年表',
		events: '出来事',
		eventCount: (n: number) => `${n}件の出来事`,
		shownCount: (shown: number, total: number) => `${total}件中${shown}件を表示`,
		timeline: 'タイムライン',
		timelineHelp:
			'年表の中で ←/→ キーで前後の出来事へ、Enter で詳細ページ、Esc で選択解除。拡大・縮小はボタンか Ctrl+ホイール。',
		zoomIn: '拡大',
		zoomOut: '縮小',
		fit: '全体を表示',
		showOnTimeline: 'タイムラインで表示',
		selected: '選択中の出来事',
		closeDetail: '選択を解除',
		openEvent: '詳細ページを開く',
		detailUnavailable: 'この出来事の詳細を読み込めませんでした。',
		timelineUnavailable: 'タイムラインを読み込めませんでした。年表はこのまま使えます。',
		searchUnavailable: '検索を読み込めませんでした。',
		tryAgain: 'もう一度試す',
		countries: '関係国',
		pairs: '関係',
		kind: '種類',
		sources: '出典',
		related: '関連する出来事',
		commentary: '論評',
		noCommentary: '論評はまだ掲載されていません。',
		treaties: '条約',
		certainty: '確度に関する注記',
		treaty: '条約',
		clauses: '主な条項',
		article: (a: string) => (a === '—' ? '条番号未確認' : `第${a}条`),
		term: '期間',
		place: '署名地',
		inForce: '発効',
		pledge: '相互軍事援助の約束',
		yes: 'あり',
		no: 'なし',
		previous: '前の出来事',
		next: '次の出来事',
		viewOnTimeline: 'タイムラインで見る',
		backToChronicle: '年表に戻る',
		language: '言語',
		otherLanguage: 'English',
		skipToContent: '本文へ移動',
		sourceLang: {
			ja: '日本語',
			en: '英語',
			ko: '韓国語',
			zh: '中国語',
			ru: 'ロシア語',
			de: 'ドイツ語',
			fr: 'フランス語'
		},
		by: (author: string, outlet: string) => `${author}(${outlet})`,
		original: '原文',
		treatyActions: { signed: '署名', 'in-force': '発効', extended: '延長', ended: '失効・終了' },
		showAll: 'すべて表示',
		copyView: 'この表示のリンクをコピー',
		noResults: '該当する出来事はありません。',
		clearAll: '検索と絞り込みを解除',
		years: '年ごとの年表',
		yearTitle: (year: number) => `${year}年の出来事`,
		previousYear: '前の年',
		nextYear: '次の年',
		listedYears: (from: string, to: string, listed: number, total: number) =>
			`下の一覧は${from === to ? from : `${from}〜${to}`}の${listed}件です(全${total}件)。それ以前の出来事は、タイムラインか年ごとの年表でご覧ください。`,
		otherMatches: 'ほかの年の該当する出来事',
		clusterLabel: (from: number, to: number, n: number) =>
			`${from === to ? `${from}年` : `${from}〜${to}年`}・${n}件`,
		uncertaintyLegend: '日付の確度',
		uncertainSpan: '月または年までしか分からない日付(その月・年の全体に淡く表示)',
		earliestSpan: '資料によってはより早い日付(点線で延長)',
		approximateDate: (precision: 'month' | 'year') =>
			precision === 'month'
				? '日付は月までしか分かっていません'
				: '日付は年までしか分かっていません',
		earliestDate: (when: string) => `資料によっては${when}とするものもあります`,
		clusterTitle: (label: string, titles: readonly string[]) =>
			`${label}:${titles.slice(0, 5).join('、')}${titles.length > 5 ? '…' : ''}(クリックまたは Enter で展開)`,
		moreMatches: (n: number) => `ほか${n}件はタイムラインでご覧ください。`
	},
	en: {
		tagline:
			'Treaties, summits and frictions among China, Russia and North Korea — a chronicle seen from Japan',
		chronology: 'Chronology',
		events: 'Events',
		eventCount: (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`,
		shownCount: (shown: number, total: number) => `${shown} of ${total} events`,
		timeline: 'Timeline',
		timelineHelp:
			'Inside the chronicle, ←/→ step to the previous or next event, Enter opens it, Esc clears the selection. Zoom with the buttons or Ctrl+wheel.',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		fit: 'Show all',
		showOnTimeline: 'Show on timeline',
		selected: 'Selected event',
		closeDetail: 'Clear selection',
		openEvent: 'Open the event page',
		detailUnavailable: 'The details of this event could not load.',
		timelineUnavailable: 'The timeline could not load. The chronology below still works.',
		searchUnavailable: 'Search is unavailable.',
		tryAgain: 'Try again',
		countries: 'Countries',
		pairs: 'Relationships',
		kind: 'Kind',
		sources: 'Sources',
		related: 'Related events',
		commentary: 'Commentary',
		noCommentary: 'No commentary has been added yet.',
		treaties: 'Treaties',
		certainty: 'Note on certainty',
		treaty: 'Treaty',
		clauses: 'Key clauses',
		article: (a: string) => (a === '—' ? 'Article number not verified' : `Art. ${a}`),
		term: 'Term',
		place: 'Signed at',
		inForce: 'In force',
		pledge: 'Mutual military-assistance pledge',
		yes: 'yes',
		no: 'no',
		previous: 'Previous event',
		next: 'Next event',
		viewOnTimeline: 'View on the timeline',
		backToChronicle: 'Back to the chronicle',
		language: 'Language',
		otherLanguage: '日本語',
		skipToContent: 'Skip to content',
		sourceLang: {
			ja: 'Japanese',
			en: 'English',
			ko: 'Korean',
			zh: 'Chinese',
			ru: 'Russian',
			de: 'German',
			fr: 'French'
		},
		by: (author: string, outlet: string) => `${author}, ${outlet}`,
		original: 'Original',
		treatyActions: {
			signed: 'Signed',
			'in-force': 'In force',
			extended: 'Extended',
			ended: 'Ended'
		},
		showAll: 'Show all',
		copyView: 'Copy link to this view',
		noResults: 'No events match.',
		clearAll: 'Clear the search and the filter',
		years: 'Chronology by year',
		yearTitle: (year: number) => `Events of ${year}`,
		previousYear: 'Previous year',
		nextYear: 'Next year',
		listedYears: (from: string, to: string, listed: number, total: number) =>
			`Listed below: the ${listed} events of ${from === to ? from : `${from}–${to}`} (of ${total}). Earlier events are on the timeline and in the chronology by year.`,
		otherMatches: 'Matches in other years',
		clusterLabel: (from: number, to: number, n: number) =>
			`${from === to ? from : `${from}–${to}`} · ${n} events`,
		uncertaintyLegend: 'Dates',
		uncertainSpan: 'known only to the month or year (a soft band over that month or year)',
		earliestSpan: 'some sources give an earlier date (a dashed extension)',
		approximateDate: (precision: 'month' | 'year') =>
			precision === 'month' ? 'Date known only to the month' : 'Date known only to the year',
		earliestDate: (when: string) => `Some sources give ${when}`,
		clusterTitle: (label: string, titles: readonly string[]) =>
			`${label}: ${titles.slice(0, 5).join(', ')}${titles.length > 5 ? ', …' : ''} (click or Enter to open)`,
		moreMatches: (n: number) => `${n} more on the timeline.`
	}
} as const;

export type UiStrings = (typeof UI)[Lang];

export function otherLang(lang: Lang): Lang {
	return lang === 'ja' ? 'en' : 'ja';
}
