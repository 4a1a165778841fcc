/**
 * What `add-source` and `add-sheet` write (src/lib/curate/): suggestions as
 * comments, placeholders `check` reports until they are filled, and the
 * verifier's own uniqueness rule refusing a name another sheet has.
 */
import { describe, expect, it } from 'vitest';
import { articleShape } from '../../src/lib/curate/article-shape.ts';
import { nameConflicts, sheetDraft } from '../../src/lib/curate/sheet-draft.ts';
import { sourceDraft } from '../../src/lib/curate/source-draft.ts';
import { slugFrom } from '../../src/lib/curate/slug.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { ARTICLE, sha256Of, validProject } from '../helpers/project.ts';

const PAGE = `Daily Harbour | Home | Weather
Tuesday 10 March 2026

Ferry operator cuts winter crossings

The Bay Ferry Company said on Monday that it will cut its winter crossings by half, citing the storms of last month.

Its chief executive, Tom Reed, told reporters the harbour wall had failed twice in February.

Other headlines: Council approves new bus lanes
© 2026 Daily Harbour
`;

describe('what add-source reads off a stored text', () => {
	it('finds the headline, the stated date, the credit and an article span inside page chrome', () => {
		expect(articleShape(PAGE)).toMatchObject({
			headline: { line: 4, text: 'Ferry operator cuts winter crossings' },
			stated: { date: '2026-03-10', statedAs: 'Tuesday 10 March 2026', line: 2 },
			credit: { line: 11, text: 'Daily Harbour' },
			chrome: true,
			span: { start: 'Ferry operator cuts winter crossings', end: 'the harbour wall had failed twice in February.' },
		});
	});

	it('suggests no span for a text that is the article alone, and finds no headline where none is short', () => {
		const shape = articleShape('The council met on Monday and agreed to repair the bridge before the winter.\nIt will cost more than planned, the mayor said at the meeting.\n');
		expect(shape?.chrome).toBe(false);
		expect(shape?.span).toBeUndefined();
		expect(shape?.headline).toBeUndefined();
	});

	it('writes every field only the curator can confirm as a placeholder, with the suggestion above it', () => {
		expect(sourceDraft({ textPath: 'seeds/ferry.txt', text: PAGE, sha256: sha256Of(PAGE) })).toMatchInlineSnapshot(`
			"# Written by \`npm run add-source\`. Replace every TODO with what the stored text supports (docs/content-model.md, "Sources");
			# a suggestion in a comment is what the text seems to say: check it against the line it names.
			# Suggested from line 4 of seeds/ferry.txt:
			#   title: Ferry operator cuts winter crossings
			title: "TODO: the headline, as the stored text gives it"
			# Suggested from line 11 of seeds/ferry.txt:
			#   publisher: Daily Harbour
			publisher: "TODO: who published the stored copy, as the text names it, or null when it does not"
			# Suggested from line 2 of seeds/ferry.txt:
			#   published: {status: stated, date: "2026-03-10", statedAs: Tuesday 10 March 2026}
			published: "TODO: a date claim, {status: stated, date, statedAs} when the text gives the date"
			# No \`url\`: give one only when you know the address the text was taken from (add-source --url); it is never reconstructed.
			# Suggested, when the stored copy carries no retrieval date:
			#   retrieved: {status: unknown, reason: The stored copy carries no retrieval date.}
			retrieved: "TODO: a date claim for when the text was retrieved"
			# Suggested: the article reads as English.
			#   language: en
			language: "TODO: the language of the article, as a BCP 47 tag such as en"
			text: seeds/ferry.txt
			sha256: d1f0735512710e9fa0a4f226521a9ec7dc99919bc48d905a9ea04070897a8558
			# Lines outside 4–8 of seeds/ferry.txt look like the page around the article (menus, other headlines, a footer).
			# Suggested span (its markers occur once in the text):
			#   article:
			#     start: Ferry operator cuts winter crossings
			#     end: the harbour wall had failed twice in February.
			article: "TODO: the article's first and last words, {start, end}; delete this line if the text is the article alone"
			"
		`);
	});

	it('makes check report each placeholder at its line, and nothing else about the source, until it is filled', () => {
		const draft = sourceDraft({ textPath: 'seeds/daily.txt', text: ARTICLE, sha256: sha256Of(ARTICLE), url: 'https://example.org/daily' });
		const problems = verifyProject(validProject({ 'content/sources/daily.yaml': draft })).problems.filter((problem) => problem.file === 'content/sources/daily.yaml');
		expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
			[
			  "content/sources/daily.yaml:5:8 title
			  This is still a placeholder: "TODO: the headline, as the stored text gives it".
			  Fix: Replace it with the headline, as the stored text gives it (a comment above it may suggest one: check it against the stored text).",
			  "content/sources/daily.yaml:6:12 publisher
			  This is still a placeholder: "TODO: who published the stored copy, as the text names it, or null when it does not".
			  Fix: Replace it with who published the stored copy, as the text names it, or null when it does not (a comment above it may suggest one: check it against the stored text).",
			  "content/sources/daily.yaml:8:12 published
			  This is still a placeholder: "TODO: a date claim, {status: stated, date, statedAs} when the text gives the date".
			  Fix: Replace it with a date claim, {status: stated, date, statedAs} when the text gives the date (a comment above it may suggest one: check it against the stored text).",
			  "content/sources/daily.yaml:12:12 retrieved
			  This is still a placeholder: "TODO: a date claim for when the text was retrieved".
			  Fix: Replace it with a date claim for when the text was retrieved (a comment above it may suggest one: check it against the stored text).",
			  "content/sources/daily.yaml:15:11 language
			  This is still a placeholder: "TODO: the language of the article, as a BCP 47 tag such as en".
			  Fix: Replace it with the language of the article, as a BCP 47 tag such as en (a comment above it may suggest one: check it against the stored text).",
			  "content/sources/daily.yaml:23:10 article
			  This is still a placeholder: "TODO: the article's first and last words, {start, end}; delete this line if the text is the article alone".
			  Fix: Replace it with the article's first and last words, {start, end}; delete this line if the text is the article alone (a comment above it may suggest one: check it against the stored text).",
			]
		`);
	});
});

describe('what add-sheet writes', () => {
	it('makes the slug from the name, without accents or apostrophes', () => {
		expect(['Zoë Ó’Brien', 'Bay Ferry Company', '  Ali   al-Doe ', '王小明'].map(slugFrom)).toEqual(['zoe-obrien', 'bay-ferry-company', 'ali-al-doe', '']);
	});

	it('writes a skeleton whose first fact cites the source, with placeholders check reports', () => {
		const draft = sheetDraft({ name: 'Tom Reed', kind: 'person', aliases: ['T. Reed'], source: 'daily' });
		expect(draft).toMatchInlineSnapshot(`
			"---
			name: Tom Reed
			aliases:
			  - T. Reed
			kind: person
			description: "TODO: one sentence on who this is, saying no more than the sources support"
			# Written by \`npm run add-sheet\`. Replace every TODO (docs/content-model.md, "Sheets"); \`npm run check\` lists those left.
			facts:
			  - id: "TODO: a short id of lowercase words, e.g. joined-2019"
			    statement: "TODO: the fact in plain words, saying no more than the quote"
			    citations:
			      - source: daily
			        quote: "TODO: the article's words; npm run find-quote -- daily \\"<words>\\" prints them ready to paste"
			---
			"
		`);
		const problems = verifyProject(validProject({ 'content/sheets/people/tom-reed.mdx': draft })).problems.filter((problem) => problem.file.endsWith('tom-reed.mdx'));
		expect(problems.map((problem) => `${problem.line}:${problem.column} ${problem.field}`)).toEqual(['6:14 description', '9:9 id', '10:16 statement', '13:16 citations[0].quote']);
	});

	it('refuses a name or alias another sheet has, or one that only looks like it, naming that sheet', () => {
		const files = validProject();
		const conflicts = nameConflicts(files, { path: 'content/sheets/people/a-lee.mdx', name: 'Аnn Lee', kind: 'person', aliases: ['the council'] });
		expect(conflicts.map((problem) => problem.message)).toMatchInlineSnapshot(`
			[
			  ""Аnn Lee" looks like "Ann Lee", the name or an alias of sheet "ann-lee" (content/sheets/people/ann-lee.mdx): it has U+0410 CYRILLIC CAPITAL LETTER A where that has U+0041 LATIN CAPITAL LETTER A, which look alike, so a reader could not tell the two apart.",
			  ""the council" is also the name or an alias of sheet "council" (content/sheets/organisations/council.mdx), so a reader looking it up could not tell which is meant.",
			]
		`);
		expect(nameConflicts(files, { path: 'content/sheets/people/tom-reed.mdx', name: 'Tom Reed', kind: 'person', aliases: [] })).toEqual([]);
	});

	it('refuses a slug another sheet has in another folder', () => {
		const conflicts = nameConflicts(validProject(), { path: 'content/sheets/people/council.mdx', name: 'Council Watch', kind: 'person', aliases: [] });
		expect(conflicts.map((problem) => problem.message)).toEqual([expect.stringContaining('The slug "council" is already used by')]);
	});
});
