import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyLinks, parseBody, renderBody, wikiLinksIn } from '../../src/lib/body/index.ts';
import { parseSheetFile } from '../../src/lib/content/frontmatter.ts';
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { LinkResolver } from '../../src/lib/links/resolver.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { ANN_LEE, DEFAULT_KINDS, DEFAULT_RELATION_TYPES, SOURCE, validProject } from '../helpers/project.ts';

const resolver = new LinkResolver([
	{ slug: 'jane-doe', name: 'Jane Doe', aliases: ['J. Doe'], path: 'people/jane-doe/' },
	{ slug: 'harbour-report', name: "The Harbour's Report", aliases: ['THR'], path: 'organisations/harbour-report/' },
]);

function tree(body: string, format: 'md' | 'mdx' = 'md'): Root {
	const parsed = parseBody(body, format);
	if (!parsed.tree) throw new Error(parsed.syntaxError.reason);
	return parsed.tree;
}

const ANN = 'content/sheets/people/ann-lee.mdx';

const render = (body: string, format: 'md' | 'mdx' = 'md', base = '/') =>
	renderBody(tree(body, format), { resolver, base, self: 'jane-doe', file: 'content/sheets/people/jane-doe.md' });

describe('parseBody', () => {
	it('makes each wiki-link a node, with its target, label and place in the body', () => {
		const links = wikiLinksIn(tree('Its director is [[Jane Doe]].\nThe [[harbour-report| report ]] says so.'));
		expect(links.map((link) => ({ target: link.target, label: link.children[0]?.value, start: link.position?.start, end: link.position?.end }))).toEqual([
			{ target: 'Jane Doe', label: undefined, start: { line: 1, column: 17, offset: 16 }, end: { line: 1, column: 29, offset: 28 } },
			{ target: 'harbour-report', label: 'report', start: { line: 2, column: 5, offset: 34 }, end: { line: 2, column: 32, offset: 61 } },
		]);
	});
	it('finds none in code, inline code or a fence, however the backticks fall', () => {
		expect(wikiLinksIn(tree('Write `[[jane-doe]]`.\n\n```\n[[jane-doe]]\n```\n\n~~~\n[[jane-doe]]\n~~~\n'))).toEqual([]);
		// ```a`b is not a fence (an info string cannot hold a backtick): its line is prose, as the page shows it.
		expect(wikiLinksIn(tree('```a`b\n[[jane-doe]]\n')).map((link) => link.target)).toEqual(['jane-doe']);
	});
	it('reads .mdx bodies with MDX syntax as nodes, never as code to run', () => {
		const types = tree('import fs from "node:fs"\n\n{fs.readFileSync("/etc/passwd")}\n', 'mdx').children.map((node) => node.type);
		expect(types).toEqual(['mdxjsEsm', 'mdxFlowExpression']);
	});
	it('gives an MDX syntax error with its place', () => {
		expect(parseBody('Fine.\n\nA {brace', 'mdx')).toMatchInlineSnapshot(`
			{
			  "syntaxError": {
			    "position": {
			      "column": 9,
			      "line": 3,
			    },
			    "reason": "Unexpected end of file in expression, expected a corresponding closing brace for \`{\`",
			  },
			  "tree": undefined,
			}
		`);
	});
});

describe('renderBody', () => {
	it('renders wiki-links under the base path, with their label or the target as written, and a self-link as bold', () => {
		expect(render('[[harbour-report]], [[THR]], [[harbour-report|the report]] and [[jane-doe]] in [[J. Doe|her]] words.', 'md', '/facts/')).toMatchInlineSnapshot(`"<p><a href="/facts/organisations/harbour-report/" class="wiki-link">The Harbour's Report</a>, <a href="/facts/organisations/harbour-report/" class="wiki-link">THR</a>, <a href="/facts/organisations/harbour-report/" class="wiki-link">the report</a> and <strong>Jane Doe</strong> in <strong>her</strong> words.</p>"`);
	});
	it('renders Markdown with the typography Astro gave it: curly quotes, dashes, GFM', () => {
		expect(render('"Quoted" -- it\'s *so* --- ~~struck~~ www.example.org\n\n| a |\n| - |\n| [[THR]] |')).toMatchInlineSnapshot(`
			"<p>“Quoted” – it’s <em>so</em> — <del>struck</del> <a href="http://www.example.org">www.example.org</a></p>
			<table>
			<thead>
			<tr>
			<th>a</th>
			</tr>
			</thead>
			<tbody>
			<tr>
			<td><a href="/organisations/harbour-report/" class="wiki-link">THR</a></td>
			</tr>
			</tbody>
			</table>"
		`);
	});
	it("decides a quote mark's side across nodes, and leaves code as written", () => {
		expect(render("'Tis *the* [[THR]]'s \"*view*\"... `'x' -- \"y\"`\n\n\"Second\" block's")).toMatchInlineSnapshot(`
			"<p>‘Tis <em>the</em> <a href="/organisations/harbour-report/" class="wiki-link">THR</a>’s “<em>view</em>”… <code>'x' -- "y"</code></p>
			<p>“Second” block’s</p>"
		`);
	});
	it('renders the same from .md and .mdx', () => {
		const body = 'The [[harbour-report]] counted *312* homes.\n\n- one\n- two\n';
		expect(render(body, 'mdx')).toBe(render(body, 'md'));
	});
	it('refuses raw HTML, MDX code and unknown wiki-links, naming the file (the verifier reports them first)', () => {
		expect(() => render('<script>alert(1)</script>')).toThrowErrorMatchingInlineSnapshot(`[Error: content/sheets/people/jane-doe.md (body line 1): the body holds raw HTML, which is never rendered. Run \`npm run check\` to see every problem.]`);
		expect(() => render('Hi {process.exit(1)}', 'mdx')).toThrowErrorMatchingInlineSnapshot(`[Error: content/sheets/people/jane-doe.md (body line 1): the body holds MDX code, which is never rendered. Run \`npm run check\` to see every problem.]`);
		expect(() => render('See [[nobody]].')).toThrowErrorMatchingInlineSnapshot(`[Error: content/sheets/people/jane-doe.md:1:5: The wiki-link [[nobody]] does not match any sheet's slug, name or alias. Run \`npm run check\` to see every problem.]`);
	});
});

describe('bodyLinks', () => {
	it('gives each resolved link its sentence, in the words the reader sees', () => {
		expect(bodyLinks(tree('First one. The [[harbour-report]] cites *[[J. Doe|its director]]* often. Last.\n\n# About [[jane-doe]]'), resolver)).toEqual([
			{ slug: 'harbour-report', sentence: "The The Harbour's Report cites its director often." },
			{ slug: 'jane-doe', sentence: "The The Harbour's Report cites its director often." },
			{ slug: 'jane-doe', sentence: 'About Jane Doe' },
		]);
	});
});

describe('the verifier reads the body from its tree', () => {
	const problems = (overrides: Record<string, string>) => verifyProject(validProject(overrides)).problems.map(formatProblem);
	it('reports an unknown wiki-link at its line and column, and none written as code', () => {
		expect(problems({ [ANN]: `${ANN_LEE}\nSee [[nobody]] and \`[[nobody]]\`.\n\n\`\`\`\n[[nobody]]\n\`\`\`\n` })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:23:5 body
			  The wiki-link [[nobody]] does not match any sheet's slug, name or alias.
			  Fix: Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.",
			]
		`);
	});
	it('reports a wiki-link inside a Markdown link', () => {
		expect(problems({ [ANN]: `${ANN_LEE}\n[See [[council]]](https://example.org/).\n` })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:23:6 body
			  The wiki-link [[council]] stands inside a Markdown link: a link cannot hold another link.
			  Fix: Take the wiki-link out of the link's text, or write the words without \`[[ ]]\`.",
			]
		`);
	});
});

describe('one YAML reading', () => {
	it('keeps bare dates as the text written, for the schema as for the page', () => {
		expect(parseSheetFile('---\ndate: 0026-01-20\nstatement: 2026-02-08\nasOf: 2026-03-03T10:00:00Z\n---\n').data).toEqual({
			date: '0026-01-20',
			statement: '2026-02-08',
			asOf: '2026-03-03T10:00:00Z',
		});
	});
	it('refuses a former slug longer than the built site can name', () => {
		const long = `${'long-'.repeat(16)}slug`;
		expect(
			verifyProject(validProject({ [ANN]: ANN_LEE.replace('kind: person', `kind: person\nformerSlugs: [${long}]`) }))
				.problems.map(formatProblem),
		).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:4:15 formerSlugs[0]
			  \`formerSlugs\` is "long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-long-slug": expected a sheet slug of at most 80 characters.
			  Fix: Correct the value (docs/content-model.md describes every field).",
			]
		`);
	});
});

describe('file discovery', () => {
	const problems = (overrides: Record<string, string>) => verifyProject(validProject(overrides)).problems.map(formatProblem);
	it('reports sheets and sources it does not read: other extensions, subfolders of sources, files outside the layout, long names', () => {
		expect(
			problems({
				'content/sheets/people/bob.MDX': ANN_LEE,
				'content/sheets/people/bob.markdown': ANN_LEE,
				'content/sheets/people/notes.txt': 'notes',
				'content/sheets/people/.DS_Store': '',
				'content/sources/weekly.yml': SOURCE,
				'content/sources/archive/daily-2025.yaml': SOURCE,
				'content/readme.md': 'notes',
				[`content/sheets/people/${'a'.repeat(81)}.mdx`]: ANN_LEE,
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/readme.md
			  The file is not read: content/ holds only sheets (content/sheets/), sources (content/sources/) and content/metrics.yaml.
			  Fix: Move it into the folder it belongs in, or out of content/ (notes can go in docs/).",
			  "content/sheets/people/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.mdx
			  The file name "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" is 81 characters long; a slug or source id may have at most 80 (it becomes a folder name of the built site and part of its address).
			  Fix: Rename the file to a shorter name of lowercase words and hyphens, at most 80 characters before the extension.",
			  "content/sheets/people/bob.markdown
			  The file "bob.markdown" in content/sheets/ is not read: a sheet's file name must end in ".md" or ".mdx", in lowercase.
			  Fix: Rename it to "bob.md", or move it out of content/.",
			  "content/sheets/people/bob.MDX
			  The file "bob.MDX" in content/sheets/ is not read: a sheet's file name must end in ".md" or ".mdx", in lowercase.
			  Fix: Rename it to "bob.mdx", or move it out of content/.",
			  "content/sheets/people/notes.txt
			  The file "notes.txt" in content/sheets/ is not read: a sheet's file name must end in ".md" or ".mdx", in lowercase.
			  Fix: Move it out of content/ (notes can go in docs/), or, if it is a sheet, rename it to end in ".md".",
			  "content/sources/archive/daily-2025.yaml
			  The file is in a folder inside content/sources/, which is not read: sources must be directly in content/sources/ (the file name is the source's id).
			  Fix: Move it to content/sources/daily-2025.yaml, or out of content/.",
			  "content/sources/weekly.yml
			  The file "weekly.yml" in content/sources/ is not read: a source's file name must end in ".yaml".
			  Fix: Rename it to "weekly.yaml", or move it out of content/.",
			]
		`);
	});

	const root = mkdtempSync(join(tmpdir(), 'a-discovery-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const write = (path: string, text: string | Buffer) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	};
	it('reports links (dangling or not) and text that is not UTF-8, reading nothing through a link', () => {
		write('content/sheets/people/ann-lee.mdx', ANN_LEE);
		write('content/kinds.yaml', DEFAULT_KINDS);
		write('content/relation-types.yaml', DEFAULT_RELATION_TYPES);
		write('outside.mdx', ANN_LEE);
		symlinkSync(join(root, 'outside.mdx'), join(root, 'content/sheets/people/linked.mdx'));
		symlinkSync(join(root, 'missing.mdx'), join(root, 'content/sheets/people/dangling.mdx'));
		symlinkSync('/etc', join(root, 'content/sheets/etc'));
		write('content/sheets/people/latin1.md', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]));
		const files = readProjectFiles(root);
		expect(files.sheets.map((sheet) => sheet.path)).toEqual(['content/sheets/people/ann-lee.mdx']);
		expect(verifyProject(files).problems.filter((problem) => problem.file !== 'content/sheets/people/ann-lee.mdx').map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/sheets/etc
			  This is a symbolic link, which is not followed: content is read only from regular files in the project.
			  Fix: Replace the link with a copy of the file it points to, or delete it.",
			  "content/sheets/people/dangling.mdx
			  This is a symbolic link, which is not followed: content is read only from regular files in the project.
			  Fix: Replace the link with a copy of the file it points to, or delete it.",
			  "content/sheets/people/latin1.md
			  The file is not valid UTF-8 text, so it is not read.
			  Fix: Save the file with the UTF-8 encoding.",
			  "content/sheets/people/linked.mdx
			  This is a symbolic link, which is not followed: content is read only from regular files in the project.
			  Fix: Replace the link with a copy of the file it points to, or delete it.",
			]
		`);
	});
});
