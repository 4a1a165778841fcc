/**
 * Hostile bodies through `npm run check` and the real build: raw HTML in
 * `.md`, MDX code and elements in `.mdx`, and links to other schemes in
 * both. Each fails both, with the same messages, at the body's line and
 * column in the file. The messages themselves are pinned, body-relative, in
 * tests/unit/body-safety.test.ts; here they are pinned as an author sees them.
 */
import { describe, expect, it } from 'vitest';
import { type FixtureChanges } from '../helpers/fixture-site.ts';
import { failingCheckAndBuild } from '../helpers/bad-input.ts';

const JANE = 'content/sheets/people/jane-doe.mdx';
const ACME = 'content/sheets/organisations/acme-institute.md';

/** The messages of src/lib/verify/body-safety.ts, by how they start. */
const BODY_SAFETY =
	/^content\/sheets\/\S+ body\n {2}(?:Raw HTML|An HTML comment|An import or export|An expression in braces|The element|The fragment|The link target|The image source|The target of the link definition|The source of the image|A "[^"]+" node) /;


/** Checks and builds the valid fixture changed by `changes`; both must fail with the same body problems (other rules' are other tests' business). */
const failingBoth = (name: string, changes: FixtureChanges) => failingCheckAndBuild(`b-${name}`, changes, (block) => BODY_SAFETY.test(block));

/** Appends paragraphs to a sheet's body. */
const append = (...paragraphs: string[]) => (text: string) => `${text.trimEnd()}\n\n${paragraphs.join('\n\n')}\n`;

describe('hostile bodies fail check and the build with their exact message', () => {
	it.concurrent('raw HTML in .md: <script>, <img onerror>, <iframe>, <style>, <form> and a comment', () => {
		const blocks = failingBoth(
			'md-html',
			{
				[ACME]: append(
					'<script>alert(document.domain)</script>',
					'A flood map <img src=x onerror="alert(document.domain)"> follows.',
					'<iframe src="https://example.org"></iframe>',
					'<style>body { display: none }</style>',
					'<form action="https://example.org"><input name="q"></form>',
					'<!-- a note for editors -->',
				),
			},
		);
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:29:1 body
			  Raw HTML is not allowed in a .md body: "<script>alert(document.domain)</script>".
			  Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
			  "content/sheets/organisations/acme-institute.md:31:13 body
			  Raw HTML is not allowed in a .md body: "<img src=x onerror=\\"alert(document.domain)\\">".
			  Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
			  "content/sheets/organisations/acme-institute.md:33:1 body
			  Raw HTML is not allowed in a .md body: "<iframe src=\\"https://example.org\\"></iframe>".
			  Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
			  "content/sheets/organisations/acme-institute.md:35:1 body
			  Raw HTML is not allowed in a .md body: "<style>body { display: none }</style>".
			  Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
			  "content/sheets/organisations/acme-institute.md:37:1 body
			  Raw HTML is not allowed in a .md body: "<form action=\\"https://example.org\\"><input name=\\"q\\"></form>".
			  Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
			  "content/sheets/organisations/acme-institute.md:39:1 body
			  An HTML comment is not allowed in a body: "<!-- a note for editors -->". It would be published in the page's source.
			  Fix: Delete the comment.",
			]
		`);
	});
	it.concurrent('MDX code in .mdx: import, expressions and export', () => {
		const blocks = failingBoth('mdx-code', {
			[JANE]: append("import fs from 'node:fs'", "{fs.readFileSync('/etc/passwd', 'utf8')}", 'The build ends here {process.exit(1)}.', 'export const answer = 42'),
		});
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.mdx:37:1 body
			  An import or export is not allowed in a body: "import fs from 'node:fs'". A body is Markdown, and no code in it is run.
			  Fix: Delete the line; link other sheets with [[slug]].",
			  "content/sheets/people/jane-doe.mdx:39:1 body
			  An expression in braces is not allowed in a body: "{fs.readFileSync('/etc/passwd', 'utf8')}". A body is Markdown, and no code in it is run.
			  Fix: Delete the expression; to show a brace as text, write it as \\{ or \\}.",
			  "content/sheets/people/jane-doe.mdx:41:21 body
			  An expression in braces is not allowed in a body: "{process.exit(1)}". A body is Markdown, and no code in it is run.
			  Fix: Delete the expression; to show a brace as text, write it as \\{ or \\}.",
			  "content/sheets/people/jane-doe.mdx:43:1 body
			  An import or export is not allowed in a body: "export const answer = 42". A body is Markdown, and no code in it is run.
			  Fix: Delete the line; link other sheets with [[slug]].",
			]
		`);
	});
	it.concurrent('elements in .mdx: <script>, quoted event attributes and set:html', () => {
		const blocks = failingBoth('mdx-elements', {
			[JANE]: append(
				'<script>alert(document.domain)</script>',
				'See <a href="https://example.org" onclick="alert(document.domain)">the report</a> and <img src="x" onerror="alert(document.domain)" />.',
				'<div set:html="<script>alert(document.domain)</script>" />',
			),
		});
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.mdx:37:1 body
			  The element <script> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
			  Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
			  "content/sheets/people/jane-doe.mdx:39:5 body
			  The element <a> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
			  Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
			  "content/sheets/people/jane-doe.mdx:39:87 body
			  The element <img> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
			  Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
			  "content/sheets/people/jane-doe.mdx:41:1 body
			  The element <div> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
			  Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
			]
		`);
	});
	it.concurrent('links to other schemes in .md, also as autolinks, references and with case, whitespace and entity tricks', () => {
		const blocks = failingBoth('md-links', {
			[ACME]: append(
				'[x](javascript:alert(document.domain)) [y](data:text/html,hi) [z](JaVaScRiPt:alert(document.domain))',
				'[tab](java&#x09;script:alert(document.domain)) [spaces](<  javascript:alert(document.domain)>) <javascript:alert(document.domain)>',
				'[by reference][evil] [wiki](wiki:jane-doe) ![map](https://example.org/map.png)',
				'[evil]: vbscript:msgbox',
			),
		});
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:29:1 body
			  The link target "javascript:alert(document.domain)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/organisations/acme-institute.md:29:40 body
			  The link target "data:text/html,hi" uses the scheme "data:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/organisations/acme-institute.md:29:63 body
			  The link target "JaVaScRiPt:alert(document.domain)" uses the scheme "JaVaScRiPt:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/organisations/acme-institute.md:31:1 body
			  The link target "java\\tscript:alert(document.domain)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/organisations/acme-institute.md:31:48 body
			  The link target "  javascript:alert(document.domain)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/organisations/acme-institute.md:31:96 body
			  The link target "javascript:alert(document.domain)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/organisations/acme-institute.md:33:22 body
			  The link target "wiki:jane-doe" uses the scheme "wiki:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/organisations/acme-institute.md:33:44 body
			  The image source "https://example.org/map.png" uses the scheme "https:": an image must be a file of this site, given by its path from the site's root (/…).
			  Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
			  "content/sheets/organisations/acme-institute.md:35:1 body
			  The target of the link definition [evil] "vbscript:msgbox" uses the scheme "vbscript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			]
		`);
	});
	it.concurrent('links to other schemes in .mdx', () => {
		const blocks = failingBoth('mdx-links', {
			[JANE]: append('[x](javascript:alert(document.domain)) [y](data:text/html,hi) [z](java&#x09;script:alert(document.domain))'),
		});
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.mdx:37:1 body
			  The link target "javascript:alert(document.domain)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/people/jane-doe.mdx:37:40 body
			  The link target "data:text/html,hi" uses the scheme "data:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			  "content/sheets/people/jane-doe.mdx:37:63 body
			  The link target "java\\tscript:alert(document.domain)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
			  Fix: Link to an https:// address, or link another sheet with [[slug]].",
			]
		`);
	});
});
