import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHistory, gitIn, parseLog, toHistory, type Git } from './history';

/** Output of `git log --follow --format=%cs%x1f%s`, as git prints it. */
const LOG = [
	'2026-11-29\x1fContent review D1: Pentagon, certainty note on State Dept 11-12',
	'2026-11-27\x1fEvents: tabs\tand | pipes; "quotes" stay',
	'2026-11-26\x1fChronicle core: content schema and validator',
	''
].join('\n');

describe('parseLog', () => {
	it('reads date and subject of each revision, newest first', () => {
		expect(parseLog(LOG)).toEqual([
			{
				date: '2026-11-29',
				subject: 'Content review D1: Pentagon, certainty note on State Dept 11-12'
			},
			{ date: '2026-11-27', subject: 'Events: tabs\tand | pipes; "quotes" stay' },
			{ date: '2026-11-26', subject: 'Chronicle core: content schema and validator' }
		]);
	});

	it('skips lines that are not revisions (warnings, blank lines)', () => {
		expect(parseLog('warning: something\n\n2026-01-02\x1fOne\nnot-a-date\x1fTwo\n')).toEqual([
			{ date: '2026-01-02', subject: 'One' }
		]);
	});
});

describe('toHistory', () => {
	it('dates the first publication by the oldest revision and the last change by the newest', () => {
		const history = toHistory(parseLog(LOG))!;
		expect([history.published, history.changed, history.revisions.length]).toEqual([
			'2026-11-26',
			'2026-11-29',
			3
		]);
	});

	it('is null for a file git does not know', () => {
		expect(toHistory(parseLog(''))).toBeNull();
	});
});

describe('createHistory', () => {
	function fakeGit(shallow: string | Error, log = LOG) {
		const calls: string[][] = [];
		const git: Git = (args) => {
			calls.push(args);
			if (args[0] === 'rev-parse') {
				if (shallow instanceof Error) throw shallow;
				return `${shallow}\n`;
			}
			return log;
		};
		return { git, calls };
	}

	it('runs one git log per file, however often it is asked', () => {
		const { git, calls } = fakeGit('false');
		const historyOf = createHistory(git);
		historyOf('events/a.md');
		historyOf('events/a.md');
		expect(historyOf('events/b.md')?.changed).toBe('2026-11-29');
		expect(calls.map((args) => args.at(-1))).toEqual([
			'--is-shallow-repository',
			'events/a.md',
			'events/b.md'
		]);
	});

	it('gives no history in a shallow clone, without reading any log', () => {
		const { git, calls } = fakeGit('true');
		expect(createHistory(git)('events/a.md')).toBeNull();
		expect(calls).toHaveLength(1);
	});

	it('gives no history when git is missing or this is no checkout', () => {
		const missing = Object.assign(new Error('spawnSync git ENOENT'), { code: 'ENOENT' });
		expect(createHistory(fakeGit(missing).git)('events/a.md')).toBeNull();
		const notRepo = mkdtempSync(join(tmpdir(), 'no-checkout-'));
		try {
			expect(createHistory(gitIn(notRepo))('events/a.md')).toBeNull();
		} finally {
			rmSync(notRepo, { recursive: true, force: true });
		}
	});

	it('gives no history when git log itself fails', () => {
		const git: Git = (args) => {
			if (args[0] === 'rev-parse') return 'false';
			throw new Error('fatal: bad revision');
		};
		expect(createHistory(git)('events/a.md')).toBeNull();
	});
});

describe('historyOf in a real repository', () => {
	const dir = mkdtempSync(join(tmpdir(), 'history-'));
	const git = gitIn(dir);
	const commit = (subject: string, date: string) => {
		git(['add', '-A']);
		execFileSync(
			'git',
			['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', subject],
			{ cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } }
		);
	};
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('follows a file across a rename and leaves out other files', () => {
		git(['init', '-q']);
		writeFileSync(join(dir, 'old.md'), 'first version of the entry\n'.repeat(5));
		commit('Add the entry', '2026-01-02T10:00:00Z');
		writeFileSync(join(dir, 'other.md'), 'another entry\n');
		commit('Add another entry', '2026-01-03T10:00:00Z');
		git(['mv', 'old.md', 'new.md']);
		commit('Rename the entry', '2026-01-04T10:00:00Z');
		writeFileSync(join(dir, 'new.md'), 'first version of the entry\n'.repeat(5) + 'fixed\n');
		commit('Correct the entry', '2026-01-05T10:00:00Z');
		expect(createHistory(git)('new.md')).toEqual({
			published: '2026-01-02',
			changed: '2026-01-05',
			revisions: [
				{ date: '2026-01-05', subject: 'Correct the entry' },
				{ date: '2026-01-04', subject: 'Rename the entry' },
				{ date: '2026-01-02', subject: 'Add the entry' }
			]
		});
	});
});
