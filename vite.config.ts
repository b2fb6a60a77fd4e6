import { sveltekit } from '@sveltejs/kit/vite';
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { validateContent } from './src/lib/content/validate';
import { contentDir, readContentFiles } from './src/lib/server/files';

/**
 * Validates the content before anything is built, so a bad event file stops `build` and `dev` with
 * every problem listed; in dev, editing a content file reloads the page with the new content.
 */
function content(): Plugin {
	const check = () => validateContent(readContentFiles()).issues;
	return {
		name: 'triangle-chronicle:content',
		buildStart() {
			const issues = check();
			if (issues.length > 0) {
				this.error(`The content has ${issues.length} problem(s):\n${issues.join('\n')}`);
			}
		},
		configureServer(server) {
			const dir = contentDir();
			server.watcher.add(dir);
			server.watcher.on('all', (_event, file) => {
				if (!file.endsWith('.md') || relative(dir, file).startsWith('..')) return;
				const issues = check();
				if (issues.length > 0) server.config.logger.error(issues.join('\n'));
				for (const mod of server.moduleGraph.idToModuleMap.values()) {
					if (mod.file?.includes('/lib/server/content')) server.moduleGraph.invalidateModule(mod);
				}
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

/**
 * Chunks we name ourselves. Svelte's runtime gets one: left to Rollup it is spread over several
 * shared chunks that each list dozens of names imported from the others. Kit's error page template
 * is needed only when a navigation fails; folded into a shared chunk it would load with every page.
 * So is each language's dictionary: a page fetches only its own (`loadDictionary`).
 */
function manualChunks(id: string): string | undefined {
	if (id.endsWith('/generated/shared/error-template.js')) return 'error-template';
	const dictionary = /\/src\/lib\/i18n\/(ja|en)\.ts$/.exec(id);
	if (dictionary) return `dictionary-${dictionary[1]}`;
	if (id.includes('/node_modules/svelte/src/')) return 'svelte';
	return undefined;
}

export default defineConfig({
	plugins: [content(), sveltekit()],
	build: {
		rollupOptions: {
			// Fold tiny shared chunks into their importers: each file is a request, and on a slow
			// connection two dozen small module preloads cost more than the bytes they save.
			output: {
				experimentalMinChunkSize: 20000,
				manualChunks
			}
		}
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
