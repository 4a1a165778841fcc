/**
 * Builds tiny fixture sites with the project's real configuration and pages.
 * A fixture folder holds content/, seeds/ and site-options.json (the site's
 * options, as a site owner writes them in astro.config.mjs: each fixture is a
 * site of its own, with its own title and language); each build copies it to
 * tests/fixtures/.tmp/<name>/ (inside the project, so that the site's modules
 * resolve the project's node_modules), applies the test's changes, writes an
 * astro.config.mjs that points at the project's src/, and runs `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures');
const TMP = join(FIXTURES, '.tmp');
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** A change to a fixture: replace a file's text, or edit it with a function. */
export type FixtureChanges = Record<string, string | ((text: string) => string) | null>;

export interface FixtureSite {
	readonly root: string;
	readonly dist: string;
}

/** Copies `fixture` to a fresh folder named `name` and applies `changes` (null deletes a file). */
export function prepareFixture(fixture: string, name: string, changes: FixtureChanges = {}, configExtra = ''): FixtureSite {
	const root = join(TMP, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(join(FIXTURES, fixture), root, { recursive: true });
	for (const [path, change] of Object.entries(changes)) {
		const file = join(root, path);
		if (change === null) {
			rmSync(file, { force: true });
			continue;
		}
		mkdirSync(dirname(file), { recursive: true });
		const text = typeof change === 'function' ? change(readFileSync(file, 'utf8')) : change;
		if (typeof change === 'function' && text === readFileSync(file, 'utf8')) {
			// A change that changes nothing would make a test pass for the wrong reason.
			throw new Error(`The change to ${path} in fixture "${name}" left the file unchanged.`);
		}
		writeFileSync(file, text);
	}
	const optionsFile = join(root, 'site-options.json');
	if (!existsSync(optionsFile)) throw new Error(`Fixture "${fixture}" has no site-options.json: give it the options its astro.config.mjs would have.`);
	const options = readFileSync(optionsFile, 'utf8').trim();
	const src = JSON.stringify(join(PROJECT_ROOT, 'src'));
	const publicDir = JSON.stringify(join(PROJECT_ROOT, 'public'));
	writeFileSync(
		join(root, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import { factSheetsConfig } from ${JSON.stringify(join(PROJECT_ROOT, 'src/integration/config.ts'))};
export default defineConfig(factSheetsConfig(${options}, { srcDir: ${src}, publicDir: ${publicDir}${configExtra} }));
`,
	);
	return { root, dist: join(root, 'dist') };
}

/**
 * The environment for a child build: this process's, without the variables a
 * Vitest worker injects (`BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`, which Vite
 * would take as the child's own `import.meta.env`, so that a child built
 * with `--base /x/` would still link to `/`) and Vitest's own, plus `extra`.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
	for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) if (!(name in extra)) delete env[name];
	// Nor is the child a test run: with VITEST set, `astro dev` answers 404 to every page.
	for (const name of Object.keys(env)) if (name.startsWith('VITEST') && !(name in extra)) delete env[name];
	return env;
}

export interface BuildResult {
	readonly status: number | null;
	/** stdout and stderr together, without colour codes. */
	readonly output: string;
}

/** Runs `astro build` in a prepared fixture with the Node that runs the tests. */
export function buildFixture(site: FixtureSite, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [ASTRO, 'build', '--root', site.root], {
		cwd: site.root,
		encoding: 'utf8',
		env: childEnv(env),
		timeout: 300_000,
	});
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
	return { status: result.status, output };
}

/** Reads a built page; fails the test with the list of pages when it is missing. */
export function readPage(site: FixtureSite, path: string): string {
	const file = join(site.dist, path, path.endsWith('.html') ? '' : 'index.html');
	if (!existsSync(file)) throw new Error(`No page ${path} in ${site.dist}`);
	return readFileSync(file, 'utf8');
}
