/**
 * Builds the real site once for the whole test run, under a base path, into
 * tests/fixtures/.tmp/published. The gates (links, HTML validity, browser,
 * accessibility) and the cross-link tests all read this one build.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, PROJECT_ROOT } from './helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from './helpers/published-site.ts';

export function setup() {
	// `SKIP_SITE_BUILD=1 npx vitest run tests/unit/…` runs suites that never read the built site
	// without building it (and without two such runs racing over the same folder).
	if (process.env['SKIP_SITE_BUILD'] === '1') return;
	rmSync(PUBLISHED_DIST, { recursive: true, force: true });
	const result = spawnSync(
		process.execPath,
		[join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--base', PUBLISHED_BASE, '--outDir', PUBLISHED_DIST],
		{
			cwd: PROJECT_ROOT,
			encoding: 'utf8',
			env: childEnv({ BASE_PATH: PUBLISHED_BASE }),
		},
	);
	if (result.status !== 0) throw new Error(`Building the real site for the tests failed:\n${result.stdout}\n${result.stderr}`);
}
