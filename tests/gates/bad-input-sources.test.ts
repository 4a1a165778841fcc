/**
 * Bad stored texts through the real build and `npm run check`: each fails
 * both, with the same message, and no report shows a file outside seeds/.
 * The messages themselves are pinned in tests/unit/source-files.test.ts;
 * here they are pinned again as the build prints them.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_STORED_TEXT_BYTES } from '../../src/lib/content/stored-text-file.ts';
import { buildFixture, childEnv, prepareFixture, PROJECT_ROOT, readPage, type FixtureChanges, type FixtureSite } from '../helpers/fixture-site.ts';
import { sha256Of } from '../helpers/project.ts';

const SOURCE = 'content/sources/harbour-report.yaml';
const SEED = 'seeds/harbour-report.txt';
const CHECK = join(PROJECT_ROOT, 'scripts/check-content.ts');

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/valid');
const SOURCE_TEXT = readFileSync(join(FIXTURE, SOURCE), 'utf8');

const edit = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);
/** The fixture's source, over another stored text. */
const withText = (path: string) => SOURCE_TEXT.replace('text: seeds/harbour-report.txt', `text: ${path}`);

/**
 * The problems of a report that concern source files, as printed. Other
 * rules' problems in the fixture (if any) are other tests' business.
 */
function sourceBlocks(output: string): string[] {
	const start = output.search(/\d+ problems? in the content:/);
	if (start < 0) return [`(no content report)\n${output.slice(-2000)}`];
	return output
		.slice(start)
		.split(/\n\n/)
		.filter((block) => block.startsWith('content/sources/'))
		.map((block) => block.trimEnd());
}

/** Checks and builds a prepared fixture; both must fail with the same source problems. */
function failingPrepared(site: FixtureSite): { blocks: string[]; outputs: string } {
	const check = spawnSync(process.execPath, [CHECK, site.root], { encoding: 'utf8', env: childEnv(), timeout: 120_000 });
	const build = buildFixture(site);
	expect(check.status, check.stderr.slice(-2000)).toBe(1);
	expect(build.status, build.output.slice(-3000)).not.toBe(0);
	const blocks = sourceBlocks(build.output);
	expect(sourceBlocks(check.stderr)).toEqual(blocks);
	return { blocks, outputs: `${check.stdout}\n${check.stderr}\n${build.output}` };
}

/** The same for the valid fixture changed by `changes` and then `setup`. */
function failingBoth(name: string, changes: FixtureChanges, setup: (site: FixtureSite) => void = () => {}) {
	const site = prepareFixture('valid', `c-${name}`, changes);
	setup(site);
	return failingPrepared(site);
}

const link = (target: string) => (site: FixtureSite) => symlinkSync(target, join(site.root, SEED));

describe('bad stored texts fail check and the build with their exact message', () => {
	it.concurrent('a symbolic link to /etc/passwd', () => {
		const { blocks, outputs } = failingBoth('etc-passwd', { [SEED]: null }, link('/etc/passwd'));
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is a symbolic link (to "/etc/passwd"); links are never followed, so it was not read.
			  Fix: Replace it with a regular file directly in seeds/ that holds the article's text as retrieved.",
			]
		`);
		expect(outputs).not.toMatch(/root:x?:0:0/);
	});
	it.concurrent('a symbolic link to /proc/self/environ, cited with a wrong quote: the environment is never printed', () => {
		const { blocks, outputs } = failingBoth(
			'environ',
			{ [SEED]: null, 'content/sheets/organisations/acme-institute.md': edit('at least 1,204 flooded homes as of March 3, according', 'at least 1,240 flooded homes as of March 3, according') },
			link('/proc/self/environ'),
		);
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is a symbolic link (to "/proc/self/environ"); links are never followed, so it was not read.
			  Fix: Replace it with a regular file directly in seeds/ that holds the article's text as retrieved.",
			]
		`);
		expect(outputs).not.toContain(`PATH=${process.env.PATH}`);
		expect(outputs).not.toContain('Closest passage');
	});
	it.concurrent('a dangling symbolic link', () => {
		expect(failingBoth('dangling', { [SEED]: null }, link('gone.txt')).blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is a symbolic link (to "gone.txt"); links are never followed, so it was not read.
			  Fix: Replace it with a regular file directly in seeds/ that holds the article's text as retrieved.",
			]
		`);
	});
	it.concurrent("text naming .git/config, node_modules, the sheet's own file, a subfolder of seeds/, '..', or an absolute path", () => {
		const paths = ['.git/config', 'node_modules/astro/package.json', 'content/sheets/people/jane-doe.mdx', 'seeds/sub/x.txt', '../x.txt', '/etc/passwd'];
		const changes: FixtureChanges = { '.git/config': '[core]\n', 'seeds/sub/x.txt': 'Harbour institute warns of rising tides\n' };
		paths.forEach((path, index) => (changes[`content/sources/elsewhere-${index + 1}.yaml`] = withText(path)));
		expect(failingBoth('paths', changes).blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/elsewhere-1.yaml:12:7 text
			  The stored text ".git/config" is not a file directly in seeds/: it is outside seeds/. Only files in seeds/ are read as stored texts.
			  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/elsewhere-1.txt".",
			  "content/sources/elsewhere-2.yaml:12:7 text
			  The stored text "node_modules/astro/package.json" is not a file directly in seeds/: it is outside seeds/. Only files in seeds/ are read as stored texts.
			  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/elsewhere-2.txt".",
			  "content/sources/elsewhere-3.yaml:12:7 text
			  The stored text "content/sheets/people/jane-doe.mdx" is not a file directly in seeds/: it is outside seeds/. Only files in seeds/ are read as stored texts.
			  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/elsewhere-3.txt".",
			  "content/sources/elsewhere-4.yaml:12:7 text
			  The stored text "seeds/sub/x.txt" is not a file directly in seeds/: it is in a subfolder of seeds/. Only files in seeds/ are read as stored texts.
			  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/elsewhere-4.txt".",
			  "content/sources/elsewhere-5.yaml:12:7 text
			  The stored text "../x.txt" is not a file directly in seeds/: it goes up a folder with "..". Only files in seeds/ are read as stored texts.
			  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/elsewhere-5.txt".",
			  "content/sources/elsewhere-6.yaml:12:7 text
			  The stored text "/etc/passwd" is not a file directly in seeds/: it is an absolute path. Only files in seeds/ are read as stored texts.
			  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/elsewhere-6.txt".",
			]
		`);
	});
	it.concurrent('a seed edited after its hash was recorded', () => {
		expect(failingBoth('edited', { [SEED]: edit('1,204 flooded homes', '12,040 flooded homes') }).blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:13:9 sha256
			  The stored text seeds/harbour-report.txt has changed since its hash was recorded: \`sha256\` is 06a73370696184cf854db21a612208bd1ee5b58a6a03b88c0ed44aca937e961e, but the file's bytes hash to 498bf4074c23a02b1a8e882964b5b3c404bea7cad6a4d4d3ebb313bf98e91659.
			  Fix: If the change is deliberate, re-check every quote of this source and update sha256 to 498bf4074c23a02b1a8e882964b5b3c404bea7cad6a4d4d3ebb313bf98e91659; otherwise restore seeds/harbour-report.txt as it was retrieved (for example \`git checkout -- seeds/harbour-report.txt\`).",
			]
		`);
	});
	it.concurrent('two sources over one seed', () => {
		expect(failingBoth('shared', { 'content/sources/harbour-copy.yaml': SOURCE_TEXT.replace(/^article:\n(?: .*\n)+/m, '') }).blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-copy.yaml:1:8 source
			  No fact, role or relation cites the source "harbour-copy".
			  Fix: Cite it from a sheet (\`npm run find-quote -- harbour-copy "<words>"\` prints a citation to paste), or delete content/sources/harbour-copy.yaml.",
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is already the text of source "harbour-copy" (content/sources/harbour-copy.yaml); each stored text belongs to one source.
			  Fix: If both files describe the same article, keep one of them; otherwise save this source's own copy of its article as a file of its own, for example "seeds/harbour-report.txt".",
			]
		`);
	});
	it.concurrent('a seed that is not UTF-8, and one over the size cap', () => {
		const site = prepareFixture('valid', 'c-encoding', {
			'content/sources/latin-1.yaml': withText('seeds/latin-1.txt'),
			'content/sources/huge.yaml': withText('seeds/huge.txt'),
		});
		writeFileSync(join(site.root, 'seeds/latin-1.txt'), Buffer.from('Harbour institute warns of rising tides in the caf\xe9 and has led it since.\n', 'latin1'));
		writeFileSync(join(site.root, 'seeds/huge.txt'), 'x'.repeat(MAX_STORED_TEXT_BYTES + 1));
		expect(failingPrepared(site).blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/huge.yaml:12:7 text
			  The stored text "seeds/huge.txt" is 2,097,153 bytes, over the limit of 2,097,152 bytes (2 MiB) for a stored text; it was not read.
			  Fix: Store only the article's text, without markup, images or other pages: an article's text is far smaller (docs/content-model.md).",
			  "content/sources/latin-1.yaml:12:7 text
			  The stored text "seeds/latin-1.txt" is not UTF-8 text: byte 50 (line 1) does not belong to a valid UTF-8 character.
			  Fix: Save the text in the UTF-8 encoding, keeping its words as retrieved (for example \`iconv -f windows-1252 -t utf-8\`, if that was its encoding), and record the new file's sha256.",
			]
		`);
	});
	it.concurrent('an article marker that occurs twice', () => {
		const seed = edit('Other headlines', 'Harbour institute warns of rising tides. Other headlines');
		expect(failingBoth('marker', { [SEED]: seed, [SOURCE]: edit(/^sha256: .*$/m, `sha256: ${sha256Of(seed(readFileSync(join(FIXTURE, SEED), 'utf8')))}`) }).blocks).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:15:10 article.start
			  The article's start words "Harbour institute warns of rising tides" occur 2 times in the stored text seeds/harbour-report.txt; they must mark one place.
			  Fix: Give more of the article's first words, exactly as they stand in seeds/harbour-report.txt, until they occur only once.",
			]
		`);
	});
});

describe('the verified hash is published', () => {
	it('on the source page, in a <code>, and in /data/sources.json', () => {
		const site = prepareFixture('valid', 'c-published-hash');
		const build = buildFixture(site);
		expect(build.status, build.output.slice(-3000)).toBe(0);
		const hash = sha256Of(readFileSync(join(FIXTURE, SEED), 'utf8'));
		expect(readPage(site, 'sources/harbour-report/')).toMatch(new RegExp(`<dt>SHA-256 of the stored text</dt>\\s*<dd><code class="sha256">${hash}</code>`));
		const exported = JSON.parse(readFileSync(join(site.dist, 'data/sources.json'), 'utf8')) as { sources: { id: string; storedText: string; sha256: string }[] };
		expect(exported.sources).toMatchObject([{ id: 'harbour-report', storedText: SEED, sha256: hash }]);
	});
});
