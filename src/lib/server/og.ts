/**
 * Renders preview cards at build time: template → satori (SVG, text drawn as paths with Noto Sans
 * JP) → resvg (PNG). PNGs are cached in `.cache/og/<sha256>.png` (or `OG_CACHE_DIR`), keyed by
 * everything that affects the pixels, so an unchanged card is read back instead of re-rendered.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { SatoriOptions } from 'satori';
import { OG_HEIGHT, OG_WIDTH } from '../og/meta';
import { FONT_FAMILY, TEMPLATE_VERSION, type OgElement } from '../og/template';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';
const FONT_FILES = [
	{ weight: 400, file: `${FONT_PACKAGE}/400Regular/NotoSansJP_400Regular.ttf` },
	{ weight: 700, file: `${FONT_PACKAGE}/700Bold/NotoSansJP_700Bold.ttf` }
] as const;

/** Resolved through Node, not bundled: the build's server code finds them in node_modules. */
const fontPaths = () => FONT_FILES.map((font) => ({ ...font, path: require.resolve(font.file) }));

/** Versions and sizes of what draws the card; a change to any of them makes every card new. */
function rendererIdentity(): string {
	const version = (name: string) =>
		(
			JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
				version: string;
			}
		).version;
	return JSON.stringify({
		template: TEMPLATE_VERSION,
		satori: version('satori'),
		resvg: version('@resvg/resvg-js'),
		font: version(FONT_PACKAGE),
		fonts: fontPaths().map((font) => [font.weight, statSync(font.path).size])
	});
}

let identity: string | undefined;
/** Fonts are parsed once per process (satori caches by the array), and only if a card is drawn. */
let fonts: SatoriOptions['fonts'] | undefined;

function loadFonts(): SatoriOptions['fonts'] {
	fonts ??= fontPaths().map((font) => ({
		name: FONT_FAMILY,
		data: readFileSync(font.path),
		weight: font.weight,
		style: 'normal' as const
	}));
	return fonts;
}

function cacheDir(): string {
	return resolve(process.env.OG_CACHE_DIR ?? '.cache/og');
}

/** The cache key: the element tree holds every text, size and colour; the identity the rest. */
export function cardHash(tree: OgElement): string {
	identity ??= rendererIdentity();
	return createHash('sha256')
		.update(identity)
		.update('\0')
		.update(JSON.stringify(tree))
		.digest('hex');
}

/**
 * The card as SVG, every glyph drawn as a path (so no text, let alone markup, is left in it). With
 * `text: true`, text is left as positioned `<text>` runs instead, for tests that read the layout.
 */
export async function renderSvg(tree: OgElement, { text = false } = {}): Promise<string> {
	// Imported on first use: loading satori takes a second, which a build with a warm cache skips.
	const { default: satori } = await import('satori');
	// satori's types expect React nodes; our tree is the plain-object form it documents.
	return satori(tree as unknown as Parameters<typeof satori>[0], {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts: loadFonts(),
		embedFont: !text
	});
}

/** Draws a card without the cache. */
export async function renderCard(tree: OgElement): Promise<Uint8Array> {
	const svg = await renderSvg(tree);
	const { Resvg } = await import('@resvg/resvg-js');
	// Text is already paths, so resvg needs no fonts of its own (loading system fonts is slow).
	return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
		.render()
		.asPng();
}

export interface CardResult {
	png: Uint8Array;
	hash: string;
	cached: boolean;
}

/** A card's PNG from the cache, or drawn and stored there. */
export async function cardPng(tree: OgElement, dir = cacheDir()): Promise<CardResult> {
	const hash = cardHash(tree);
	const file = join(dir, `${hash}.png`);
	try {
		return { png: readFileSync(file), hash, cached: true };
	} catch {
		// Not cached yet.
	}
	const png = await renderCard(tree);
	mkdirSync(dir, { recursive: true });
	// Write then rename, so a build interrupted mid-write never leaves a broken PNG in the cache.
	const temp = `${file}.${process.pid}.tmp`;
	writeFileSync(temp, png);
	renameSync(temp, file);
	return { png, hash, cached: false };
}

/** The response for a prerendered card endpoint. */
export async function cardResponse(tree: OgElement): Promise<Response> {
	const { png } = await cardPng(tree);
	return new Response(png as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
}
