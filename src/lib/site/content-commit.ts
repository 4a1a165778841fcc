import { execFileSync } from 'node:child_process';

/**
 * The day, `YYYY-MM-DD`, of the newest commit that touched `content/` or
 * `seeds/` of the project at `root` (`git log -1 --format=%cs -- content seeds`):
 * the date of the content's last change, the same for the same commit on any
 * machine and any day. Undefined where that is not known: no git, not a
 * repository, no commit touching those folders (a fixture copy that git
 * ignores), or a shallow clone, whose oldest commit seems to add every file
 * and would date the content by it.
 */
export function contentCommitDate(root: string): string | undefined {
	const git = (...args: string[]) =>
		execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
	try {
		if (git('rev-parse', '--is-shallow-repository') !== 'false') return undefined;
		const date = git('log', '-1', '--format=%cs', '--', 'content', 'seeds');
		return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
	} catch {
		// No git on the machine, or `root` is not in a repository.
		return undefined;
	}
}
