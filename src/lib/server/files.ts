/** Reads the content folder from disk. `EVENTS_DIR` points elsewhere (benchmarks, fixtures). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentFile } from '../content/validate';

export function contentDir(): string {
	return resolve(process.env.EVENTS_DIR ?? 'events');
}

/** Every `.md` file below the folder (events and `commentary/`), with repository-relative paths. */
export function readContentFiles(dir = contentDir()): ContentFile[] {
	const root = resolve(dir);
	const label = process.env.EVENTS_DIR ? root : 'events';
	const walk = (folder: string): ContentFile[] =>
		readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) return walk(path);
			if (!entry.name.endsWith('.md') || entry.name === 'README.md') return [];
			return [{ path: join(label, relative(root, path)), raw: readFileSync(path, 'utf8') }];
		});
	return walk(root);
}
