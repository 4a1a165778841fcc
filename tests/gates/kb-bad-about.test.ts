/**
 * The About page's own words (content/about.md) are rendered like a sheet's
 * body, so they are checked like one: raw HTML and a wiki-link to no sheet
 * fail `npm run check` and the build, with the same messages, at their line
 * and column in the file.
 */
import { describe, expect, it } from 'vitest';
import { failingCheckAndBuild } from '../helpers/bad-input.ts';

describe('a bad About page text fails check and the build with its exact message', () => {
	it('raw HTML and a wiki-link to no sheet, in content/about.md', () => {
		const blocks = failingCheckAndBuild('kb-bad-about', {
			'content/about.md': '## Who we are\n\nThe curators of [[Jane Doe]] and [[Jon Roe]].\n\n<script>alert(document.domain)</script>\n',
		});
		expect(blocks).toMatchInlineSnapshot(`
			[
			  "content/about.md:3:34 body
			  The wiki-link [[Jon Roe]] does not match any sheet's slug, name or alias. Did you mean "Jane Doe"?
			  Fix: Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.",
			  "content/about.md:5:1 body
			  Raw HTML is not allowed in a .md body: "<script>alert(document.domain)</script>".
			  Fix: Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.",
			]
		`);
	});
});
