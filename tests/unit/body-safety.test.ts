import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { bodySafetyIssues } from '../../src/lib/verify/body-safety.ts';

// As src/lib/body/parse.ts reads bodies: GFM in both formats, MDX's syntax in .mdx.
const parsers = {
	md: unified().use(remarkParse).use(remarkGfm),
	mdx: unified().use(remarkParse).use(remarkMdx).use(remarkGfm),
};

/** The issues of a body, one string each: `line:column message` and the fix. */
function issues(body: string, format: 'md' | 'mdx'): string[] {
	const parser = parsers[format];
	const tree = parser.runSync(parser.parse(body)) as Root;
	return bodySafetyIssues(tree, format).map(
		({ position, message, fix }) => `${position ? `${position.line}:${position.column}` : '?'} ${message}\nFix: ${fix}`,
	);
}

/** The issues of a body parsed both as `.md` and as `.mdx`, which must agree. */
function issuesInBoth(body: string): string[] {
	const md = issues(body, 'md');
	expect(issues(body, 'mdx')).toEqual(md);
	return md;
}

describe('bodySafetyIssues', () => {
	it('accepts Markdown prose, wiki-links as text, and the allowed targets', () => {
		const body = [
			'# Heading',
			'',
			'Some *emphasis*, **strong**, `code <script>` and [[jane-doe|Jane]].',
			'',
			'> A quote',
			'',
			'- [web](https://example.org/a?b#c) [plain](http://example.org) [mail](MAILTO:desk@example.org)',
			'- [page](/sources/harbour-report/) [place](#facts) ![image](/og/jane-doe.png)',
			'',
			'[ref]: https://example.org/ref',
			'[picture]: /og/jane-doe.png',
			'',
			'[by reference][ref] ![image by reference][picture] [undefined reference][nowhere]',
			'',
			'```html',
			'<script>alert(1)</script>',
			'```',
			'',
			'| a | b |',
			'| --- | --- |',
			'| ~~old~~ | new[^note] |',
			'',
			'[^note]: A footnote, and an address as text: www.example.org, desk@example.org.',
		].join('\n');
		expect(issues(body, 'md')).toEqual([]);
		expect(issues(body, 'mdx')).toEqual([]);
	});

	it('skips a node of the wiki-link type the body parser makes', () => {
		const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'wikiLink', target: 'jane-doe' } as never] }] };
		expect(bodySafetyIssues(tree, 'md')).toEqual([]);
	});

	describe('raw HTML in .md', () => {
		it('rejects <script>, <img onerror>, <iframe>, <style> and <form>', () => {
			const body = [
				'<script>alert(1)</script>',
				'',
				'Text <img src=x onerror="alert(1)"> more.',
				'',
				'<iframe src="https://example.org"></iframe>',
				'',
				'<style>body { display: none }</style>',
				'',
				'<form action="https://example.org"><input name="q"></form>',
			].join('\n');
			expect(issues(body, 'md')).toMatchInlineSnapshot(`
				[
				  "1:1 Raw HTML is not allowed in a .md body: "<script>alert(1)</script>".
				Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
				  "3:6 Raw HTML is not allowed in a .md body: "<img src=x onerror=\\"alert(1)\\">".
				Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
				  "5:1 Raw HTML is not allowed in a .md body: "<iframe src=\\"https://example.org\\"></iframe>".
				Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
				  "7:1 Raw HTML is not allowed in a .md body: "<style>body { display: none }</style>".
				Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
				  "9:1 Raw HTML is not allowed in a .md body: "<form action=\\"https://example.org\\"><input name=\\"q\\"></form>".
				Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
				]
			`);
		});
		it('rejects inline tags one by one, and HTML comments', () => {
			expect(issues('A <b onclick="x()">bold</b> word.\n\n<!-- a note for editors -->', 'md')).toMatchInlineSnapshot(`
				[
				  "1:3 Raw HTML is not allowed in a .md body: "<b onclick=\\"x()\\">".
				Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
				  "1:24 Raw HTML is not allowed in a .md body: "</b>".
				Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
				  "3:1 An HTML comment is not allowed in a body: "<!-- a note for editors -->". It would be published in the page's source.
				Fix: Delete the comment.",
				]
			`);
		});
	});

	describe('MDX code and elements in .mdx', () => {
		it('rejects <script>, quoted event attributes and set:html', () => {
			const body = [
				'<script>alert(1)</script>',
				'',
				'Text <img src="x" onerror="alert(1)" /> and <a href="https://example.org" onclick="alert(1)">link</a>.',
				'',
				'<div set:html="<script>alert(1)</script>" />',
			].join('\n');
			expect(issues(body, 'mdx')).toMatchInlineSnapshot(`
				[
				  "1:1 The element <script> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
				Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
				  "3:6 The element <img> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
				Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
				  "3:45 The element <a> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
				Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
				  "5:1 The element <div> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
				Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
				]
			`);
		});
		it('rejects import, export and expressions', () => {
			const body = [
				"import fs from 'node:fs'",
				'',
				"{fs.readFileSync('/etc/passwd', 'utf8')}",
				'',
				'The build ends here {process.exit(1)}.',
				'',
				'export const answer = 42',
			].join('\n');
			expect(issues(body, 'mdx')).toMatchInlineSnapshot(`
				[
				  "1:1 An import or export is not allowed in a body: "import fs from 'node:fs'". A body is Markdown, and no code in it is run.
				Fix: Delete the line; link other sheets with [[slug]].",
				  "3:1 An expression in braces is not allowed in a body: "{fs.readFileSync('/etc/passwd', 'utf8')}". A body is Markdown, and no code in it is run.
				Fix: Delete the expression; to show a brace as text, write it as \\{ or \\}.",
				  "5:21 An expression in braces is not allowed in a body: "{process.exit(1)}". A body is Markdown, and no code in it is run.
				Fix: Delete the expression; to show a brace as text, write it as \\{ or \\}.",
				  "7:1 An import or export is not allowed in a body: "export const answer = 42". A body is Markdown, and no code in it is run.
				Fix: Delete the line; link other sheets with [[slug]].",
				]
			`);
		});
		it('rejects components and fragments (the allowlist of elements is empty)', () => {
			expect(issues('<Figure metric="deaths" />\n\n<>text</>', 'mdx')).toMatchInlineSnapshot(`
				[
				  "1:1 The element <Figure> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
				Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
				  "3:1 The fragment <> is not allowed in a body: a body may hold no HTML or JSX elements, and no components.
				Fix: Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.",
				]
			`);
		});
	});

	describe('link and image targets, in both formats', () => {
		it('rejects javascript: and data: links and images', () => {
			expect(issuesInBoth('[x](javascript:alert(1)) [y](data:text/html,<b>x</b>) ![z](data:image/svg+xml,x)')).toMatchInlineSnapshot(`
				[
				  "1:1 The link target "javascript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:26 The link target "data:text/html,<b>x</b>" uses the scheme "data:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:55 The image source "data:image/svg+xml,x" uses the scheme "data:": an image must be a file of this site, given by its path from the site's root (/…).
				Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
				]
			`);
		});
		it('rejects vbscript:, file:, wiki: and any other scheme, and mailto: images', () => {
			expect(issuesInBoth('[a](vbscript:msgbox) [b](file:///etc/passwd) [c](wiki:jane-doe) [d](tel:123) ![e](mailto:desk@example.org)')).toMatchInlineSnapshot(`
				[
				  "1:1 The link target "vbscript:msgbox" uses the scheme "vbscript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:22 The link target "file:///etc/passwd" uses the scheme "file:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:46 The link target "wiki:jane-doe" uses the scheme "wiki:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:65 The link target "tel:123" uses the scheme "tel:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:78 The image source "mailto:desk@example.org" uses the scheme "mailto:": an image must be a file of this site, given by its path from the site's root (/…).
				Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
				]
			`);
		});
		it('sees through case, whitespace and character references', () => {
			const body = '[a](JaVaScRiPt:alert(1)) [b](java&#x09;script:alert(1)) [c](<  javascript:alert(1)>) [d](&#106;avascript:alert(1)) [e](javascript&colon;alert(1)) [f](<java&#10;script:alert(1)>)';
			expect(issuesInBoth(body)).toMatchInlineSnapshot(`
				[
				  "1:1 The link target "JaVaScRiPt:alert(1)" uses the scheme "JaVaScRiPt:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:26 The link target "java\\tscript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:57 The link target "  javascript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:86 The link target "javascript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:116 The link target "javascript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				  "1:147 The link target "java\\nscript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				]
			`);
		});
		it('rejects images from other sites, and fragments as images', () => {
			expect(issuesInBoth('![a](https://example.org/a.png) ![b](http://example.org/b.png) ![c](#top) ![d][web]\n\n[web]: https://example.org/d.png')).toMatchInlineSnapshot(`
				[
				  "1:1 The image source "https://example.org/a.png" uses the scheme "https:": an image must be a file of this site, given by its path from the site's root (/…).
				Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
				  "1:33 The image source "http://example.org/b.png" uses the scheme "http:": an image must be a file of this site, given by its path from the site's root (/…).
				Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
				  "1:64 The image source "#top" is a relative address, which would depend on the page's own address: an image must be a file of this site, given by its path from the site's root (/…).
				Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
				  "1:75 The source of the image [web] "https://example.org/d.png" uses the scheme "https:": an image must be a file of this site, given by its path from the site's root (/…).
				Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
				]
			`);
		});
		it('counts reference-style definitions', () => {
			expect(issuesInBoth('[x][evil] ![y][evil]\n\n[evil]: javascript:alert(1)')).toMatchInlineSnapshot(`
				[
				  "1:11 The source of the image [evil] "javascript:alert(1)" uses the scheme "javascript:": an image must be a file of this site, given by its path from the site's root (/…).
				Fix: Put the image in the site's public/ folder and give its path from the site's root (/…), or link to it instead.",
				  "3:1 The target of the link definition [evil] "javascript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				]
			`);
		});
		it('rejects autolinks to other schemes in .md', () => {
			expect(issues('<javascript:alert(1)> <https://example.org> <desk@example.org>', 'md')).toMatchInlineSnapshot(`
				[
				  "1:1 The link target "javascript:alert(1)" uses the scheme "javascript:": a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Link to an https:// address, or link another sheet with [[slug]].",
				]
			`);
		});
		it('rejects relative paths, targets without a scheme and empty targets', () => {
			expect(issuesInBoth('[a](people/jane-doe/) [b](../jane-doe/) [c](//example.org) [d](/\\example.org) [e]() [f](?q=1)')).toMatchInlineSnapshot(`
				[
				  "1:1 The link target "people/jane-doe/" is a relative address, which would depend on the page's own address: a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Write the path from the site's root, starting with /, or link another sheet with [[slug]].",
				  "1:23 The link target "../jane-doe/" is a relative address, which would depend on the page's own address: a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Write the path from the site's root, starting with /, or link another sheet with [[slug]].",
				  "1:41 The link target "//example.org" starts with two slashes, which make it an address on another site without its scheme: a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Write the address in full, starting with https://.",
				  "1:60 The link target "/\\\\example.org" starts with two slashes, which make it an address on another site without its scheme: a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Write the address in full, starting with https://.",
				  "1:79 The link target is empty: a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Give the link or image its target, or delete it.",
				  "1:85 The link target "?q=1" is a relative address, which would depend on the page's own address: a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…).
				Fix: Write the path from the site's root, starting with /, or link another sheet with [[slug]].",
				]
			`);
		});
	});
});
