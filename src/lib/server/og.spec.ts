import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phraseBoundaries } from '../phrases';
import { WORD_JOINER, eventCard, fitTitle } from '../og/template';
import { cardHash, cardPng, renderSvg } from './og';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(new TextDecoder().decode(png.slice(12, 16))).toBe('IHDR');
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = (title: string) =>
	eventCard({ lang: 'ja', title, date: '2024-06-19', end: undefined, pairs: ['kp-ru'] });

// Parsing the two Noto Sans JP files takes a few seconds the first time.
describe('preview card renderer', { timeout: 60_000 }, () => {
	it('draws a 1200×630 PNG once, then reads it back from the cache', async () => {
		const tree = card('露朝、包括的戦略パートナーシップ条約に署名');
		const first = await cardPng(tree, dir);
		expect(first.cached).toBe(false);
		expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
		expect(readdirSync(dir)).toEqual([`${first.hash}.png`]);

		const second = await cardPng(tree, dir);
		expect(second).toMatchObject({ cached: true, hash: first.hash });
		expect(Buffer.from(second.png).equals(Buffer.from(first.png))).toBe(true);
	});

	it('keys the cache by content: a changed title is a new card', () => {
		expect(cardHash(card('A'))).toMatch(/^[0-9a-f]{64}$/);
		expect(cardHash(card('A'))).toBe(cardHash(card('A')));
		expect(cardHash(card('A'))).not.toBe(cardHash(card('B')));
	});

	it('draws markup in a title as glyphs: the SVG holds paths, no text or elements from it', async () => {
		const svg = await renderSvg(card('<script>alert(1)</script><style>*{fill:red}</style>'));
		expect(svg).toMatch(/^<svg/);
		expect(svg).toContain('<path');
		expect(svg).not.toMatch(/<script|<style|<text|alert/);
	});

	it('breaks a long Japanese title between phrases only: no line of the card ends inside one', async () => {
		const titles = [
			'プーチン大統領が24年ぶりに訪朝、包括的戦略パートナーシップ条約に署名',
			'金正恩総書記がロシア極東のボストーチヌイ宇宙基地でプーチン大統領と会談、軍事協力を示唆',
			'中国の習近平国家主席が5年ぶりに訪露、プーチン大統領と「新時代の包括的戦略的協力パートナーシップ」深化で合意'
		];
		for (const title of titles) {
			const lines = await titleLines(card(title), fitTitle(title, 'ja').fontSize);
			expect(lines.join(''), title).toBe(title);
			expect(lines.length, title).toBeGreaterThan(1);
			const allowed = phraseBoundaries(title, 'ja');
			let at = 0;
			for (const line of lines.slice(0, -1)) {
				at += line.length;
				expect(allowed, `${title}: a line ends at 「${line}」`).toContain(at);
			}
		}
	});
});

/** The title's lines as satori lays them out: its `<text>` runs at the title's size, by baseline. */
async function titleLines(tree: ReturnType<typeof card>, fontSize: number): Promise<string[]> {
	const svg = await renderSvg(tree, { text: true });
	const lines = new Map<number, string>();
	const runs = svg.matchAll(
		/<text x="[^"]*" y="([^"]*)"[^>]*font-size="([^"]*)"[^>]*>([^<]*)<\/text>/g
	);
	for (const [, y, size, text] of runs) {
		if (Number(size) !== fontSize) continue;
		lines.set(Number(y), (lines.get(Number(y)) ?? '') + text.replaceAll(WORD_JOINER, ''));
	}
	return [...lines.entries()].sort(([a], [b]) => a - b).map(([, text]) => text);
}
