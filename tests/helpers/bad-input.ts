/**
 * What every bad-input gate does: change the valid fixture, run `npm run
 * check` and the real build on it, require both to fail, and compare the
 * problems they print, which must be the same. Each gate file then pins the
 * messages of its own rules.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildFixture, childEnv, prepareFixture, PROJECT_ROOT, type FixtureChanges } from './fixture-site.ts';

const CHECK = join(PROJECT_ROOT, 'scripts/check-content.ts');

/** Replaces `from` in a fixture file; a fixture without it is a broken test, not a pass. */
export const edit = (from: string, to: string) => (text: string) => {
	if (!text.includes(from)) throw new Error(`The fixture has no "${from}"`);
	return text.replace(from, to);
};

/** The problems of a content report, one printed block each, without the count line and the hint; `keep` narrows them to one rule's. */
export function problemBlocks(output: string, keep: (block: string) => boolean = () => true): string[] {
	const start = output.search(/\d+ problems? in the content:/);
	if (start < 0) return [`(no content report)\n${output.slice(-2000)}`];
	return output
		.slice(start)
		.split(/\n\n/)
		.filter((block) => block.startsWith('content/') && keep(block))
		.map((block) => block.trimEnd());
}

/**
 * Checks and builds the valid fixture changed by `changes`, in
 * tests/fixtures/.tmp/`name`: both must fail, with the same problems, which
 * are returned for the test to pin.
 */
export function failingCheckAndBuild(name: string, changes: FixtureChanges, keep?: (block: string) => boolean): string[] {
	const site = prepareFixture('valid', name, changes);
	const check = spawnSync(process.execPath, [CHECK, site.root], { encoding: 'utf8', env: childEnv(), timeout: 120_000 });
	expect(check.status, check.stderr.slice(-2000)).toBe(1);
	const build = buildFixture(site);
	expect(build.status, build.output.slice(-3000)).not.toBe(0);
	const blocks = problemBlocks(check.stderr, keep);
	expect(problemBlocks(build.output, keep)).toEqual(blocks);
	return blocks;
}
