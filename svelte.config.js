import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Public origin and base path, set once at build time (see README, "Deploy"). */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const origin = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
/** Output folder; `npm run bench:scale` builds its synthetic site elsewhere so `build/` is kept. */
const out = process.env.BUILD_DIR ?? 'build';
/**
 * Kit's working folder: a build that may run beside the main one (the e2e fixture sites) needs its
 * own. Kit then warns that tsconfig.json should extend that folder's tsconfig; for a build, harmless.
 */
const kitOutDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';
/**
 * Every event and commentary page (and its reference files) is reached from the lists, so these
 * routes go unseen only when the content has no item of that kind (a new corpus without commentary). Any other unseen route
 * is a mistake and fails the build.
 */
const ITEM_ROUTES = new Set([
	'/[lang=lang]/events/[id]',
	'/[lang=lang]/events/[id]/cite.[format=cite]',
	'/[lang=lang]/commentary/[id]',
	'/[lang=lang]/commentary/[id]/cite.[format=cite]'
]);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Our components all use runes; a file without any would otherwise compile in legacy mode and
	// bring Svelte's legacy runtime into the chunk every page loads.
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('node_modules') ? undefined : { runes: true }
	},
	kit: {
		outDir: kitOutDir,
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		paths: { base, relative: false },
		// Page styles go inline: render-blocking stylesheet requests cost a round trip each on a
		// slow connection. vis-timeline's stylesheet (about 20 KB) stays a file, loaded with it.
		inlineStyleThreshold: 8192,
		prerender: {
			// Canonical and preview-card URLs are built from this origin.
			origin,
			// A broken internal link or anchor fails the build instead of shipping.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => !ITEM_ROUTES.has(route))) throw new Error(message);
			},
			entries: ['*']
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
