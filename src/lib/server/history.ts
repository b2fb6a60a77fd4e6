/**
 * Each content file's revision history, read at build time from `git log --follow` of that file:
 * when the entry was first published, when it last changed, and every change with its commit
 * subject. Where the history is missing (no git, not a checkout, a shallow clone) every lookup
 * gives null and the page says so; the build never fails for it.
 */
import { execFileSync } from 'node:child_process';

import type { History, Revision } from '../types';

export type { History, Revision };

/** Runs git with these arguments and returns its output; throws when git fails or is missing. */
export type Git = (args: string[]) => string;

const SEPARATOR = '\x1f';
/** Committer date and subject, split by a unit separator, which no subject contains. */
const LOG_FORMAT = '--format=%cs%x1f%s';

/** Reads `git log --format=%cs%x1f%s` output, newest first; lines of any other shape are skipped. */
export function parseLog(output: string): Revision[] {
	return output.split('\n').flatMap((line) => {
		const at = line.indexOf(SEPARATOR);
		const date = line.slice(0, at);
		if (at < 0 || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return [];
		return [{ date, subject: line.slice(at + 1).trim() }];
	});
}

/** The history of one file from its revisions, or null when git knows none (an uncommitted file). */
export function toHistory(revisions: Revision[]): History | null {
	if (revisions.length === 0) return null;
	return { published: revisions.at(-1)!.date, changed: revisions[0].date, revisions };
}

export function gitIn(cwd: string): Git {
	return (args) =>
		execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * A memoised lookup: at most one `git log` per file, and the first lookup checks once that the
 * checkout has its whole history (a shallow clone would date every entry to its last commit).
 */
export function createHistory(git: Git): (file: string) => History | null {
	let complete: boolean | undefined;
	const cache = new Map<string, History | null>();
	const attempt = <T>(run: () => T, fallback: T) => {
		try {
			return run();
		} catch {
			return fallback;
		}
	};
	return (file) => {
		complete ??= attempt(
			() => git(['rev-parse', '--is-shallow-repository']).trim() === 'false',
			false
		);
		if (!complete) return null;
		if (!cache.has(file)) {
			const log = attempt(
				() => git(['log', '--follow', '--no-merges', LOG_FORMAT, '--', file]),
				''
			);
			cache.set(file, toHistory(parseLog(log)));
		}
		return cache.get(file)!;
	};
}

/** The history of a content file (its repository-relative or absolute path), from this checkout. */
export const historyOf = createHistory(gitIn(process.cwd()));
