/**
 * `npm run bench:og`: renders every preview card (each event in both languages, and the site-wide
 * cards) into an empty cache, then again with that cache warm, and prints both timings. The cache
 * is a new temporary folder, removed afterwards, so the build's `.cache/og` is left alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGS } from '../src/lib/content/schema';
import { validateContent } from '../src/lib/content/validate';
import { cardInputOf, eventCard, siteCard, type OgElement } from '../src/lib/og/template';
import { readContentFiles } from '../src/lib/server/files';
import { cardPng } from '../src/lib/server/og';

const { events, issues } = validateContent(readContentFiles());
if (issues.length > 0) throw new Error(issues.join('\n'));
const published = events.filter((event) => !event.draft);

const cards: OgElement[] = [
	...LANGS.flatMap((lang) => published.map((event) => eventCard(cardInputOf(event, lang)))),
	...LANGS.map((lang) => siteCard(lang))
];

const dir = mkdtempSync(join(tmpdir(), 'og-bench-'));

async function pass(label: string) {
	const start = performance.now();
	let drawn = 0;
	for (const card of cards) if (!(await cardPng(card, dir)).cached) drawn++;
	const ms = performance.now() - start;
	console.log(
		`${label.padEnd(5)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${cards.length} images, ` +
			`${drawn} drawn, ${cards.length - drawn} from cache  (${(ms / cards.length).toFixed(1)} ms/image)`
	);
}

console.log(
	`Preview cards: ${published.length} events × ${LANGS.length} languages + ${LANGS.length} site-wide`
);
try {
	await pass('cold');
	await pass('warm');
} finally {
	rmSync(dir, { recursive: true, force: true });
}
