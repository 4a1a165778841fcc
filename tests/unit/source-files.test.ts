/**
 * Pinned, confined stored texts: each source's `text` is a regular UTF-8 file
 * directly in seeds/, read without following links, under the size cap,
 * belonging to one source, with its SHA-256 recorded; the article's markers
 * occur once. Paths are checked on inline projects; links, encodings and
 * sizes on real files in a temporary copy of the valid fixture, read by the
 * real readProjectFiles.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { MAX_STORED_TEXT_BYTES, readStoredTextFile } from '../../src/lib/content/stored-text-file.ts';
import { sourcesExport, type ExportContext } from '../../src/lib/exports/data-exports.ts';
import { formatProblem, formatReport } from '../../src/lib/problems.ts';
import { sourcesExportSchema } from '../../src/schemas/index.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { FIXTURES } from '../helpers/fixture-site.ts';
import { ARTICLE, SOURCE, sha256Of, siteFromCorpus, validProject } from '../helpers/project.ts';

const SOURCE_FILE = 'content/sources/daily.yaml';
const ARTICLE_SHA256 = sha256Of(ARTICLE);

/** The problems of the stored texts: those in source files (other rules' problems are other tests' business). */
function sourceProblems(files: Parameters<typeof verifyProject>[0]): string[] {
	return verifyProject(files)
		.problems.filter((problem) => problem.file.startsWith('content/sources/'))
		.map(formatProblem);
}
const inline = (overrides: Record<string, string | undefined>) => sourceProblems(validProject(overrides));
const withText = (path: string) => inline({ [SOURCE_FILE]: SOURCE.replace('text: seeds/daily.txt', `text: ${path}`) });

describe('a stored text is a file directly in seeds/', () => {
	it('refuses a file elsewhere in the project: .git/config, node_modules, the sheet itself', () => {
		const files = { '.git/config': '[core]', 'node_modules/pkg/README.md': 'x', 'content/sheets/people/ann-lee.mdx': 'x' };
		for (const path of Object.keys(files)) {
			const project = validProject({ ...files, [SOURCE_FILE]: SOURCE.replace('text: seeds/daily.txt', `text: ${path}`) });
			expect(sourceProblems(project)).toEqual([
				`content/sources/daily.yaml:11:7 text
  The stored text "${path}" is not a file directly in seeds/: it is outside seeds/. Only files in seeds/ are read as stored texts.
  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/daily.txt".`,
			]);
		}
	});
	it('refuses a subfolder of seeds/, "..", an absolute path and backslashes', () => {
		expect([...withText('seeds/sub/x.txt'), ...withText('../x.txt'), ...withText('seeds/../seeds/daily.txt'), ...withText('/etc/passwd'), ...withText('seeds\\daily.txt')])
			.toMatchInlineSnapshot(`
				[
				  "content/sources/daily.yaml:11:7 text
				  The stored text "seeds/sub/x.txt" is not a file directly in seeds/: it is in a subfolder of seeds/. Only files in seeds/ are read as stored texts.
				  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/daily.txt".",
				  "content/sources/daily.yaml:11:7 text
				  The stored text "../x.txt" is not a file directly in seeds/: it goes up a folder with "..". Only files in seeds/ are read as stored texts.
				  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/daily.txt".",
				  "content/sources/daily.yaml:11:7 text
				  The stored text "seeds/../seeds/daily.txt" is not a file directly in seeds/: it goes up a folder with "..". Only files in seeds/ are read as stored texts.
				  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/daily.txt".",
				  "content/sources/daily.yaml:11:7 text
				  The stored text "/etc/passwd" is not a file directly in seeds/: it is an absolute path. Only files in seeds/ are read as stored texts.
				  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/daily.txt".",
				  "content/sources/daily.yaml:11:7 text
				  The stored text "seeds\\daily.txt" is not a file directly in seeds/: it contains a backslash (write paths with forward slashes). Only files in seeds/ are read as stored texts.
				  Fix: Save the article's text, as retrieved, in a file directly in seeds/ and give its path from the project root, for example "seeds/daily.txt".",
				]
			`);
	});
	it('never asks the disk for a path outside seeds/', () => {
		expect(() => readStoredTextFile('/', 'etc/passwd')).toThrow('Refusing to read the stored text "etc/passwd": it is outside seeds/.');
		expect(() => readStoredTextFile('/', '../etc/passwd')).toThrow(/goes up a folder/);
	});
	it('leaves a source whose text cannot be read out of the corpus, so no quote is checked against it', () => {
		const { corpus } = verifyProject(validProject({ [SOURCE_FILE]: SOURCE.replace('text: seeds/daily.txt', 'text: /etc/passwd') }));
		expect(corpus.sources.has('daily')).toBe(false);
		expect(corpus.unloaded.sources.has('daily')).toBe(true);
	});
});

describe('each stored text belongs to one source', () => {
	it('reports the second source over the same seed', () => {
		expect(inline({ 'content/sources/daily-copy.yaml': SOURCE.replace('end: since 2020.', 'end: a cat was rescued.') })).toMatchInlineSnapshot(`
			[
			  "content/sources/daily-copy.yaml:1:8 source
			  No fact, role or relation cites the source "daily-copy".
			  Fix: Cite it from a sheet (\`npm run find-quote -- daily-copy "<words>"\` prints a citation to paste), or delete content/sources/daily-copy.yaml.",
			  "content/sources/daily-copy.yaml:11:7 text
			  The stored text "seeds/daily.txt" is already the text of source "daily" (content/sources/daily.yaml); each stored text belongs to one source.
			  Fix: If both files describe the same article, keep one of them; otherwise save this source's own copy of its article as a file of its own, for example "seeds/daily-copy.txt".",
			]
		`);
	});
});

describe('the SHA-256 of a stored text pins it', () => {
	it('accepts the hash of the bytes, and hands it to the site', () => {
		const { corpus } = verifyProject(validProject());
		expect(corpus.sources.get('daily')?.data.sha256).toBe(ARTICLE_SHA256);
	});
	it('carries the verified hash to the site and the sources export', () => {
		const site = siteFromCorpus(verifyProject(validProject()).corpus);
		expect(site.sources.get('daily')?.data.sha256).toBe(ARTICLE_SHA256);
		const context: ExportContext = { absolute: (path) => `https://e.org${path}`, schemaUrl: (name) => `https://e.org/${name}.schema.json`, passages: {} };
		const exported = sourcesExportSchema.parse(sourcesExport(site, context));
		expect(exported.sources[0]).toMatchObject({ id: 'daily', storedText: 'seeds/daily.txt', sha256: ARTICLE_SHA256 });
	});
	it('reports a seed edited after its hash was recorded, naming both hashes', () => {
		const edited = ARTICLE.replace('at least 312', 'at least 3,120');
		expect(inline({ 'seeds/daily.txt': edited })).toEqual([
			`content/sources/daily.yaml:15:9 sha256
  The stored text seeds/daily.txt has changed since its hash was recorded: \`sha256\` is ${ARTICLE_SHA256}, but the file's bytes hash to ${sha256Of(edited)}.
  Fix: If the change is deliberate, re-check every quote of this source and update sha256 to ${sha256Of(edited)}; otherwise restore seeds/daily.txt as it was retrieved (for example \`git checkout -- seeds/daily.txt\`).`,
		]);
	});
	it('still checks the quotes against an edited seed, so the report shows what the edit broke', () => {
		const { problems } = verifyProject(validProject({ 'seeds/daily.txt': ARTICLE.replace('at least 312', 'at least 3,120') }));
		expect(problems.some((problem) => problem.file === 'content/sheets/organisations/council.mdx' && problem.field === 'citations[0].quote')).toBe(true);
	});
	it('gives the hash to paste when none is recorded, and never writes it', () => {
		expect(inline({ [SOURCE_FILE]: SOURCE.replace(/^sha256: .*\n/m, '') })).toEqual([
			`content/sources/daily.yaml:11:7 sha256
  The source does not record the SHA-256 of its stored text "seeds/daily.txt"; its bytes now hash to ${ARTICLE_SHA256}.
  Fix: Check every quote of this source against seeds/daily.txt, then add \`sha256: ${ARTICLE_SHA256}\` below \`text:\` (sha256sum seeds/daily.txt prints the same hash).`,
		]);
	});
	it('reports a hash not written as sha256sum writes it', () => {
		expect(inline({ [SOURCE_FILE]: SOURCE.replace(/^sha256: .*$/m, `sha256: ${ARTICLE_SHA256.toUpperCase()}`) })).toEqual([
			`content/sources/daily.yaml:15:9 sha256
  \`sha256\` is "${ARTICLE_SHA256.toUpperCase()}", not 64 lowercase hexadecimal digits; the bytes of seeds/daily.txt hash to ${ARTICLE_SHA256}.
  Fix: Write the hash as sha256sum prints it; if seeds/daily.txt is the text the quotes were checked against, that is ${ARTICLE_SHA256}.`,
		]);
	});
});

describe('the article markers occur exactly once', () => {
	it('reports start words that occur twice, instead of taking the first', () => {
		const text = ARTICLE.replace('Other news:', 'Headline about the council. Other news:');
		const source = SOURCE.replace(/^sha256: .*$/m, `sha256: ${sha256Of(text)}`);
		expect(inline({ 'seeds/daily.txt': text, [SOURCE_FILE]: source })).toMatchInlineSnapshot(`
			[
			  "content/sources/daily.yaml:13:10 article.start
			  The article's start words "Headline about the council" occur 2 times in the stored text seeds/daily.txt; they must mark one place.
			  Fix: Give more of the article's first words, exactly as they stand in seeds/daily.txt, until they occur only once.",
			]
		`);
	});
	it('reports end words that occur twice', () => {
		const text = ARTICLE.replace('Menu | Home', 'Menu | since 2020. | Home');
		const source = SOURCE.replace(/^sha256: .*$/m, `sha256: ${sha256Of(text)}`);
		expect(inline({ 'seeds/daily.txt': text, [SOURCE_FILE]: source })).toMatchInlineSnapshot(`
			[
			  "content/sources/daily.yaml:14:8 article.end
			  The article's end words "since 2020." occur 2 times in the stored text seeds/daily.txt; they must mark one place.
			  Fix: Give more of the article's last words, exactly as they stand in seeds/daily.txt, until they occur only once.",
			]
		`);
	});
	it('reports end words that come before the start words', () => {
		expect(inline({ [SOURCE_FILE]: SOURCE.replace('end: since 2020.', 'end: "Menu | Home"') })).toMatchInlineSnapshot(`
			[
			  "content/sources/daily.yaml:14:8 article.end
			  The article's end words "Menu | Home" come before its start words in the stored text seeds/daily.txt.
			  Fix: Give the article's first words as \`start\` and its last words as \`end\`.",
			]
		`);
	});
});

describe('stored texts on disk', () => {
	const roots: string[] = [];
	afterAll(() => {
		for (const root of roots) rmSync(root, { recursive: true, force: true });
	});
	const SEED = 'seeds/harbour-report.txt';
	/** A fresh copy of the valid fixture in a temporary folder, changed by `setup`, verified from disk. */
	function onDisk(setup: (root: string) => void): { problems: string[]; report: string; root: string } {
		const root = mkdtempSync(join(tmpdir(), 'c-source-files-'));
		roots.push(root);
		cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
		setup(root);
		const all = verifyProject(readProjectFiles(root)).problems;
		return { problems: all.filter((problem) => problem.file.startsWith('content/sources/')).map(formatProblem), report: formatReport(all), root };
	}
	const replaceSeed = (root: string, make: (path: string) => void) => {
		rmSync(join(root, SEED));
		make(join(root, SEED));
	};

	it('reads the valid fixture with no problem in its source', () => {
		expect(onDisk(() => {}).problems).toEqual([]);
	});
	it('refuses a symbolic link to /etc/passwd without following it', () => {
		expect(onDisk((root) => replaceSeed(root, (path) => symlinkSync('/etc/passwd', path))).problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is a symbolic link (to "/etc/passwd"); links are never followed, so it was not read.
			  Fix: Replace it with a regular file directly in seeds/ that holds the article's text as retrieved.",
			]
		`);
	});
	it('refuses a link to /proc/self/environ, and no report shows the environment', () => {
		const { problems, report } = onDisk((root) => {
			replaceSeed(root, (path) => symlinkSync('/proc/self/environ', path));
			// A quote that cannot be found would print the closest passage of a text that was read.
			const sheet = join(root, 'content/sheets/organisations/acme-institute.md');
			spawnSync('sed', ['-i', 's/at least 1,204 flooded homes/at least 1,240 flooded homes/', sheet]);
		});
		expect(problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is a symbolic link (to "/proc/self/environ"); links are never followed, so it was not read.
			  Fix: Replace it with a regular file directly in seeds/ that holds the article's text as retrieved.",
			]
		`);
		for (const value of [process.env.PATH, process.env.HOME].filter((value): value is string => !!value && value.length > 3)) {
			expect(report).not.toContain(value);
		}
	});
	it('refuses a dangling link', () => {
		expect(onDisk((root) => replaceSeed(root, (path) => symlinkSync('nowhere.txt', path))).problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is a symbolic link (to "nowhere.txt"); links are never followed, so it was not read.
			  Fix: Replace it with a regular file directly in seeds/ that holds the article's text as retrieved.",
			]
		`);
	});
	it('refuses a link to another seed', () => {
		const { problems } = onDisk((root) => {
			cpSync(join(root, SEED), join(root, 'seeds/original.txt'));
			replaceSeed(root, (path) => symlinkSync('original.txt', path));
		});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('is a symbolic link (to "original.txt")');
	});
	it('refuses a seeds/ folder that is itself a link', () => {
		const { problems } = onDisk((root) => {
			cpSync(join(root, 'seeds'), join(root, 'elsewhere'), { recursive: true });
			rmSync(join(root, 'seeds'), { recursive: true });
			symlinkSync('elsewhere', join(root, 'seeds'));
		});
		expect(problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The folder seeds/ is a symbolic link; stored texts are read only from a real seeds/ folder of the project, so "seeds/harbour-report.txt" was not read.
			  Fix: Replace the link with a folder named seeds holding the stored texts themselves.",
			]
		`);
	});
	it('refuses a folder and a named pipe, without waiting on the pipe', () => {
		const folder = onDisk((root) => replaceSeed(root, (path) => mkdirSync(path)));
		expect(folder.problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is a folder, not a regular file.
			  Fix: Replace it with a regular file directly in seeds/ that holds the article's text as retrieved. For example "seeds/harbour-report.txt".",
			]
		`);
		const pipe = onDisk((root) => replaceSeed(root, (path) => spawnSync('mkfifo', [path])));
		expect(pipe.problems).toEqual([folder.problems[0]!.replace('a folder', 'a special file')]);
	});
	it('refuses a text that is not UTF-8, naming the byte and its line', () => {
		const { problems } = onDisk((root) => {
			// "Café" in Windows-1252 on the second line: 0xE9 alone is not UTF-8.
			writeFileSync(join(root, SEED), Buffer.concat([Buffer.from('Harbour institute warns of rising tides\nCaf'), Buffer.from([0xe9]), Buffer.from(' and has led it since.\n')]));
		});
		expect(problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is not UTF-8 text: byte 43 (line 2) does not belong to a valid UTF-8 character.
			  Fix: Save the text in the UTF-8 encoding, keeping its words as retrieved (for example \`iconv -f windows-1252 -t utf-8\`, if that was its encoding), and record the new file's sha256.",
			]
		`);
	});
	it('refuses a text that ends inside a character, and one with NUL bytes', () => {
		const cut = onDisk((root) => writeFileSync(join(root, SEED), Buffer.concat([Buffer.from('Tides\n'), Buffer.from('€').subarray(0, 2)])));
		expect(cut.problems[0]).toContain('is not UTF-8 text: byte 6 (line 2) does not belong to a valid UTF-8 character.');
		const binary = onDisk((root) => writeFileSync(join(root, SEED), Buffer.from('Tides\n\0\0')));
		expect(binary.problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" holds a NUL character at byte 6 (line 2): it is binary data, not text.
			  Fix: Store the article's text as plain text.",
			]
		`);
	});
	it(`refuses a text over ${MAX_STORED_TEXT_BYTES} bytes without reading it`, () => {
		const { problems } = onDisk((root) => writeFileSync(join(root, SEED), 'a'.repeat(MAX_STORED_TEXT_BYTES + 1)));
		expect(problems).toMatchInlineSnapshot(`
			[
			  "content/sources/harbour-report.yaml:12:7 text
			  The stored text "seeds/harbour-report.txt" is 2,097,153 bytes, over the limit of 2,097,152 bytes (2 MiB) for a stored text; it was not read.
			  Fix: Store only the article's text, without markup, images or other pages: an article's text is far smaller (docs/content-model.md).",
			]
		`);
		const exactly = onDisk((root) => writeFileSync(join(root, SEED), 'a'.repeat(MAX_STORED_TEXT_BYTES)));
		expect(exactly.problems.join('\n')).not.toContain('over the limit');
	});
	it('pins the real files by the hash of their bytes', () => {
		const { problems } = onDisk((root) => writeFileSync(join(root, SEED), `${'x'}\n`, { flag: 'a' }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/sources\/harbour-report\.yaml:13:9 sha256\n {2}The stored text seeds\/harbour-report\.txt has changed since its hash was recorded/);
	});
});
