import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHistory, gitIn, parseLog, toHistory, type Git } from './history';

/** Output of `git log --name-status -M --format=%x1e%cs%x1f%s -- events`, newest first. */
const LOG = [
	'\x1e2026-11-30\x1fDrop the duplicate',
	'',
	'D\tevents/2024-01-02-duplicate.md',
	'\x1e2026-11-29\x1fContent review D1: Pentagon, certainty note on State Dept 11-12',
	'',
	'M\tevents/2024-12-16-pentagon.md',
	'M\tevents/2024-06-19-treaty.md',
	'\x1e2026-11-28\x1fRename: the date is known to the day',
	'',
	'R091\tevents/2024-12-pentagon.md\tevents/2024-12-16-pentagon.md',
	'\x1e2026-11-27\x1fEvents: tabs\tand | pipes; "quotes" stay',
	'',
	'M\tevents/2024-12-pentagon.md',
	'M\tevents/2024-01-02-duplicate.md',
	'\x1e2026-11-26\x1fChronicle core: content schema and validator',
	'',
	'A\tevents/2024-12-pentagon.md',
	'A\tevents/2024-06-19-treaty.md',
	'A\tevents/2024-01-02-duplicate.md',
	''
].join('\n');

describe('parseLog', () => {
	const histories = parseLog(LOG);

	it("gives each file its commits' dates and subjects, newest first", () => {
		expect(histories.get('events/2024-06-19-treaty.md')).toEqual([
			{
				date: '2026-11-29',
				subject: 'Content review D1: Pentagon, certainty note on State Dept 11-12'
			},
			{ date: '2026-11-26', subject: 'Chronicle core: content schema and validator' }
		]);
	});

	it('follows a file across a rename, under its newest name', () => {
		expect(histories.get('events/2024-12-16-pentagon.md')?.map((r) => r.date)).toEqual([
			'2026-11-29',
			'2026-11-28',
			'2026-11-27',
			'2026-11-26'
		]);
		expect(histories.get('events/2024-12-16-pentagon.md')?.[2].subject).toBe(
			'Events: tabs\tand | pipes; "quotes" stay'
		);
		expect(histories.has('events/2024-12-pentagon.md')).toBe(false);
	});

	it('leaves out a file deleted for good', () => {
		expect(histories.has('events/2024-01-02-duplicate.md')).toBe(false);
	});

	it('keeps a re-added file to the history after its addition', () => {
		const readded = parseLog(
			[
				'\x1e2026-02-01\x1fAdd it again',
				'',
				'A\tevents/a.md',
				'\x1e2026-01-15\x1fRemove it',
				'',
				'D\tevents/a.md',
				'\x1e2026-01-01\x1fAdd it',
				'',
				'A\tevents/a.md'
			].join('\n')
		);
		expect(readded.get('events/a.md')).toEqual([{ date: '2026-02-01', subject: 'Add it again' }]);
	});

	it('skips what is not a commit (warnings, blank output)', () => {
		expect(parseLog('warning: something\n')).toEqual(new Map());
		expect(parseLog('')).toEqual(new Map());
	});
});

describe('toHistory', () => {
	it('dates the first publication by the oldest revision and the last change by the newest', () => {
		const history = toHistory(parseLog(LOG).get('events/2024-12-16-pentagon.md'))!;
		expect([history.published, history.changed, history.revisions.length]).toEqual([
			'2026-11-26',
			'2026-11-29',
			4
		]);
	});

	it('is null for a file git does not know', () => {
		expect(toHistory(undefined)).toBeNull();
	});
});

describe('createHistory', () => {
	function fakeGit(shallow: string | Error, prefix = '') {
		const calls: string[][] = [];
		const git: Git = (args) => {
			calls.push(args);
			if (args[0] === 'rev-parse') {
				if (shallow instanceof Error) throw shallow;
				return `${shallow}\n${prefix}\n`;
			}
			return LOG.replaceAll('events/', `${prefix}events/`);
		};
		return { git, calls };
	}

	it('runs git twice in all, however many files are looked up', () => {
		const { git, calls } = fakeGit('false');
		const historyOf = createHistory(git, '/repo', 'events');
		expect(historyOf('events/2024-06-19-treaty.md')?.changed).toBe('2026-11-29');
		expect(historyOf('/repo/events/2024-12-16-pentagon.md')?.published).toBe('2026-11-26');
		expect(historyOf('events/2024-01-02-duplicate.md')).toBeNull();
		expect(calls.map((args) => args.at(-1))).toEqual(['--show-prefix', '/repo/events']);
	});

	it('finds files when the site is a folder of its repository', () => {
		const { git } = fakeGit('false', 'site/');
		const historyOf = createHistory(git, '/repo/site', 'events');
		expect(historyOf('events/2024-06-19-treaty.md')?.revisions).toHaveLength(2);
	});

	it('gives no history in a shallow clone, without reading any log', () => {
		const { git, calls } = fakeGit('true');
		expect(createHistory(git, '/repo', 'events')('events/2024-06-19-treaty.md')).toBeNull();
		expect(calls).toHaveLength(1);
	});

	it('gives no history when git is missing or this is no checkout', () => {
		const missing = Object.assign(new Error('spawnSync git ENOENT'), { code: 'ENOENT' });
		expect(createHistory(fakeGit(missing).git, '/repo', 'events')('events/a.md')).toBeNull();
		const notRepo = mkdtempSync(join(tmpdir(), 'no-checkout-'));
		try {
			expect(createHistory(gitIn(notRepo), notRepo, 'events')('events/a.md')).toBeNull();
		} finally {
			rmSync(notRepo, { recursive: true, force: true });
		}
	});

	it('gives no history when git log itself fails', () => {
		const git: Git = (args) => {
			if (args[0] === 'rev-parse') return 'false\n\n';
			throw new Error('fatal: bad revision');
		};
		expect(createHistory(git, '/repo', 'events')('events/a.md')).toBeNull();
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

	it('follows a file across a rename, as git log --follow does, and leaves out other files', () => {
		git(['init', '-q']);
		mkdirSync(join(dir, 'events'));
		writeFileSync(join(dir, 'events/old.md'), 'first version of the entry\n'.repeat(5));
		writeFileSync(join(dir, 'README.md'), 'not content\n');
		commit('Add the entry', '2026-01-02T10:00:00Z');
		writeFileSync(join(dir, 'events/other.md'), 'another entry\n');
		commit('Add another entry', '2026-01-03T10:00:00Z');
		git(['mv', 'events/old.md', 'events/new.md']);
		commit('Rename the entry', '2026-01-04T10:00:00Z');
		writeFileSync(join(dir, 'events/new.md'), 'first version of the entry\n'.repeat(5) + 'fixed\n');
		commit('Correct the entry', '2026-01-05T10:00:00Z');
		const follow = git(['log', '--follow', '--format=%cs %s', '--', 'events/new.md']);
		const history = createHistory(git, dir, 'events')('events/new.md')!;
		expect(history.revisions.map((r) => `${r.date} ${r.subject}`)).toEqual(
			follow.trim().split('\n')
		);
		expect(history).toEqual({
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
