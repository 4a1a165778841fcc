/**
 * `npm run new-site` on a copy of this project, as a newsroom forking it for
 * another story would run it: the copy (every file git knows of, committed or
 * not, under tests/fixtures/.tmp/g1-new-site/, holding the valid fixture's
 * story in place of the project's own content) is emptied of that story,
 * given a French title, checked and built; the site it builds is the new
 * story's, with nothing of this one left, and the copy's own tests of its
 * site (tests/site/, the browser tests, the scan of src/) pass on it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { childEnv, FIXTURES, PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { storyTerms, termsIn } from '../helpers/story-terms.ts';

const COPY = join(PROJECT_ROOT, 'tests/fixtures/.tmp/g1-new-site');
const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const VITEST = join(PROJECT_ROOT, 'node_modules/vitest/vitest.mjs');

/** Runs a Node script of the copy, as `npm run` would, with `input` on stdin. */
function run(args: readonly string[], input = '', env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, args, { cwd: COPY, encoding: 'utf8', env: childEnv(env), input, timeout: 600_000 });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Copies every file git knows of (tracked or new, not ignored) that is on disk. */
function copyProject(): void {
	rmSync(COPY, { recursive: true, force: true });
	const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
	if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
	for (const path of listed.stdout.split('\0').filter(Boolean)) {
		const from = join(PROJECT_ROOT, path);
		// A file deleted in the working tree is still listed by --cached.
		if (!existsSync(from) || !lstatSync(from).isFile()) continue;
		mkdirSync(dirname(join(COPY, path)), { recursive: true });
		copyFileSync(from, join(COPY, path));
	}
	// The project's packages, one link each: node_modules/ itself stays the copy's own, so Astro's cache
	// (node_modules/.astro, which holds the verified corpus) is not the project's.
	mkdirSync(join(COPY, 'node_modules'));
	for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
		if (!['.astro', '.vite', '.vitest'].includes(name)) symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(COPY, 'node_modules', name));
	}
	// The story to replace is the valid fixture's, whatever this project's own content is (it may be a new site
	// already, or a fork's story): its content, seeds and options stand in for the project's.
	for (const folder of ['content', 'seeds']) {
		rmSync(join(COPY, folder), { recursive: true, force: true });
		cpSync(join(FIXTURES, 'valid', folder), join(COPY, folder), { recursive: true });
	}
	const config = readFileSync(join(COPY, 'astro.config.mjs'), 'utf8');
	const fixtureOptions = readFileSync(join(FIXTURES, 'valid/site-options.json'), 'utf8').trim();
	writeFileSync(join(COPY, 'astro.config.mjs'), config.replace(optionsBlock(config), `/** @type {import('./src/schemas/options.ts').SiteOptionsInput} */\nconst options = ${fixtureOptions};\n`));
	// Vitest leaves out tests/fixtures/**, which the copy's own path is under: its tests run with a config that does not.
	writeFileSync(
		join(COPY, 'vitest.copy.config.ts'),
		`import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';
export default defineConfig({ ...base, test: { ...base.test, exclude: [\`\${import.meta.dirname}/tests/fixtures/**\`, '**/node_modules/**'] } });
`,
	);
}

/** What stands between astro.config.mjs's options markers (scripts/new-site.ts). */
function optionsBlock(config: string): string {
	return config.slice(config.indexOf('\n', config.indexOf('// --- site options:')) + 1, config.indexOf('// --- end of site options ---'));
}

/** The copy's tests that read its content or its built site: the rest of `npm test` runs on fixture sites, whatever the content. */
const SITE_TESTS = [
	'tests/site',
	'tests/e2e/reader.test.ts',
	'tests/e2e/accessibility.test.ts',
	'tests/e2e/src-source-pages.test.ts',
	'tests/e2e/fig-charts.test.ts',
	'tests/e2e/gr-graph.test.ts',
	'tests/e2e/gr-lighthouse.test.ts',
	'tests/unit/no-story-in-src.test.ts',
	'tests/gates/html-validity.test.ts',
	'tests/gates/csp.test.ts',
	'tests/gates/determinism.test.ts',
	'tests/gates/page-anchors.test.ts',
];

/** The default vocabulary, which new-site keeps. */
const KEPT = ['content/kinds.yaml', 'content/relation-types.yaml'];

const NEW_SITE = ['scripts/new-site.ts', '--title', 'Harbour Inquiry 2027', '--language', 'fr'];

describe('npm run new-site', () => {
	let refused: ReturnType<typeof run>;
	let badLanguage: ReturnType<typeof run>;
	let started: ReturnType<typeof run>;
	let check: ReturnType<typeof run>;
	let build: ReturnType<typeof run>;
	let tests: ReturnType<typeof run>;
	let vocabulary: Record<string, string>;
	/** The names the copied content gave its story, and the options it was published with. */
	let oldStory: Map<string, string>;
	let oldOptions: string;
	beforeAll(() => {
		copyProject();
		vocabulary = Object.fromEntries(KEPT.map((path) => [path, readFileSync(join(COPY, path), 'utf8')]));
		oldStory = storyTerms(COPY);
		oldOptions = optionsBlock(readFileSync(join(COPY, 'astro.config.mjs'), 'utf8'));
		refused = run(NEW_SITE, 'n\n');
		badLanguage = run(['scripts/new-site.ts', '--title', 'Harbour Inquiry 2027', '--language', 'fr_FR', '--yes']);
		started = run([...NEW_SITE, '--yes']);
		check = run(['scripts/check-content.ts']);
		build = run([ASTRO, 'build', '--root', COPY]);
		// What `npm test` runs that a fork keeps and that reads its content (its global setup builds the site again, under a base).
		// Never skipped here (SKIP_SITE_BUILD=1 in this run's environment is for this run's own suites).
		tests = run([VITEST, 'run', '--config', 'vitest.copy.config.ts', ...SITE_TESTS], '', { SKIP_SITE_BUILD: '' });
	});

	it('asks first, and changes nothing when the answer is no', () => {
		expect(refused.status).toBe(1);
		expect(refused.output).toMatch(/^This deletes everything in content\/sheets\/ \(\d+ files\), content\/sources\/ \(\d+ files\), seeds\/ \(\d+ files\)(?: and content\/about\.md)?, empties content\/metrics.yaml and rewrites the options in astro.config.mjs. Go on\? \[y\/N\] Nothing was changed.\n$/);
	});

	it('refuses options the build would refuse, before changing anything', () => {
		expect(badLanguage.status).toBe(1);
		expect(badLanguage.output).toMatchInlineSnapshot(`
			"1 problem in the site options:

			astro.config.mjs options › language
			  \`language\` is "fr_FR": it is not a BCP 47 language tag.
			  Fix: Use a BCP 47 language tag such as "en", "fr" or "pt-BR".

			"
		`);
	});

	it('empties the story and keeps the vocabulary', () => {
		expect(started.output).toContain('Started "Harbour Inquiry 2027"');
		expect(started.status).toBe(0);
		for (const folder of ['content/sheets', 'content/sources', 'seeds']) expect(readdirSync(join(COPY, folder)), folder).toEqual(['.gitkeep']);
		// The old site's About page text goes with its story.
		expect(existsSync(join(COPY, 'content/about.md'))).toBe(false);
		expect(readFileSync(join(COPY, 'content/metrics.yaml'), 'utf8')).toMatch(/^\{\}$/m);
		for (const kept of KEPT) expect(readFileSync(join(COPY, kept), 'utf8'), kept).toBe(vocabulary[kept]);
		const config = readFileSync(join(COPY, 'astro.config.mjs'), 'utf8');
		expect(optionsBlock(config)).toBe(`/** @type {import('./src/schemas/options.ts').SiteOptionsInput} */\nconst options = {\n\t"title": "Harbour Inquiry 2027",\n\t"language": "fr"\n};\n`);
		expect(optionsBlock(config)).not.toBe(oldOptions);
	});

	it('leaves content that verifies', () => {
		expect(check.output).toContain('Content verified: 0 sheets, 0 sources');
		expect(check.status).toBe(0);
	});

	it('builds an empty site for the new story, in its language, with nothing of the old one', () => {
		expect(build.output).not.toMatch(/\[ERROR\]|problems? in the/);
		expect(build.status).toBe(0);
		const home = readFileSync(join(COPY, 'dist/index.html'), 'utf8');
		expect(home).toMatch(/<html lang="fr"/);
		expect(home).toContain('<title>Harbour Inquiry 2027</title>');
		expect(home).toContain('<h1>Harbour Inquiry 2027</h1>');
		// Not one name of the story the project held before (its sheets, aliases, sources, metrics…).
		expect(oldStory.size).toBeGreaterThan(0);
		expect(termsIn(oldStory, COPY, ['dist'])).toEqual([]);
	});

	it('passes the copy’s own tests of its site: content, built pages, browser, accessibility, the scan of src/', () => {
		expect(tests.output).toMatch(/Test Files {2}\d+ passed/);
		expect(tests.output).not.toMatch(/\d+ failed/);
		expect(tests.status, tests.output.slice(-3000)).toBe(0);
	});
});
