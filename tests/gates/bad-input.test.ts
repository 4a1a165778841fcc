/**
 * The corpus of bad input: each kind of bad content, as a change to the
 * valid fixture site, built with the real build. Each must fail the build
 * with the exact message (file, item, what is wrong, the fix), or, for markup
 * in names, aliases and quotes, build and show it as inert text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, readPage, type FixtureChanges } from '../helpers/fixture-site.ts';
import { sha256Of } from '../helpers/project.ts';

const JANE = 'content/sheets/people/jane-doe.mdx';
const ACME = 'content/sheets/organisations/acme-institute.md';
const SOURCE = 'content/sources/harbour-report.yaml';
const SEED = 'seeds/harbour-report.txt';

/** The content report of a failed build: from its count line to the end of the last problem. */
function contentReport(output: string): string {
	const start = output.search(/\d+ problems? in the content:/);
	if (start < 0) return `(no content report)\n${output.slice(-2000)}`;
	const rest = output.slice(start);
	const end = rest.search(/\n\s*(?:Location:|Stack trace:)/);
	return (end < 0 ? rest : rest.slice(0, end)).trimEnd();
}

function failingBuild(name: string, changes: FixtureChanges): string {
	const build = buildFixture(prepareFixture('valid', `bad-${name}`, changes));
	expect(build.status, build.output.slice(-3000)).not.toBe(0);
	return contentReport(build.output);
}

const edit = (from: string | RegExp, to: string) => (text: string) => text.replace(from, to);

describe('bad input fails the build with its exact message', () => {
	it.concurrent('malformed frontmatter YAML', () => {
		expect(failingBuild('yaml', { [JANE]: edit('description: Director of the Acme Institute.', 'description: "Director') })).toMatchInlineSnapshot(`
			"2 problems in the content:

			content/sheets/organisations/acme-institute.md:27:17 body
			  The wiki-link [[Jane Doe]] does not match any sheet's slug, name or alias. It may name a sheet that could not be read (jane-doe): fix that first.
			  Fix: Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.

			content/sheets/people/jane-doe.mdx:5:23
			  The frontmatter is not valid YAML: Missing closing "quote
			  Fix: Correct the YAML syntax at this line (indentation, a missing colon, or an unclosed quote are the usual causes).

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('an MDX syntax error', () => {
		expect(failingBuild('mdx', { [JANE]: edit('Jane Doe leads', 'Jane Doe <leads') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/people/jane-doe.mdx:35:21 body
			  The MDX body cannot be parsed: Unexpected character \`[\` (U+005B) after attribute name, expected a character that can start an attribute name, such as a letter, \`$\`, or \`_\`; \`=\` to initialize a value; or the end of the tag
			  Fix: In prose, write \`<\` and \`{\` as \`&lt;\` and \`&#123;\`, or close the tag or expression that is left open.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a missing required field', () => {
		expect(failingBuild('missing-field', { [ACME]: edit('kind: ngo\n', '') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/organisations/acme-institute.md:2:1 kind
			  The required field \`kind\` is missing.
			  Fix: Add \`kind:\` with a value (see docs/content-model.md).

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('an unknown source', () => {
		expect(failingBuild('unknown-source', { [ACME]: edit('- source: harbour-report\n        quote: The institute counted', '- source: harbor-report\n        quote: The institute counted') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/organisations/acme-institute.md:16:17 fact "flooded-homes-2026-03-03" › citations[0].source
			  The source "harbor-report" does not exist. Did you mean "harbour-report"?
			  Fix: Use the id of a source in content/sources/ (its file name without .yaml), or add the source first: \`npm run add-source -- <text-file> --id harbor-report\` writes content/sources/harbor-report.yaml.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a quote not in its source', () => {
		expect(failingBuild('quote', { [ACME]: edit('at least 1,204 flooded homes as of March 3, according', 'at least 1,240 flooded homes as of March 3, according') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/organisations/acme-institute.md:17:16 fact "flooded-homes-2026-03-03" › citations[0].quote
			  The quote is not in source "harbour-report" (seeds/harbour-report.txt). Closest passage in the article: "The institute counted at least 1,204 flooded homes as of March 3, according to its own survey."; it differs at "1,240" where the article has "1,204".
			  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a quote taken from the page chrome around the article', () => {
		expect(failingBuild('chrome-quote', { [ACME]: edit('quote: the harbour wall will not hold another winter', 'quote: Council approves new bus lanes') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/organisations/acme-institute.md:24:16 fact "wall-warning" › citations[0].quote
			  The quote is in the page around the article, not in the article itself: content/sources/harbour-report.yaml declares where the article of "harbour-report" starts and ends.
			  Fix: Cite the article's own words; a republisher's menus, other headlines and footer are not part of the article.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('an unknown wiki-link', () => {
		expect(failingBuild('wiki-link', { [ACME]: edit('[[Jane Doe]]', '[[Jane Do]]') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/organisations/acme-institute.md:27:17 body
			  The wiki-link [[Jane Do]] does not match any sheet's slug, name or alias. Did you mean "Jane Doe"?
			  Fix: Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('two sheets with the same slug', () => {
		const duplicate = edit('name: Jane Doe', 'name: Jane Doe Foundation')(readFixture(JANE)).replace('aliases: [J. Doe]', 'aliases: []');
		expect(failingBuild('same-slug', { 'content/sheets/organisations/jane-doe.mdx': duplicate })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/people/jane-doe.mdx
			  The slug "jane-doe" is already used by content/sheets/organisations/jane-doe.mdx.
			  Fix: Two sheets cannot share a file name, even in different folders: rename one of them, or merge them if they are the same actor.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('an alias shared by two sheets', () => {
		expect(failingBuild('shared-alias', { [ACME]: edit('kind: ngo', 'aliases: [J. Doe]\nkind: ngo') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/people/jane-doe.mdx:3:11 aliases[0]
			  "J. Doe" is also the name or an alias of sheet "acme-institute" (content/sheets/organisations/acme-institute.md), so a reader looking it up could not tell which is meant.
			  Fix: If both sheets are the same actor, merge them; otherwise remove the alias from one sheet, or make it more specific.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a duplicate fact id', () => {
		expect(failingBuild('duplicate-fact', { [JANE]: edit('  - id: joined-2019', '  - id: harbour-wall-warning') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/people/jane-doe.mdx:27:9 fact "harbour-wall-warning" › id
			  The fact id "harbour-wall-warning" is already used by facts[0] at line 20.
			  Fix: Give this fact an id of its own: ids are permanent links, so keep the older fact's id unchanged.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('an impossible date', () => {
		expect(failingBuild('date', { [ACME]: edit('asOf: "2026-03-03"', 'asOf: "2026-02-30"') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/organisations/acme-institute.md:8:11 fact "flooded-homes-2026-03-03" › asOf
			  \`asOf\` is "2026-02-30": this date does not exist in the calendar.
			  Fix: Write a date that exists, as "YYYY", "YYYY-MM" or "YYYY-MM-DD" in quotes, only as precise as the source.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a javascript: URL', () => {
		expect(failingBuild('javascript-url', { [SOURCE]: edit('url: https://example.org/harbour-report', 'url: "javascript:alert(document.cookie)"') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sources/harbour-report.yaml:7:6 url
			  \`url\` is "javascript:alert(document.cookie)": expected an absolute http:// or https:// address.
			  Fix: Give the article's full http:// or https:// address, or leave \`url\` out when it is not known.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a data: URL', () => {
		expect(failingBuild('data-url', { [SOURCE]: edit('url: https://example.org/harbour-report', 'url: "data:text/html,<script>alert(1)</script>"') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sources/harbour-report.yaml:7:6 url
			  \`url\` is "data:text/html,<script>alert(1)</script>": expected an absolute http:// or https:// address.
			  Fix: Give the article's full http:// or https:// address, or leave \`url\` out when it is not known.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a relation to a missing sheet', () => {
		expect(failingBuild('missing-target', { [JANE]: edit('target: acme-institute', 'target: acme-institut') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/people/jane-doe.mdx:14:13 relation "member-of acme-institut" › target
			  The relation target "acme-institut" is not a sheet. Did you mean "acme-institute"?
			  Fix: Use the slug of an existing sheet (its file name without the extension), or create it: \`npm run add-sheet -- "<Name>" --kind <kind> --slug acme-institut\` writes content/sheets/organisations/acme-institut.mdx or content/sheets/people/acme-institut.mdx, by its kind.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('a sheet related to itself', () => {
		expect(failingBuild('self-relation', { [JANE]: edit('target: acme-institute', 'target: jane-doe') })).toMatchInlineSnapshot(`
			"1 problem in the content:

			content/sheets/people/jane-doe.mdx:14:13 relation "member-of jane-doe" › target
			  The relation "member-of" points at this sheet itself.
			  Fix: Point the relation at another sheet, or remove it.

			  Hint:
			    Run \`npm run check\` to list these problems again without building."
		`);
	});
	it.concurrent('several problems at once, all reported together', () => {
		const report = failingBuild('several', {
			[JANE]: edit('target: acme-institute', 'target: jane-doe'),
			[ACME]: edit('asOf: "2026-03-03"', 'asOf: "2026-13-03"'),
			[SOURCE]: edit('url: https://example.org/harbour-report', 'url: "javascript:void(0)"'),
		});
		expect(report.split('\n')[0]).toBe('3 problems in the content:');
	});
});

function readFixture(path: string): string {
	return readFileSync(new URL(`../fixtures/valid/${path}`, import.meta.url), 'utf8');
}

describe('markup in names, aliases and quotes renders as inert text', () => {
	it('escapes it on every page that shows it', () => {
		const script = '<script>alert("x")</script>';
		// The alias must be words of the article too (docs/content-model.md, "Names and aliases").
		const seed = edit('Doe joined the institute', 'The sign read <b onclick="alert(1)">Closed</b> & "Keep out". A poster read <img src=x onerror=alert(2)>. Doe joined the institute')(readFixture(SEED));
		const site = prepareFixture('valid', 'markup', {
			[SEED]: seed,
			// The stored text changed deliberately, so its recorded hash changes with it.
			[SOURCE]: edit(/^sha256: .*$/m, `sha256: ${sha256Of(seed)}`),
			[JANE]: (text) =>
				text
					.replace('name: Jane Doe', `name: 'Jane ${script} Doe'`)
					.replace('aliases: [J. Doe]', 'aliases: [J. Doe, "<img src=x onerror=alert(2)>"]')
					.replace(
						'  - id: joined-2019',
						`  - id: the-sign
    statement: The sign read Closed.
    citations:
      - source: harbour-report
        quote: 'The sign read <b onclick="alert(1)">Closed</b> & "Keep out".'
  - id: joined-2019`,
					)
					.replace('Jane Doe leads', 'She leads'),
			[ACME]: edit('[[Jane Doe]]', '[[jane-doe]]'),
		});
		const build = buildFixture(site);
		expect(build.status, build.output.slice(-3000)).toBe(0);
		const pages = ['people/jane-doe/', 'organisations/acme-institute/', 'people/', 'sources/harbour-report/', ''].map((path) => readPage(site, path));
		for (const html of pages) {
			expect(html).not.toContain(script);
			expect(html).not.toContain('<img src=x');
			expect(html).not.toContain('<b onclick');
		}
		const person = pages[0]!;
		expect(person).toContain('Jane &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Doe');
		expect(person).toContain('&lt;img src=x onerror=alert(2)&gt;');
		// Shown at the claim in the stored text's typography, so its straight quotes may have curled.
		expect(person).toMatch(/The sign read &lt;b onclick=(&quot;|"|“)alert\(1\)(&quot;|"|”)&gt;Closed&lt;\/b&gt; &amp; (&quot;|"|“)Keep out(&quot;|"|”)\./);
		// The only scripts on any page are none: pages need no JavaScript.
		for (const html of pages) expect(html).not.toMatch(/<script(?![^>]*type="application\/(?:ld\+)?json")/);
	});
});
