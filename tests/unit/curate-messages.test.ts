/**
 * The rules `check` now enforces that only tests enforced before (one list:
 * src/lib/verify/rules.ts), and the messages issue 15 asked for: the failing
 * part of an ellipsis join with its differing words, a quote cited to the
 * wrong source, and fixes that name the folder a new sheet goes in.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { CONTENT_RULES } from '../../src/lib/verify/rules.ts';
import { ANN_LEE, ARTICLE, COUNCIL, sha256Of, SOURCE, validProject } from '../helpers/project.ts';

const problems = (overrides: Record<string, string | undefined>) => verifyProject(validProject(overrides)).problems.map(formatProblem);

const LONE = `---
name: Bo Park
kind: person
description: A resident.
---
`;

describe('rules only tests enforced before, now in the verifier', () => {
	it('are each in the one list', () => {
		expect(CONTENT_RULES.map((rule) => rule.id)).toEqual(expect.arrayContaining(['has-fact', 'linked', 'figure-once', 'sources-cited']));
	});

	it('reports a sheet with no fact, and one no sheet links to or from', () => {
		expect(problems({ 'content/sheets/people/bo-park.mdx': LONE })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/bo-park.mdx:2:7 name
			  The sheet "bo-park" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/bo-park.mdx.",
			  "content/sheets/people/bo-park.mdx:2:7 name
			  The sheet "bo-park" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			]
		`);
	});

	it('reports a figure given twice, on the later fact', () => {
		const twice = ANN_LEE.replace(
			'facts:\n',
			`facts:
  - id: complaints-again
    statement: The council counted at least 312 complaints as of 2 March.
    asOf: "2026-03-02"
    claimant:
      sheet: council
    figure:
      metric: complaints
      value: 312
      qualifier: at-least
    citations:
      - source: daily
        quote: The council counted at least 312 complaints ... as of 2 March.
`,
		);
		expect(problems({ 'content/sheets/people/ann-lee.mdx': twice }).filter((text) => text.includes('given twice'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:18:7 fact "complaints-again" › figure
			  The figure is given twice: fact "complaints-2026-03-02" in content/sheets/organisations/council.mdx has the same metric, value, qualifier, claimant and quotes, so its chart would count it twice.
			  Fix: Keep the figure on one fact: delete \`figure:\` here (or the whole fact), and link to [[council]] if this sheet needs it.",
			]
		`);
	});

	it('reports a source nothing cites', () => {
		const other = ARTICLE.replace('Headline about the council', 'Another headline');
		expect(
			problems({ 'seeds/other.txt': other, 'content/sources/other.yaml': SOURCE.replace('seeds/daily.txt', 'seeds/other.txt').replace('start: Headline about the council', 'start: Another headline').replace(sha256Of(ARTICLE), sha256Of(other)) }),
		).toMatchInlineSnapshot(`
			[
			  "content/sources/other.yaml:1:8 source
			  No fact, role or relation cites the source "other".
			  Fix: Cite it from a sheet (\`npm run find-quote -- other "<words>"\` prints a citation to paste), or delete content/sources/other.yaml and seeds/other.txt.",
			]
		`);
	});
});

describe('messages', () => {
	it('names the failing part of an ellipsis join, with the closest passage for that part and the word that differs', () => {
		const wrong = COUNCIL.replace('The council counted at least 312 complaints ... as of 2 March.', 'The council counted at least 312 complaints ... as of 3 March.');
		expect(problems({ 'content/sheets/organisations/council.mdx': wrong })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  Part 2 of the quote ("as of 3 March.") is not in source "daily" (seeds/daily.txt). Closest passage in the article: "as of 2 March."; it differs at "3" where the article has "2".
			  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
			]
		`);
	});

	it('says which other source holds a quote word for word', () => {
		const other = 'Other Paper | Home\nA second headline\nThe harbour master, Ann Lee, said the ferry would run again in June.\nEnd of the second article.';
		const source = SOURCE.replace('seeds/daily.txt', 'seeds/other.txt')
			.replace('title: Headline about the council', 'title: A second headline')
			.replace('start: Headline about the council', 'start: A second headline')
			.replace('end: since 2020.', 'end: End of the second article.')
			.replace(sha256Of(ARTICLE), sha256Of(other));
		const lee = ANN_LEE.replace('        quote: The mayor, Ann Lee\n', '        quote: The mayor, Ann Lee\n      - source: daily\n        quote: said the ferry would run again in June\n');
		expect(problems({ 'seeds/other.txt': other, 'content/sources/other.yaml': source, 'content/sheets/people/ann-lee.mdx': lee }).filter((text) => text.includes('word for word'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:11:17 role "mayor" › citations[1].source
			  The quote is not in source "daily" (seeds/daily.txt). It is word for word in source "other" (A second headline).
			  Fix: If that is the article you mean, set \`source: other\`; otherwise copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
			]
		`);
	});

	it('names the folder a missing organisation’s sheet goes in, and the command that writes it', () => {
		const wrong = ANN_LEE.replace('org: council', 'org: harbour-board');
		expect(problems({ 'content/sheets/people/ann-lee.mdx': wrong }).filter((text) => text.includes('not a sheet'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:7:10 role "mayor" › org
			  The organisation "harbour-board" is not a sheet.
			  Fix: Use the slug of an existing sheet (its file name without the extension), or create it: \`npm run add-sheet -- "<Name>" --kind <kind> --slug harbour-board\` writes content/sheets/organisations/harbour-board.mdx.",
			]
		`);
	});
});
