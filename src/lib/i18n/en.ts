/** Every interface string in English. */
import type { Dictionary } from './types';

const NUMBERS = [
	'no',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten'
];
/** `five`: small numbers in words, as prose writes them. */
const number = (n: number) => NUMBERS[n] ?? String(n);

const en = {
	siteName: 'Triangle Chronicle',
	ogLocale: 'en_US',
	ogLocaleAlternate: 'ja_JP',
	cardLang: 'en-US',
	titled: (site: string, text: string) => `${site}: ${text}`,
	countryNames: {
		CN: 'China',
		RU: 'Russia',
		KP: 'North Korea',
		KR: 'South Korea',
		JP: 'Japan',
		US: 'United States',
		EU: 'European Union',
		UN: 'United Nations',
		UA: 'Ukraine',
		VN: 'Vietnam'
	},
	ussr: 'USSR',
	lanes: {
		'cn-kp': { short: 'CN–KP', long: 'China–North Korea' },
		'cn-ru': { short: 'CN–RU', long: 'China–Russia' },
		'kp-ru': { short: 'RU–KP', long: 'Russia–North Korea' },
		context: { short: 'Context', long: 'Wider context' }
	},
	kinds: {
		treaty: 'Treaty',
		summit: 'Summit',
		visit: 'Visit',
		statement: 'Statement',
		military: 'Military',
		sanctions: 'Sanctions',
		un: 'United Nations',
		parade: 'Parade',
		report: 'Report',
		ratification: 'Ratification',
		anniversary: 'Anniversary',
		relations: 'Diplomatic relations',
		leadership: 'Leadership',
		talks: 'Talks'
	},
	eras: {
		coldWar: 'Cold War',
		postSoviet: 'Post-Soviet years',
		ukraineWar: 'After the invasion of Ukraine'
	},
	year: (year: number) => String(year),
	daySpan: (s) => `${s.startDay}–${s.end}`,
	span: (start: string, end: string) => `${start} – ${end}`,
	comma: ', ',
	quotes: ['“', '”'] as [string, string],
	until: (date: string) => `until ${date}`,
	cardAlt: (site: string, title: string, date: string, lanes: string[]) =>
		`${site}: ${title} (${date}; ${lanes.join(', ')})`,
	siteNav: 'Site',
	account: 'Account',
	pager: 'Previous and next events',
	cite: {
		heading: 'Cite this page',
		copy: 'Copy the reference',
		files: 'For reference managers:',
		accessed:
			'The date accessed is the day this version of the site was built: change it to the day you read the page.',
		bibliography: 'Bibliography:'
	},
	history: {
		heading: 'Revision history',
		published: 'First published',
		changed: 'last changed',
		separator: '; ',
		end: '.',
		missing: 'Revision history is not available in this build.'
	},
	corrections: { heading: 'Corrections', before: 'Correction, ', after: ':' },
	share: 'Share',
	embed: {
		embed: 'Embed',
		code: 'HTML to paste into another site',
		preview: 'Preview',
		timeline: 'timeline',
		all: 'All relationships',
		earlier: 'Earlier events in the full chronicle'
	},
	copy: {
		link: { copy: 'Copy link', copied: 'Link copied', manual: 'Select and copy this link' },
		text: { copy: 'Copy', copied: 'Copied', manual: 'Select and copy this text' },
		code: { copy: 'Copy code', copied: 'Code copied', manual: 'Select and copy this code' }
	},
	triangle: {
		heading: 'Filter by relationship',
		corners: { cn: 'China', ru: 'Russia', kp: 'North Korea' },
		edge: (name: string, count: number) => `${name} (${count})`
	},
	search: {
		label: 'Search the chronicle',
		placeholder: 'e.g. treaty, Putin',
		busy: 'Preparing search…',
		unavailable: 'Search is unavailable.'
	},
	data: {
		data: 'Data',
		pairData: (name: string) => `Data for ${name}`,
		feed: (site: string) => `${site} (Atom feed)`,
		colon: ': '
	},
	notFound: {
		title: 'Page not found',
		body: 'The event or commentary you were looking for does not exist, or has moved.',
		back: 'Back to the chronicle',
		commentary: 'All commentary',
		event: 'Event not found',
		commentaryEntry: 'Commentary not found',
		year: 'No events in that year'
	},
	timelineWidget: {
		bands: 'Treaty bands',
		bandsKey: '(darker bands: treaties with a mutual military-assistance pledge)',
		minorMonth: 'MMM',
		majorMonth: 'YYYY',
		majorDay: 'MMMM YYYY',
		clusterLabel: (from: number, to: number, n: number) =>
			`${from === to ? from : `${from}–${to}`} · ${n} events`,
		clusterTitle: (label: string, titles: readonly string[]) =>
			`${label}: ${titles.slice(0, 5).join(', ')}${titles.length > 5 ? ', …' : ''} (click or Enter to open)`
	},
	/** The overview strip under the timeline: the whole chronicle drawn small. */
	overview: {
		label: 'Window shown on the timeline',
		window: (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`),
		help: 'Overview: treaty bands and events per year. Drag the window, or use ←/→ to move it, + and − to zoom, Page Up/Page Down to move a whole window, Home/End for the ends.'
	},
	pairPage: {
		title: (name: string) => `${name}: the chronology`,
		history: 'Treaties over time',
		none: 'No treaty binding this relationship is recorded.',
		pledge: 'mutual military-assistance pledge',
		plain: 'no military-assistance pledge',
		now: 'still in force',
		inForceFrom: (d: string) => `from ${d}`,
		until: (d: string) => `until ${d}`,
		signedOnly: '(from signing; entry into force not confirmed)',
		interactive: 'See this relationship on the timeline'
	},
	commentaryPage: {
		intro:
			'Articles and commentary that discuss the events in the chronicle. The summaries are ours; the views are their authors’.',
		discussed: 'Events it discusses',
		ourSummary: 'Summary of the argument (ours)',
		quotes: 'Quotes'
	},
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
	uncertaintyLegend: 'Dates',
	uncertainSpan: 'known only to the month or year (a soft band over that month or year)',
	earliestSpan: 'some sources give an earlier date (a dashed extension)',
	approximateDate: { month: 'Date known only to the month', year: 'Date known only to the year' },
	earliestDate: (when: string) => `Some sources give ${when}`,
	moreMatches: (n: number) => `${n} more on the timeline.`,
	treatyPage: {
		label: (short: string, year: string) => `${short} (${year})`,
		title: 'Treaties',
		heading: 'Treaties: sixty years of alliance clauses side by side',
		description: (n: number) =>
			`The ${number(n)} treaties of the China–Russia–North Korea triangle, from the 1950 Sino-Soviet alliance to the 2024 Russia–DPRK treaty: signing, entry into force, extension, end and key clauses.`,
		intro: (n: number) =>
			`The 2024 Russia–North Korea treaty is argued to revive, in effect, the automatic military-assistance pledge of the 1961 Soviet treaty, while the treaty China signed with Pyongyang the same year still stands. This page sets out the ${number(n)} treaties in the chronicle — their signing, entry into force, extension and end, and their key clauses — from the same data as the timeline.`,
		onThisPage: 'On this page',
		statusHeading: 'Status year by year',
		statusIntro: (from: number, today: string) =>
			`Each pair's status from ${from} to ${today}, derived from the treaty data. A year shows its status at the year's end (today, for the current year); a year in which the status changed is divided, left to right, in the order of the changes.`,
		scope: (n: number) =>
			`The strip covers only the ${number(n)} treaties on this page. Treaties the chronicle does not cover, such as the 1950 Sino-Soviet treaty of alliance, are not included.`,
		legend: 'Key',
		statuses: {
			pledge: {
				short: 'Pledge',
				long: 'A treaty with a mutual military-assistance pledge in force'
			},
			plain: { short: 'No pledge', long: 'Only a treaty without such a pledge in force' },
			none: { short: 'None', long: 'None of the treaties on this page in force' }
		},
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
} satisfies Dictionary;

export default en;
