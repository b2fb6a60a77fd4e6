/**
 * Synthetic but valid events for the benchmarks: random dates 1950–2025, spread evenly over the
 * three pairs and the context lane, both languages, one https source each. Seeded, so every run
 * of `bench:scale` builds the same content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LANES = [
	{ pairs: ['cn-kp'], countries: ['CN', 'KP'] },
	{ pairs: ['cn-ru'], countries: ['CN', 'RU'] },
	{ pairs: ['kp-ru'], countries: ['KP', 'RU'] },
	{ pairs: [], countries: ['US', 'JP'] }
];
const KINDS = ['summit', 'visit', 'statement', 'military', 'sanctions', 'report'];

/** mulberry32: a tiny seeded generator, good enough to spread dates. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Writes `count` event files into `dir` (created if missing) and returns their ids. */
export function writeSyntheticEvents(dir: string, count: number, seed = 7): string[] {
	mkdirSync(dir, { recursive: true });
	const next = random(seed);
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const year = 1950 + Math.floor(next() * 76);
		const date = `${year}-${pad(1 + Math.floor(next() * 12))}-${pad(1 + Math.floor(next() * 28))}`;
		const lane = LANES[i % LANES.length];
		const kind = KINDS[Math.floor(next() * KINDS.length)];
		const id = `${date}-synthetic-${i}`;
		ids.push(id);
		const text = [
			'---',
			`date: '${date}'`,
			`countries: [${lane.countries.join(', ')}]`,
			`pairs: [${lane.pairs.join(', ')}]`,
			`kind: ${kind}`,
			'title:',
			`  ja: 合成イベント 第${i}号`,
			`  en: Synthetic event number ${i}`,
			'summary:',
			`  ja: ベンチマーク用に生成した架空の出来事(第${i}号)。`,
			`  en: A made-up event number ${i}, generated for the benchmarks.`,
			'sources:',
			`  - title: Synthetic source ${i}`,
			'    publisher: Benchmark',
			`    date: '${date}'`,
			`    url: https://example.org/synthetic/${i}`,
			'    lang: en',
			'---',
			'<!-- ja -->',
			`ベンチマーク用の本文(第${i}号)。`,
			'',
			'<!-- en -->',
			`Body text for the benchmark, event ${i}.`,
			''
		].join('\n');
		writeFileSync(join(dir, `${id}.md`), text);
	}
	return ids;
}
