/**
 * One reader: content is read once, by the verifier, and the pages render
 * only what it verified (src/integration/index.ts, corpus-file.ts). A cache
 * edited between builds publishes nothing; MDX code never runs; and what
 * `npm run check` accepts, the build accepts and shows as the check read it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpusFile, readSourcePassagesFile } from '../../src/integration/corpus-file.ts';
import { buildFixture, childEnv, prepareFixture, PROJECT_ROOT, readPage, type FixtureChanges, type FixtureSite } from '../helpers/fixture-site.ts';

const JANE = 'content/sheets/people/jane-doe.mdx';
const ACME = 'content/sheets/organisations/acme-institute.md';

/** `npm run check` on a fixture: its exit status and its report. */
function check(site: FixtureSite): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts/check-content.ts'), site.root], { encoding: 'utf8', env: childEnv() });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The content report of a failed build, as `npm run check` prints it (without the build's hint). */
function buildReport(output: string): string {
	const start = output.search(/\d+ problems? in the content:/);
	if (start < 0) return `(no content report)\n${output.slice(-2000)}`;
	const rest = output.slice(start);
	const end = rest.search(/\n\s*(?:Hint:|Location:|Stack trace:)/);
	return (end < 0 ? rest : rest.slice(0, end)).trimEnd();
}

/** Every file of a folder, recursively. */
function filesIn(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((name) => join(folder, name))
		.filter((path) => statSync(path).isFile());
}

/** Checks and builds the valid fixture with `changes`: the check fails, and the build fails with the same report. */
function failsBoth(name: string, changes: FixtureChanges, setup?: (site: FixtureSite) => void): string {
	const site = prepareFixture('valid', `a-${name}`, changes);
	setup?.(site);
	const checked = check(site);
	expect(checked.status, checked.output).toBe(1);
	const built = buildFixture(site);
	expect(built.status, built.output.slice(-3000)).not.toBe(0);
	const report = checked.output.trimEnd();
	expect(buildReport(built.output)).toBe(report);
	return report;
}

describe('what is published is what was verified', () => {
	it('publishes nothing a tampered cache holds: the next build writes the corpus again from the files', () => {
		const site = prepareFixture('valid', 'a-tamper');
		expect(buildFixture(site).status).toBe(0);
		const cache = join(site.root, 'node_modules/.astro');
		const corpusFile = join(cache, 'fact-sheets/corpus.v8');
		const bytes = readFileSync(corpusFile);
		const ref = { file: corpusFile, sha256: createHash('sha256').update(bytes).digest('hex') };
		expect(readCorpusFile(ref).site.sheets.map((sheet) => sheet.slug).sort()).toEqual(['acme-institute', 'jane-doe']);
		// The corpus file, edited after verification, is refused when read...
		const tampered = Buffer.from(bytes.toString('latin1').replaceAll('Jane Doe l', 'FABRICATED'), 'latin1');
		expect(tampered.equals(bytes)).toBe(false);
		writeFileSync(corpusFile, tampered);
		expect(() => readCorpusFile(ref)).toThrow(/changed after it was verified/);
		// So is the file of the source pages' passages, which only pages read.
		const passagesFile = join(cache, 'fact-sheets/source-passages.v8');
		const passageBytes = readFileSync(passagesFile);
		const passagesRef = { file: passagesFile, sha256: createHash('sha256').update(passageBytes).digest('hex') };
		expect(Object.keys(readSourcePassagesFile(passagesRef)).length).toBeGreaterThan(0);
		writeFileSync(passagesFile, Buffer.concat([passageBytes, Buffer.from('FABRICATED')]));
		expect(() => readSourcePassagesFile(passagesRef)).toThrow(/changed after it was verified/);
		// ...and every cache file edited, plus a content store Astro would once have reused, publishes nothing.
		for (const file of filesIn(cache)) if (!file.endsWith('.png')) writeFileSync(file, `${readFileSync(file, 'latin1')}FABRICATED`, 'latin1');
		writeFileSync(join(cache, 'data-store.json'), JSON.stringify({ sheets: { 'jane-doe': { body: 'FABRICATED <script>alert(1)</script>' } } }));
		const rebuilt = buildFixture(site);
		expect(rebuilt.status, rebuilt.output.slice(-3000)).toBe(0);
		const published = filesIn(site.dist).filter((file) => readFileSync(file, 'latin1').includes('FABRICATED'));
		expect(published).toEqual([]);
		expect(readPage(site, 'people/jane-doe/')).toContain('Jane Doe leads the');
	});

	it('never runs MDX code: a body that would write a file fails check and build, and no file is written', () => {
		// A relative path: the check runs in the project's folder, the build in the fixture's; neither may get one.
		const write = (what: string) => `fs.writeFileSync('a-marker.txt', '${what}')`;
		const code = `import fs from 'node:fs'\nexport const ran = ${write('export')}\n\n{${write('expression')}}\n\n<div title={${write('jsx')}}>x</div>\n`;
		const sites: FixtureSite[] = [];
		const report = failsBoth('mdx-code', { [JANE]: (text) => `${text}\n${code}` }, (site) => sites.push(site));
		for (const folder of [PROJECT_ROOT, ...sites.map((site) => site.root)]) expect(existsSync(join(folder, 'a-marker.txt'))).toBe(false);
		expect(report).toMatchInlineSnapshot(`
			"3 problems in the content:

			content/sheets/people/jane-doe.mdx:37:1 body
			  An import or export is not allowed in a body: "import fs from 'node:fs' export const ran = fs.writeFileSyn…". A body is Markdown, and no code in it is run.
			  Fix: Delete the line; link other sheets with [[slug]].

			content/sheets/people/jane-doe.mdx:40:1 body
			  An expression in braces is not allowed in a body: "{fs.writeFileSync('a-marker.txt', 'expression')}". A body is Markdown, and no code in it is run.
			  Fix: Delete the expression; to show a brace as text, write it as \\{ or \\}.

			content/sheets/people/jane-doe.mdx:42:1 body
			  The element <div> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
			  Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<."
		`);
	});
});

describe('check passes exactly when the build passes', () => {
	it('files the build would skip or crash on: odd extensions, a source in a subfolder, a long slug, links', () => {
		const report = failsBoth(
			'strays',
			{
				'content/sheets/people/john-roe.MDX': '---\nname: John Roe\n---\n',
				'content/sheets/people/notes.markdown': 'Notes.',
				'content/sources/harbour-report-copy.yml': 'title: x',
				'content/sources/archive/old.yaml': 'title: x',
				[`content/sheets/people/${'long-'.repeat(17)}slug.mdx`]: '---\nname: Long\n---\n',
			},
			(site) => {
				mkdirSync(join(site.root, 'content/sheets/links'), { recursive: true });
				symlinkSync('/etc/passwd', join(site.root, 'content/sheets/links/passwd.md'));
				symlinkSync(join(site.root, 'nowhere.mdx'), join(site.root, 'content/sheets/links/dangling.mdx'));
			},
		);
		expect(report).toMatchInlineSnapshot(`
			"7 problems in the content:

			content/sheets/links/dangling.mdx
			  This is a symbolic link, which is not followed: content is read only from regular files in the project.
			  Fix: Replace the link with a copy of the file it points to, or delete it.

			content/sheets/links/passwd.md
			  This is a symbolic link, which is not followed: content is read only from regular files in the project.
			  Fix: Replace the link with a copy of the file it points to, or delete it.

			content/sheets/people/john-roe.MDX
			  The file "john-roe.MDX" in content/sheets/ is not read: a sheet's file name must end in ".md" or ".mdx", in lowercase.
			  Fix: Rename it to "john-roe.mdx", or move it out of content/.

			content/sheets/people/long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-slug.mdx
			  The file name "long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-slug" is 89 characters long; a slug or source id may have at most 80 (it becomes a folder name of the built site and part of its address).
			  Fix: Rename the file to a shorter name of lowercase words and hyphens, at most 80 characters before the extension.

			content/sheets/people/notes.markdown
			  The file "notes.markdown" in content/sheets/ is not read: a sheet's file name must end in ".md" or ".mdx", in lowercase.
			  Fix: Rename it to "notes.md", or move it out of content/.

			content/sources/archive/old.yaml
			  The file is in a folder inside content/sources/, which is not read: sources must be directly in content/sources/ (the file name is the source's id).
			  Fix: Move it to content/sources/old.yaml, or out of content/.

			content/sources/harbour-report-copy.yml
			  The file "harbour-report-copy.yml" in content/sources/ is not read: a source's file name must end in ".yaml".
			  Fix: Rename it to "harbour-report-copy.yaml", or move it out of content/."
		`);
	});

	it('a raw wiki: address is a link like any other, not a wiki-link the page resolves', () => {
		expect(failsBoth('wiki-href', { [ACME]: (text) => `${text}\nSee [the director](wiki:jane-doe).\n` })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/organisations/acme-institute.md:29:5 body
			  The link target "wiki:jane-doe" uses the scheme "wiki:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]]."
		`);
	});

	/** Checks and builds the valid fixture with `changes`: both pass, and the page shows `shown`, as the check read it. */
	function passesBoth(name: string, changes: FixtureChanges, page: string, shown: string) {
		const site = prepareFixture('valid', `a-${name}`, changes);
		const checked = check(site);
		expect(checked.status, checked.output).toBe(0);
		const built = buildFixture(site);
		expect(built.status, built.output.slice(-3000)).toBe(0);
		expect(readPage(site, page)).toContain(shown);
	}

	it('bare dates are the text the author wrote, on the page as in the check (no second YAML reader makes them Dates, or 0026 into 1926)', () => {
		passesBoth('bare-date', { [JANE]: (text) => text.replace('date: "2019"', 'date: 0026-01-20') }, 'people/jane-doe/', '20 January 0026');
		passesBoth('bare-as-of', { [ACME]: (text) => text.replace('asOf: "2026-03-03"', 'asOf: 2026-03-03') }, 'organisations/acme-institute/', '3 March 2026');
	});

	it('odd fences read the same for the check and the page', () => {
		passesBoth('fence', { [ACME]: (text) => `${text}\n\`\`\`a\`b\n[[jane-doe]]\n` }, 'organisations/acme-institute/', '<p>```a`b\n<a href="/people/jane-doe/" class="wiki-link">Jane Doe</a></p>');
	});
});

describe('astro dev', () => {
	it('verifies again when a content file changes, and shows the change on reload', async () => {
		const site = prepareFixture('valid', 'a-dev');
		const port = await freePort();
		const url = `http://127.0.0.1:${port}/`;
		const server = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', site.root, '--host', '127.0.0.1', '--port', String(port)], {
			cwd: site.root,
			env: childEnv(),
		});
		let output = '';
		server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const page = () => fetch(`${url}people/jane-doe/`).then((response) => response.text(), () => '');
		const until = async (test: (html: string) => boolean) => {
			for (let tries = 0; tries < 120; tries++) {
				const html = await page();
				if (test(html)) return html;
				await new Promise((resolve) => setTimeout(resolve, 500));
			}
			throw new Error(`astro dev never served the expected page:\n${output.slice(-3000)}`);
		};
		try {
			await until((html) => html.includes('Jane Doe leads the'));
			const file = join(site.root, JANE);
			writeFileSync(file, readFileSync(file, 'utf8').replace('Jane Doe leads the', 'Jane Doe still leads the'));
			expect(await until((html) => html.includes('Jane Doe still leads the'))).not.toContain('Jane Doe leads the');
		} finally {
			server.kill();
		}
	});
});

/** A free loopback port. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}
