/** Every interface string in Japanese. Its shape is the `Dictionary` every language satisfies. */
import type { Status } from '../content/status';
import type { Lane } from '../content/lanes';
import type { Country, Kind, SourceLang, TreatyAction } from '../content/vocabulary';

/** A span of days in one month: both ends formatted in full, and their days of the month. */
interface DaySpan {
	start: string;
	end: string;
	startDay: number;
	endDay: number;
}

/** 「5つ」: the counter for a handful of things, plain digits past nine. */
const things = (n: number) => (n < 10 ? `${n}つ` : String(n));

const ja = {
	siteName: '中露朝クロニクル',
	/** Open Graph's locale, and the preview card's language. */
	ogLocale: 'ja_JP',
	ogLocaleAlternate: 'en_US',
	cardLang: 'ja-JP',
	/** `中露朝クロニクル:…`: a title after the site's name. */
	titled: (site: string, text: string) => `${site}:${text}`,
	countryNames: {
		CN: '中国',
		RU: 'ロシア',
		KP: '北朝鮮',
		KR: '韓国',
		JP: '日本',
		US: '米国',
		EU: 'EU',
		UN: '国連',
		UA: 'ウクライナ',
		VN: 'ベトナム'
	} satisfies Record<Country, string>,
	/** RU before 1991-12-26. */
	ussr: 'ソ連',
	lanes: {
		'cn-kp': { short: '中朝', long: '中国–北朝鮮' },
		'cn-ru': { short: '中露', long: '中国–ロシア' },
		'kp-ru': { short: '露朝', long: 'ロシア–北朝鮮' },
		context: { short: '周辺', long: '周辺の動き' }
	} satisfies Record<Lane, { short: string; long: string }>,
	kinds: {
		treaty: '条約',
		summit: '首脳会談',
		visit: '訪問',
		statement: '声明',
		military: '軍事',
		sanctions: '制裁',
		un: '国連',
		parade: 'パレード',
		report: '報告・論評',
		ratification: '批准',
		anniversary: '記念日',
		relations: '国交',
		leadership: '指導者',
		talks: '多国間協議'
	} satisfies Record<Kind, string>,
	eras: { coldWar: '冷戦期', postSoviet: 'ソ連崩壊後', ukraineWar: 'ウクライナ侵攻後' },
	year: (year: number) => `${year}年`,
	/** A span within one month: `2019年6月20日〜21日`. */
	daySpan: (s: DaySpan) => `${s.start}〜${s.endDay}日`,
	span: (start: string, end: string) => `${start}〜${end}`,
	/** Between a name and what follows it (a publisher and a title, a date and a place). */
	comma: '、',
	/** Quotation marks around a title. */
	quotes: ['「', '」'] as [string, string],
	until: (date: string) => `${date}まで`,
	/** The preview card's alternative text. */
	cardAlt: (site: string, title: string, date: string, lanes: string[]) =>
		`${site}:${title}(${date}、${lanes.join('・')})`,
	siteNav: 'サイト内',
	account: '本文',
	pager: '前後の出来事',
	cite: {
		heading: 'このページを引用する',
		copy: '参照文献をコピー',
		files: '文献管理ソフト用:',
		accessed: '参照日はこの版のサイトを作成した日です。実際に閲覧した日に改めてください。',
		bibliography: '文献リスト:'
	},
	history: {
		heading: '改訂履歴',
		published: '初出',
		changed: '最終更新',
		separator: '、',
		end: '。',
		missing: 'このビルドでは改訂履歴を表示できません。'
	},
	corrections: { heading: '訂正', before: '訂正(', after: '):' },
	share: '共有',
	embed: {
		embed: '埋め込む',
		code: 'ほかのサイトに貼り付ける HTML',
		preview: 'プレビュー',
		timeline: 'タイムライン',
		all: 'すべての関係',
		earlier: 'それ以前の出来事は全体の年表で'
	},
	copy: {
		link: {
			copy: 'リンクをコピー',
			copied: 'リンクをコピーしました',
			manual: 'このリンクを選択してコピーしてください'
		},
		text: { copy: 'コピー', copied: 'コピーしました', manual: '選択してコピーしてください' },
		code: {
			copy: 'コードをコピー',
			copied: 'コードをコピーしました',
			manual: 'このコードを選択してコピーしてください'
		}
	},
	triangle: {
		heading: '関係で絞り込む',
		corners: { cn: '中国', ru: 'ロシア', kp: '北朝鮮' },
		edge: (name: string, count: number) => `${name} ${count}件`
	},
	search: {
		label: '年表を検索',
		placeholder: '例: 条約、プーチン',
		busy: '検索の準備中…',
		unavailable: '検索を読み込めませんでした。'
	},
	data: {
		data: 'データ',
		pairData: (name: string) => `データ(${name})`,
		feed: (site: string) => `${site}(Atom フィード)`,
		colon: ':'
	},
	notFound: {
		title: 'ページが見つかりません',
		body: 'お探しの出来事や論評は存在しないか、移動した可能性があります。',
		back: '年表に戻る',
		commentary: '論評の一覧',
		event: '出来事が見つかりません',
		commentaryEntry: '論評が見つかりません',
		year: 'この年の出来事はありません'
	},
	timelineWidget: {
		bands: '条約の帯',
		bandsKey: '(濃い帯は相互軍事援助の約束がある条約)',
		/** moment.js formats of the time axis. */
		minorMonth: 'M月',
		majorMonth: 'YYYY年',
		majorDay: 'YYYY年M月',
		clusterLabel: (from: number, to: number, n: number) =>
			`${from === to ? `${from}年` : `${from}〜${to}年`}・${n}件`,
		clusterTitle: (label: string, titles: readonly string[]) =>
			`${label}:${titles.slice(0, 5).join('、')}${titles.length > 5 ? '…' : ''}(クリックまたは Enter で展開)`
	},
	/** The overview strip under the timeline: the whole chronicle drawn small. */
	overview: {
		label: 'タイムラインの表示範囲',
		window: (from: number, to: number) => (from === to ? `${from}年` : `${from}〜${to}年`),
		help: '全体図:条約の帯と年ごとの出来事の数。枠をドラッグするか、←/→ キーで移動、+/− キーで拡大・縮小、PageUp/PageDown で一画面分移動、Home/End で両端へ。'
	},
	pairPage: {
		title: (name: string) => `${name}関係の年表`,
		history: '条約の変遷',
		none: 'この関係を結ぶ条約は記録されていません。',
		pledge: '相互軍事援助の約束あり',
		plain: '軍事援助の約束なし',
		now: '現在も有効',
		inForceFrom: (d: string) => `${d}から`,
		until: (d: string) => `${d}まで`,
		signedOnly: '(発効日未確認のため署名日から)',
		interactive: 'タイムラインでこの関係を見る'
	},
	commentaryPage: {
		intro:
			'年表の出来事を論じた記事・論評。要約は当サイトによるもので、各筆者の見解を紹介するものです。',
		discussed: '取り上げている出来事',
		ourSummary: '論旨の要約(当サイト作成)',
		quotes: '引用'
	},
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
	} satisfies Record<SourceLang, string>,
	by: (author: string, outlet: string) => `${author}(${outlet})`,
	original: '原文',
	treatyActions: {
		signed: '署名',
		'in-force': '発効',
		extended: '延長',
		ended: '失効・終了'
	} satisfies Record<TreatyAction, string>,
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
	uncertaintyLegend: '日付の確度',
	uncertainSpan: '月または年までしか分からない日付(その月・年の全体に淡く表示)',
	earliestSpan: '資料によってはより早い日付(点線で延長)',
	approximateDate: {
		month: '日付は月までしか分かっていません',
		year: '日付は年までしか分かっていません'
	},
	earliestDate: (when: string) => `資料によっては${when}とするものもあります`,
	moreMatches: (n: number) => `ほか${n}件はタイムラインでご覧ください。`,
	treatyPage: {
		/** A treaty's short name with its year: 「露朝条約(2024年)」. */
		label: (short: string, year: string) => `${short}(${year}年)`,
		title: '条約',
		heading: '条約 — 60年の同盟条項を並べて見る',
		description: (n: number) =>
			`1950年の中ソ同盟条約から2024年の露朝条約まで、中露朝の${things(n)}の条約の署名・発効・延長・失効と主な条項を比較する。`,
		intro: (n: number) =>
			`2024年の露朝条約は、1961年のソ朝条約にあった自動的な軍事援助の約束を事実上復活させたと論じられている。一方、同じ1961年に中国が北朝鮮と結んだ条約は今も効力を持つ。このページでは、年表に記録した${things(n)}の条約の署名・発効・延長・失効と主な条項を、年表と同じデータから示す。`,
		onThisPage: 'このページの内容',
		statusHeading: '年ごとの条約の状態',
		statusIntro: (from: number, today: string) =>
			`${from}年から${today}まで、2国間ごとの状態を条約データから導いて示す。各年の状態は年末時点(今年は今日時点)のもの。年の途中で状態が変わった年は、変化の順に左から右へ区切って示す。`,
		scope: (n: number) =>
			`この帯が示すのは、このページの${things(n)}の条約だけである。1950年の中ソ友好同盟相互援助条約など、この年表が扱っていない条約は含まれない。`,
		legend: '凡例',
		statuses: {
			pledge: { short: '援助義務あり', long: '相互軍事援助の約束を含む条約が有効' },
			plain: { short: '援助義務なし', long: '軍事援助の約束のない条約のみ有効' },
			none: { short: 'なし', long: 'このページの条約はいずれも効力なし' }
		} satisfies Record<Status, { short: string; long: string }>,
		uncertain: '不確実',
		uncertainLong: '資料により日付が分かれるか、発効日などが未確認で、状態が確定しない年',
		asTable: '年ごとの表',
		years: '年',
		status: '状態',
		treatiesInForce: '効力のあった条約',
		note: '注記',
		yearRange: (from: number, to: number) => (from === to ? `${from}年` : `${from}〜${to}年`),
		uncertainBecause: '不確実(日付に異説・未確認あり):',
		yearCell: (year: number, phases: string, uncertain: boolean) =>
			`${year}年:${phases}${uncertain ? '(不確実)' : ''}`,
		compareHeading: '主な条項の比較',
		compareIntro:
			'2つの条約を選ぶと、主な条項を並べて比較できる。条文の要約は当サイトによるもので、条文の訳ではない。',
		pickA: '条約A',
		pickB: '条約B',
		comparing: (a: string, b: string) => `比較中:${a} と ${b}`,
		article: '条',
		paraphrase: '内容(当サイトによる要約)',
		immediateAid: '即時の軍事援助',
		conditions: '条件',
		noConditions: '—',
		aidYes: 'あり',
		aidNo: 'なし',
		keyClauses: '主な条項',
		treatiesHeading: '各条約',
		noTreaties: 'この年表にはまだ条約が登録されていません。',
		fullName: '正式名称',
		parties: '締約国',
		signed: '署名',
		inForce: '発効',
		inForceUnknown: '未確認(帯では署名日から数えている)',
		extended: '延長',
		until: (date: string, earliest?: string) =>
			earliest ? `(${date}まで。${earliest}までとする資料もある)` : `(${date}まで)`,
		ended: '失効・終了',
		earliestEnd: (date: string) => `(${date}とする資料もある)`,
		stillInForce: '現在も有効',
		replacedBy: '後継の条約',
		replaces: '置き換えた条約',
		noSuccessor: '直接の後継条約はなく、空白期間が生じた',
		term: '期間',
		pledge: '相互軍事援助の約束',
		records: '関連する出来事と出典',
		certaintyNote: '確度に関する注記あり',
		sources: '出典',
		backToTop: 'ページの先頭へ'
	}
};

export default ja;
