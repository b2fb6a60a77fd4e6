/**
 * The house rules of docs/editorial.md that a machine can check, on one event: the written form of
 * Russia in Japanese, acceptable sources, clean and distinct URLs. Pure.
 */
import { problem } from './error-map';
import type { ChronicleEvent } from './schema';

/**
 * Hosts refused as sources: personal blogs, aggregators, and bare mirrors of an original we can
 * cite instead (docs/editorial.md, "Sources"). An entry also refuses its subdomains; a bare name
 * (`drivingcreative`, a mirror whose domain we saw only in part) refuses it under any domain.
 */
export const REFUSED_HOSTS = [
	// Personal blogs and self-published pages.
	'fc2.com',
	'tedmontgomery.com',
	'thenovelorange.com',
	'historydraft.com',
	'ctjtkj.com',
	// Aggregators, wire-copy sites and press-release wires.
	'shooba.com.cn',
	'einpresswire.com',
	'oodaloop.com',
	'canindia.com',
	'thairesidents.com',
	// Bare mirrors and copies of other publishers' pages and documents.
	'occasionaldigest.com',
	'thenewsintel.com',
	'vinapk.com',
	'marxists.pages.dev',
	'docslib.org',
	'3gbook.com',
	'dvincitest.com',
	'drivingcreative'
];

/** Query parameters that only track the reader: `utm_source`, `fbclid`… */
const TRACKING =
	/^(utm_.+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i;

/** Katakana ロ for Russia beside another country's kanji: ロ朝, 中ロ, 日ロ (not ロシア, マクロ). */
const RUSSIA_AS_RO = /[中朝日韓米露]ロ(?![ァ-ヺー])|(?<![ァ-ヺー])ロ[中朝日韓米露]/g;
/** Quoted proper names keep their own form: 「朝ロ共同宣言」. */
const QUOTED = /「[^」]*」|『[^』]*』/g;

/** `www.fc2.com` ends in `.fc2.com`; a bare name is one label of the host, wherever it is. */
const refused = (host: string) =>
	REFUSED_HOSTS.some((entry) =>
		entry.includes('.') ? `.${host}`.endsWith(`.${entry}`) : host.split('.').includes(entry)
	);

/** Every house rule the event breaks, as `file: field: expected …, found …`. */
export function editorialIssues(event: ChronicleEvent): string[] {
	const issues: string[] = [];
	const fail = (field: string, expected: string, found: string) =>
		issues.push(problem(event.file, field, expected, found));

	for (const field of ['title', 'summary'] as const) {
		for (const [form] of event[field].ja.replace(QUOTED, '').matchAll(RUSSIA_AS_RO))
			fail(`${field}.ja`, '露 for Russia (露朝, 中露, 日露)', JSON.stringify(form));
	}

	const urls = event.sources.map((source) => new URL(source.url));
	if (urls.every((url) => /(^|\.)wikipedia\.org$/.test(url.hostname)))
		fail('sources', 'a source besides Wikipedia', 'only Wikipedia');
	urls.forEach((url, i) => {
		const field = `sources[${i}].url`;
		if (refused(url.hostname))
			fail(
				field,
				'a host not on the refused list (blogs, aggregators, bare mirrors)',
				url.hostname
			);
		const tracking = [...url.searchParams.keys()].filter((key) => TRACKING.test(key));
		if (tracking.length > 0) fail(field, 'a URL without tracking parameters', tracking.join(', '));
		const first = urls.findIndex((other) => other.href === url.href);
		if (first < i) fail(field, 'each URL once in an event', `the URL of sources[${first}]`);
	});
	return issues;
}
