/**
 * Who a quote must name (docs/content-model.md, "Who a quote must name"):
 * the paragraph of every quote names the sheet's subject, the other end of a
 * role or relation and a fact's claimant, or the item's `subjectNote` says
 * how the passage refers to them. Every message pinned.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { checkNamed, namingTerms } from '../../src/lib/verify/named.ts';
import { contentWords, WordSearch } from '../../src/lib/text/words.ts';
import { DEFAULT_KINDS, DEFAULT_RELATION_TYPES, projectFiles, sha256Of } from '../helpers/project.ts';

const WIRE = `Harbour Wire | Home | Weather
Storm closes the harbour
Repairs will take all winter, according to the Harbour Board.
Jane Doe, who chairs the board, walked the quay on Monday.
She said the quay "will be rebuilt by spring" and thanked the divers.
A senior port official said the Harbour Board's sea wall had cracked in two places.
Doe's deputy inspected the moorings before dawn.
The Leeds office sent a team of divers to the harbour.
Sam Roe, commander of the Harbour Board patrol boats, was not available.
Sam Roe said the quay will reopen in spring.
Jane Doe said the quay will reopen in spring.
Other news: the ferry is late.`;

const SOURCE = `title: Storm closes the harbour
publisher: Harbour Wire
published:
  status: stated
  date: "2026-03-04"
  statedAs: 4 March 2026
retrieved:
  status: unknown
  reason: Test.
language: en
text: seeds/wire.txt
sha256: ${sha256Of(WIRE)}
article:
  start: Storm closes the harbour
  end: Jane Doe said the quay will reopen in spring.
`;

const BOARD = `---
name: Harbour Board
kind: government-body
description: The board that runs the harbour.
facts:
  - id: repairs-all-winter
    statement: The Harbour Board says repairs will take all winter.
    claimant:
      sheet: harbour-board
    citations:
      - source: wire
        quote: Repairs will take all winter
  - id: sea-wall-cracked
    statement: A senior port official said the board's sea wall had cracked.
    claimant:
      party: a senior port official
    citations:
      - source: wire
        quote: A senior port official said the Harbour Board's sea wall had cracked
---
`;

const JANE = `---
name: Jane Doe
kind: person
description: Chair of the Harbour Board.
roles:
  - title: chair
    org: harbour-board
    subjectNote: "'the board' is the Harbour Board, named in the paragraph before."
    citations:
      - source: wire
        quote: Jane Doe, who chairs the board
facts:
  - id: quay-rebuilt
    statement: Doe said the quay will be rebuilt by spring.
    claimant:
      sheet: jane-doe
    subjectNote: "'She' is Jane Doe, named in the paragraph before."
    citations:
      - source: wire
        quote: She said the quay "will be rebuilt by spring"
  - id: deputy-inspected-moorings
    statement: Doe's deputy inspected the moorings.
    citations:
      - source: wire
        quote: Doe's deputy inspected the moorings before dawn.
  - id: quay-reopening
    statement: Doe said the quay will reopen in spring.
    citations:
      - source: wire
        quote: said the quay will reopen in spring
---
`;

const TIDINGS = `---
name: Tidings
kind: media-outlet
description: A news agency.
---
`;

const FILES = {
	BOARD: 'content/sheets/organisations/harbour-board.md',
	JANE: 'content/sheets/people/jane-doe.md',
	TIDINGS: 'content/sheets/organisations/tidings.md',
};

/** The project, changed by `overrides` (undefined leaves a file out). */
function project(overrides: Record<string, string | undefined> = {}) {
	const files: Record<string, string | undefined> = {
		'seeds/wire.txt': WIRE,
		'content/sources/wire.yaml': SOURCE,
		'content/kinds.yaml': DEFAULT_KINDS,
		'content/relation-types.yaml': DEFAULT_RELATION_TYPES,
		[FILES.BOARD]: BOARD,
		[FILES.JANE]: JANE,
		[FILES.TIDINGS]: TIDINGS,
		...overrides,
	};
	return projectFiles(Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined)));
}

/** The problems of this rule only, formatted: other rules have their own tests. */
function named(overrides: Record<string, string> = {}): string[] {
	const { corpus } = verifyProject(project(overrides));
	return corpus.sheets.flatMap((sheet) => checkNamed(sheet, corpus)).map(formatProblem);
}

describe('who a quote must name', () => {
	it('accepts a project whose quotes name everyone (by name, surname, possessive, "according to", a subjectNote, a party\'s words)', () => {
		// Without the Tidings sheet, which only other tests name as a claimant: a sheet with no fact of its own is a problem of its own (rules.ts).
		expect(verifyProject(project({ [FILES.TIDINGS]: undefined })).problems.map(formatProblem)).toEqual([]);
	});

	it('reports a claimant changed to someone the paragraph does not name', () => {
		expect(named({ [FILES.BOARD]: BOARD.replace('sheet: harbour-board', 'sheet: tidings') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/harbour-board.md:12:16 fact "repairs-all-winter" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 3) does not name the claimant, Tidings (looked for "Tidings" as whole words, in any case).
			  Fix: Quote a passage that names Tidings; or, if the passage refers to Tidings another way ("he", "the institute"), add \`subjectNote\` to this fact saying how (for example "'He' is Tidings, named in the paragraph before").",
			]
		`);
	});

	it("reports a fact on a person's sheet that cites words about another body", () => {
		const sheet = JANE.replace('Doe\'s deputy inspected the moorings before dawn.', 'Repairs will take all winter, according to the Harbour Board.');
		expect(named({ [FILES.JANE]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.md:25:16 fact "deputy-inspected-moorings" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 3) does not name the sheet's subject, Jane Doe (looked for "Jane Doe", "Doe" as whole words, in any case).
			  Fix: Quote a passage that names Jane Doe; or, if the passage refers to Jane Doe another way ("he", "the institute"), add \`subjectNote\` to this fact saying how (for example "'He' is Jane Doe, named in the paragraph before").",
			]
		`);
	});

	it("reports a role on a pseudonymous person's sheet that cites a quote about someone else", () => {
		const kit = `---
name: Kit
kind: person
pseudonymous: true
description: A boat crew member.
roles:
  - title: Commander of the Harbour Board patrol boats
    org: harbour-board
    citations:
      - source: wire
        quote: Sam Roe, commander of the Harbour Board patrol boats
---
`;
		expect(named({ 'content/sheets/people/kit.md': kit })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/kit.md:11:16 role "Commander of the Harbour Board patrol boats" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 9) does not name the sheet's subject, Kit (looked for "Kit" as whole words, in any case).
			  Fix: Quote a passage that names Kit; or, if the passage refers to Kit another way ("he", "the institute"), add \`subjectNote\` to this role saying how (for example "'He' is Kit, named in the paragraph before").",
			]
		`);
	});

	it('reports a relation whose other sheet the paragraph does not name', () => {
		const sheet = JANE.replace(
			'facts:\n',
			`relations:
  - type: works-for
    target: harbour-board
    citations:
      - source: wire
        quote: Doe's deputy inspected the moorings
facts:
`,
		);
		expect(named({ [FILES.JANE]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.md:17:16 relation "works-for harbour-board" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 7) does not name the relation's other sheet, Harbour Board (looked for "Harbour Board" as whole words, in any case).
			  Fix: Quote a passage that names Harbour Board; or, if the passage refers to Harbour Board another way ("he", "the institute"), add \`subjectNote\` to this relation saying how (for example "'He' is Harbour Board, named in the paragraph before").",
			]
		`);
	});

	it('reports a role whose organisation only the subjectNote could name, when there is no note', () => {
		const sheet = JANE.replace(`    subjectNote: "'the board' is the Harbour Board, named in the paragraph before."\n`, '');
		expect(named({ [FILES.JANE]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.md:10:16 role "chair" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 4) does not name the role's organisation, Harbour Board (looked for "Harbour Board" as whole words, in any case).
			  Fix: Quote a passage that names Harbour Board; or, if the passage refers to Harbour Board another way ("he", "the institute"), add \`subjectNote\` to this role saying how (for example "'He' is Harbour Board, named in the paragraph before").",
			]
		`);
	});

	it('reports a subject named only by a pronoun, when there is no subjectNote (once, for the subject who is also the claimant)', () => {
		const sheet = JANE.replace(`    subjectNote: "'She' is Jane Doe, named in the paragraph before."\n`, '');
		expect(named({ [FILES.JANE]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.md:19:16 fact "quay-rebuilt" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 5) does not name the sheet's subject (also the claimant), Jane Doe (looked for "Jane Doe", "Doe" as whole words, in any case).
			  Fix: Quote a passage that names Jane Doe; or, if the passage refers to Jane Doe another way ("he", "the institute"), add \`subjectNote\` to this fact saying how (for example "'He' is Jane Doe, named in the paragraph before").",
			]
		`);
	});

	it('reports a subjectNote that does not name the one the passage leaves unnamed', () => {
		const sheet = JANE.replace(`"'She' is Jane Doe, named in the paragraph before."`, `"'She' is the chair, named in the paragraph before."`);
		expect(named({ [FILES.JANE]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.md:17:18 fact "quay-rebuilt" › subjectNote
			  \`subjectNote\` does not say how the passage of citations[0] refers to the sheet's subject (also the claimant), Jane Doe: the paragraph does not name it, and the note does not name the sheet's subject (also the claimant), Jane Doe (looked for "Jane Doe", "Doe" as whole words, in any case).
			  Fix: Say in \`subjectNote\` which words of the passage mean Jane Doe and where the article names them (for example "'He' is Jane Doe, named in the paragraph before"), or quote a passage that names Jane Doe.",
			]
		`);
	});

	it("reports a described claimant whose words are not in the paragraph, and whom it cites", () => {
		const sheet = BOARD.replace('      party: a senior port official\n', '      party: port officials\n      citing: harbour engineers\n');
		expect(named({ [FILES.BOARD]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/harbour-board.md:20:16 fact "sea-wall-cracked" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 6) does not have the words of the claimant, "port officials" (missing "officials").
			  Fix: Write the description in the words this paragraph uses, or quote a passage that has them; or, if the passage refers to "port officials" another way ("they", "the group"), add \`subjectNote\` to this fact saying how, in the article's words.",
			  "content/sheets/organisations/harbour-board.md:20:16 fact "sea-wall-cracked" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 6) does not have the words of whom the claimant cites, "harbour engineers" (missing "engineers").
			  Fix: Write the description in the words this paragraph uses, or quote a passage that has them; or, if the passage refers to "harbour engineers" another way ("they", "the group"), add \`subjectNote\` to this fact saying how, in the article's words.",
			]
		`);
	});

	it('matches whole words only: a one-word name inside a longer word, and an organisation by the last word of its name, do not count', () => {
		const lee = `---
name: Lee
kind: person
description: A diver.
roles:
  - title: diver
    orgName: Leeds office
    citations:
      - source: wire
        quote: The Leeds office sent a team of divers
---
`;
		const board = BOARD.replace('quote: Repairs will take all winter', 'quote: Jane Doe, who chairs the board');
		expect(named({ 'content/sheets/people/lee.md': lee, [FILES.BOARD]: board })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/harbour-board.md:12:16 fact "repairs-all-winter" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 4) does not name the sheet's subject (also the claimant), Harbour Board (looked for "Harbour Board" as whole words, in any case).
			  Fix: Quote a passage that names Harbour Board; or, if the passage refers to Harbour Board another way ("he", "the institute"), add \`subjectNote\` to this fact saying how (for example "'He' is Harbour Board, named in the paragraph before").",
			  "content/sheets/people/lee.md:10:16 role "diver" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 8) does not name the sheet's subject, Lee (looked for "Lee" as whole words, in any case).
			  Fix: Quote a passage that names Lee; or, if the passage refers to Lee another way ("he", "the institute"), add \`subjectNote\` to this role saying how (for example "'He' is Lee, named in the paragraph before").",
			]
		`);
	});

	it("reads a quote whose words stand in several paragraphs in the one that names everyone, and names the others when none does", () => {
		const kit = `---
name: Kit
kind: person
pseudonymous: true
description: A volunteer.
facts:
  - id: quay-reopening
    statement: Kit said the quay will reopen in spring.
    citations:
      - source: wire
        quote: said the quay will reopen in spring
---
`;
		expect(named({ 'content/sheets/people/kit.md': kit })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/kit.md:11:16 fact "quay-reopening" › citations[0].quote
			  The quote's paragraph (seeds/wire.txt, line 10) does not name the sheet's subject, Kit (looked for "Kit" as whole words, in any case). Its words also stand in line 11, and no paragraph that holds them names everyone the item is about.
			  Fix: Quote a passage that names Kit; or, if the passage refers to Kit another way ("he", "the institute"), add \`subjectNote\` to this fact saying how (for example "'He' is Kit, named in the paragraph before").",
			]
		`);
	});

	it('leaves quotes that are not found to the quote check', () => {
		expect(named({ [FILES.BOARD]: BOARD.replace('Repairs will take all winter', 'Repairs will take all summer') })).toEqual([]);
	});
});

describe('namingTerms', () => {
	it('gives a person the surname (the last word of the name), and an organisation only its name and aliases', () => {
		expect(namingTerms({ name: 'Jane Mary Doe', aliases: ['J. Doe'] }, true)).toEqual(['Jane Mary Doe', 'J. Doe', 'Doe']);
		expect(namingTerms({ name: 'Ava', aliases: [] }, true)).toEqual(['Ava']);
		expect(namingTerms({ name: 'Harbour Board', aliases: ['the board'] }, false)).toEqual(['Harbour Board', 'the board']);
	});
});

describe('WordSearch', () => {
	const passage = new WordSearch("Doe’s deputy met O'Brien and the deadly  tide in Leeds-on-Sea; ANN LEE spoke.");
	it.each([
		['Doe', true],
		["doe's", true],
		['dead', false],
		['deadly tide', true],
		['Brien', false],
		["O'Brien", true],
		['Lee', true],
		['Leeds', true],
		['Sea', true],
		['ann lee', true],
		['Le', false],
		['', false],
	])('%j → %s', (term, found) => {
		expect(passage.has(term)).toBe(found);
	});
	it('keeps the content words of a description, without function words', () => {
		expect(contentWords("A senior official of Ruritania's Harbour Board, and his deputy")).toEqual(['senior', 'official', "ruritania's", 'harbour', 'board', 'deputy']);
	});
});
