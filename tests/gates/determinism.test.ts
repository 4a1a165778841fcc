/**
 * Two builds of the same content produce byte-identical output: diffs of
 * dist/ between builds then mean content changed, and caches and mirrors
 * stay valid. No exception is needed today; one would be listed here with
 * its reason.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv, PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';

/** Files whose bytes may differ between builds, with the reason. None so far. */
const ALLOWED_TO_DIFFER = new Map<string, string>();

function digests(root: string): Map<string, string> {
	const found = new Map<string, string>();
	const walk = (directory: string) => {
		for (const name of readdirSync(directory).sort()) {
			const full = join(directory, name);
			if (statSync(full).isDirectory()) walk(full);
			else found.set(relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
		}
	};
	walk(root);
	return found;
}

describe('determinism', () => {
	it('builds byte-identical output twice from the same content', () => {
		const again = join(PROJECT_ROOT, 'tests/fixtures/.tmp/published-again');
		const result = spawnSync(
			process.execPath,
			[join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--base', PUBLISHED_BASE, '--outDir', again],
			{ cwd: PROJECT_ROOT, encoding: 'utf8', env: childEnv({ BASE_PATH: PUBLISHED_BASE }) },
		);
		expect(result.status, result.stderr).toBe(0);
		const first = digests(PUBLISHED_DIST);
		const second = digests(again);
		expect([...second.keys()]).toEqual([...first.keys()]);
		const differing = [...first].filter(([file, hash]) => second.get(file) !== hash && !ALLOWED_TO_DIFFER.has(file)).map(([file]) => file);
		expect(differing).toEqual([]);
		// A whole site, not an empty folder: even a one-sheet site has pages, exports, cards and a search index.
		expect(first.size).toBeGreaterThan(30);
	});
});
