/** Interface text of the treaties page (and its link in the site navigation), in both languages. */
import type { Lang } from './content/schema';
import type { Status } from './content/status';

type StatusText = Record<Status, { short: string; long: string }>;

export const TREATY_UI = {
	ja: {
		title: '条約',
		heading: '条約 — 60年の同盟条項を並べて見る',
		description:
			'1961年のソ朝・中朝条約から2024年の露朝条約まで、中露朝の5つの条約の署名・発効・延長・失効と主な条項を比較する。',
		intro:
			'2024年の露朝条約は、1961年のソ朝条約にあった自動的な軍事援助の約束を事実上復活させたと論じられている。一方、同じ1961年に中国が北朝鮮と結んだ条約は今も効力を持つ。このページでは、年表に記録した5つの条約の署名・発効・延長・失効と主な条項を、年表と同じデータから示す。',
		onThisPage: 'このページの内容',
		statusHeading: '年ごとの条約の状態',
		statusIntro: (from: number, today: string) =>
			`${from}年から${today}まで、2国間ごとの状態を条約データから導いて示す。各年の状態は年末時点(今年は今日時点)のもの。年の途中で状態が変わった年は、変化の順に左から右へ区切って示す。`,
		scope:
			'この帯が示すのは、このページの5つの条約だけである。1950年の中ソ友好同盟相互援助条約など、この年表が扱っていない条約は含まれない。',
		legend: '凡例',
		statuses: {
			pledge: { short: '援助義務あり', long: '相互軍事援助の約束を含む条約が有効' },
			plain: { short: '援助義務なし', long: '軍事援助の約束のない条約のみ有効' },
			none: { short: 'なし', long: 'このページの条約はいずれも効力なし' }
		} satisfies StatusText,
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
	},
	en: {
		title: 'Treaties',
		heading: 'Treaties: sixty years of alliance clauses side by side',
		description:
			'The five treaties of the China–Russia–North Korea triangle, from the 1961 Soviet and Chinese treaties with Pyongyang to the 2024 Russia–DPRK treaty: signing, entry into force, extension, end and key clauses.',
		intro:
			'The 2024 Russia–North Korea treaty is argued to revive, in effect, the automatic military-assistance pledge of the 1961 Soviet treaty, while the treaty China signed with Pyongyang the same year still stands. This page sets out the five treaties in the chronicle — their signing, entry into force, extension and end, and their key clauses — from the same data as the timeline.',
		onThisPage: 'On this page',
		statusHeading: 'Status year by year',
		statusIntro: (from: number, today: string) =>
			`Each pair's status from ${from} to ${today}, derived from the treaty data. A year shows its status at the year's end (today, for the current year); a year in which the status changed is divided, left to right, in the order of the changes.`,
		scope:
			'The strip covers only the five treaties on this page. Treaties the chronicle does not cover, such as the 1950 Sino-Soviet treaty of alliance, are not included.',
		legend: 'Key',
		statuses: {
			pledge: {
				short: 'Pledge',
				long: 'A treaty with a mutual military-assistance pledge in force'
			},
			plain: { short: 'No pledge', long: 'Only a treaty without such a pledge in force' },
			none: { short: 'None', long: 'None of the treaties on this page in force' }
		} satisfies StatusText,
		uncertain: 'Uncertain',
		uncertainLong:
			'Sources disagree on a date, or a date such as entry into force is unrecorded, so the status is not settled',
		asTable: 'Year-by-year table',
		years: 'Years',
		status: 'Status',
		treatiesInForce: 'Treaties in force',
		note: 'Note',
		yearRange: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
		uncertainBecause: 'Uncertain (dates disputed or unrecorded):',
		yearCell: (year: number, phases: string, uncertain: boolean) =>
			`${year}: ${phases}${uncertain ? ' (uncertain)' : ''}`,
		compareHeading: 'Key clauses compared',
		compareIntro:
			'Pick two treaties to compare their key clauses side by side. The paraphrases are ours, not translations of the treaty texts.',
		pickA: 'Treaty A',
		pickB: 'Treaty B',
		comparing: (a: string, b: string) => `Comparing ${a} with ${b}`,
		article: 'Article',
		paraphrase: 'Our paraphrase',
		immediateAid: 'Immediate military aid',
		conditions: 'Conditions',
		noConditions: '—',
		aidYes: 'Yes',
		aidNo: 'No',
		keyClauses: 'Key clauses',
		treatiesHeading: 'The treaties',
		noTreaties: 'No treaty has been recorded in the chronicle yet.',
		fullName: 'Full name',
		parties: 'Parties',
		signed: 'Signed',
		inForce: 'Entry into force',
		inForceUnknown: 'Not confirmed (the strip counts from the signing)',
		extended: 'Extended',
		until: (date: string, earliest?: string) =>
			earliest ? `(until ${date}; some sources: until ${earliest})` : `(until ${date})`,
		ended: 'Ended',
		earliestEnd: (date: string) => `(some sources date it as early as ${date})`,
		stillInForce: 'Still in force',
		replacedBy: 'Replaced by',
		replaces: 'Took over from',
		noSuccessor: 'No direct successor; a gap followed',
		term: 'Term',
		pledge: 'Mutual military-assistance pledge',
		records: 'Events and sources',
		certaintyNote: 'note on certainty',
		sources: 'Sources',
		backToTop: 'Back to top'
	}
} as const;

export type TreatyStrings = (typeof TREATY_UI)[Lang];

/** A treaty's short name with its year, unless the name already carries it. */
export function treatyLabel(short: string, signed: string, lang: Lang): string {
	const year = signed.slice(0, 4);
	if (short.includes(year)) return short;
	return lang === 'ja' ? `${short}(${year}年)` : `${short} (${year})`;
}
