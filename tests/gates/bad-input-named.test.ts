/**
 * Who a quote must name, through `npm run check` and the real build: the
 * issue's fabrications (a claimant changed to someone the passage does not
 * name, a fact citing words about another body, a role on a pseudonymous
 * person citing a quote about someone else) fail both with the same exact
 * message; a `subjectNote` is shown on the page beside its item. The rule is
 * pinned case by case in tests/unit/named-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, readPage, type FixtureChanges } from '../helpers/fixture-site.ts';
import { edit, failingCheckAndBuild } from '../helpers/bad-input.ts';

const JANE = 'content/sheets/people/jane-doe.mdx';
const ACME = 'content/sheets/organisations/acme-institute.md';
const KIT = 'content/sheets/people/kit.md';



/** Checks and builds the valid fixture changed by `changes`: both must fail, with the same problems. */
const failingBoth = (name: string, changes: FixtureChanges) => failingCheckAndBuild(`d2-${name}`, changes);

describe("the issue's fabrications of who a quote names fail check and the build", () => {
	it.concurrent("a claimant changed to a sheet the quote's paragraph does not name", () => {
		expect(failingBoth('claimant', { [ACME]: edit('    claimant:\n      sheet: acme-institute', '    claimant:\n      sheet: jane-doe') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:17:16 fact "flooded-homes-2026-03-03" › citations[0].quote
			  The quote's paragraph (seeds/harbour-report.txt, line 8) does not name the claimant, Jane Doe (looked for "Jane Doe", "J. Doe", "Doe" as whole words, in any case).
			  Fix: Quote a passage that names Jane Doe; or, if the passage refers to Jane Doe another way ("he", "the institute"), add \`subjectNote\` to this fact saying how (for example "'He' is Jane Doe, named in the paragraph before").",
			]
		`);
	});

	it.concurrent("a fact on a person's sheet citing words about another body", () => {
		const jane = edit(
			'quote: said on Monday that "the harbour wall will not hold another winter"',
			'quote: The institute counted at least 1,204 flooded homes',
		);
		expect(failingBoth('other-body', { [JANE]: jane })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.mdx:26:16 fact "harbour-wall-warning" › citations[0].quote
			  The quote's paragraph (seeds/harbour-report.txt, line 8) does not name the sheet's subject (also the claimant), Jane Doe (looked for "Jane Doe", "J. Doe", "Doe" as whole words, in any case).
			  Fix: Quote a passage that names Jane Doe; or, if the passage refers to Jane Doe another way ("he", "the institute"), add \`subjectNote\` to this fact saying how (for example "'He' is Jane Doe, named in the paragraph before").",
			]
		`);
	});

	it.concurrent("a role on a pseudonymous person's sheet citing a quote about someone else", () => {
		const kit = `---
name: Kit
kind: person
pseudonymous: true
description: A volunteer.
roles:
  - title: director
    org: acme-institute
    citations:
      - source: harbour-report
        quote: Jane Doe, director of the Acme Institute
---
`;
		expect(failingBoth('pseudonymous-role', { [KIT]: kit })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/kit.md:2:7 name
			  The sheet "kit" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/kit.md.",
			  "content/sheets/people/kit.md:11:16 role "director" › citations[0].quote
			  The quote's paragraph (seeds/harbour-report.txt, line 6) does not name the sheet's subject, Kit (looked for "Kit" as whole words, in any case).
			  Fix: Quote a passage that names Kit; or, if the passage refers to Kit another way ("he", "the institute"), add \`subjectNote\` to this role saying how (for example "'He' is Kit, named in the paragraph before").",
			]
		`);
	});
});

describe('a subjectNote', () => {
	it.concurrent("is shown beside its fact and relation as the editors' note, not as a quote", () => {
		const site = prepareFixture('valid', 'd2-subject-note', {
			[JANE]: edit(
				'    start: "2019"\n',
				`    start: "2019"\n    subjectNote: "'the institute' is the Acme Institute, named later in the same paragraph."\n`,
			),
			[ACME]: edit(
				'      value: 1204\n      qualifier: at-least\n',
				"      value: 1204\n      qualifier: at-least\n    subjectNote: \"'The institute' is the Acme Institute, named in the paragraph's last sentence.\"\n",
			),
		});
		const build = buildFixture(site);
		expect(build.status, build.output.slice(-3000)).toBe(0);
		const relationNote = `<span class="subject-note"> (editors&#39; note on the source&#39;s wording: &#39;the institute&#39; is the Acme Institute, named later in the same paragraph.)</span>`;
		const acme = readPage(site, 'organisations/acme-institute/');
		expect(acme).toContain(
			`<p class="subject-note">Editors&#39; note on the source&#39;s wording: &#39;The institute&#39; is the Acme Institute, named in the paragraph&#39;s last sentence.</p>`,
		);
		// A relation is shown on both of its sheets, and so is its note.
		expect(acme).toContain(relationNote);
		expect(readPage(site, 'people/jane-doe/')).toContain(relationNote);
	});
});
