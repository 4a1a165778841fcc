/** The citation version: the day of the content's last change (git), else SOURCE_DATE_EPOCH, else the newest source date. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentCommitDate } from '../../src/lib/site/content-commit.ts';
import { contentVersionDate } from '../../src/lib/site/site-info.ts';

describe('the day of the content’s last commit', () => {
	let dir: string;
	const git = (cwd: string, args: string[], date = '2026-01-01T12:00:00Z') =>
		execFileSync('git', args, {
			cwd,
			stdio: 'ignore',
			env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.org' },
		});
	const commit = (repo: string, file: string, date: string) => {
		mkdirSync(join(repo, file, '..'), { recursive: true });
		writeFileSync(join(repo, file), date);
		git(repo, ['add', '-A']);
		git(repo, ['commit', '-q', '-m', file], date);
	};
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'p1-content-version-'));
		git(dir, ['init', '-q', 'repo']);
		const repo = join(dir, 'repo');
		commit(repo, 'content/sheets/people/jane-doe.md', '2026-02-03T10:00:00Z');
		commit(repo, 'seeds/harbour-report.txt', '2026-03-04T10:00:00Z');
		commit(repo, 'src/page.ts', '2026-05-06T10:00:00Z');
		git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, 'shallow']);
		mkdirSync(join(dir, 'plain'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('is the newest commit touching content/ or seeds/, not a later one elsewhere', () => {
		expect(contentCommitDate(join(dir, 'repo'))).toBe('2026-03-04');
	});

	it('is unknown outside a repository and in a shallow clone', () => {
		expect(contentCommitDate(join(dir, 'plain'))).toBeUndefined();
		expect(contentCommitDate(join(dir, 'shallow'))).toBeUndefined();
	});
});

describe('the content’s version date', () => {
	const sources = [{ data: { published: { status: 'stated', date: '2026-02-11', statedAs: '11 Feb 2026' }, retrieved: { status: 'stated', date: '2026-03', statedAs: 'March' } } }] as const;

	it('is the commit date when known, before SOURCE_DATE_EPOCH and the sources’ dates', () => {
		expect(contentVersionDate({ SOURCE_DATE_EPOCH: '1767225600' }, sources, '2026-03-20')).toBe('2026-03-20');
		expect(contentVersionDate({ SOURCE_DATE_EPOCH: '1767225600' }, sources, undefined)).toBe('2026-01-01');
		expect(contentVersionDate({}, sources, undefined)).toBe('2026-02-11');
	});
});
