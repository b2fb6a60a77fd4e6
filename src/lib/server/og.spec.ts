import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventCard } from '../og/template';
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
});
