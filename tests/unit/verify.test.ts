import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../src/lib/problems.ts';
import type { ProjectFiles } from '../../src/lib/content/project-files.ts';
import type { LoadedSheet } from '../../src/lib/corpus.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { ANN_LEE, COUNCIL, SOURCE, validProject } from '../helpers/project.ts';

/** The formatted problems of a project that differs from the valid one by `overrides`. */
function problems(overrides: Record<string, string | undefined>): string[] {
	return verifyProject(validProject(overrides)).problems.map(formatProblem);
}

const ANN = 'content/sheets/people/ann-lee.mdx';
const COUNCIL_FILE = 'content/sheets/organisations/council.mdx';
const SOURCE_FILE = 'content/sources/daily.yaml';

describe('verifyProject', () => {
	it('accepts a valid project', () => {
		const result = verifyProject(validProject());
		expect(result.problems).toEqual([]);
		expect(result.corpus.sheets.map((sheet) => sheet.slug)).toEqual(['ann-lee', 'council']);
	});

	// A build queues the preview cards from this hook (src/integration/index.ts), so that they render while the rest is verified.
	describe('the sheetsLoaded hook', () => {
		/** Verifies `files`, recording each call of the hook and whether any stored text had been read by then. */
		function verifyWithHook(files: ProjectFiles) {
			const read: string[] = [];
			const calls: { slugs: string[]; sheets: readonly LoadedSheet[]; kinds: string[]; textsReadBefore: number }[] = [];
			const result = verifyProject(
				{ ...files, readText: (path) => (read.push(path), files.readText(path)) },
				{ sheetsLoaded: (sheets, vocabulary) => calls.push({ slugs: sheets.map((sheet) => sheet.slug), sheets, kinds: [...vocabulary.kinds.keys()], textsReadBefore: read.length }) },
			);
			return { ...result, calls, read };
		}

		it('is given the corpus’s own sheets and vocabulary once every sheet has loaded, before any source is read', () => {
			const { calls, corpus, problems, read } = verifyWithHook(validProject());
			expect(problems).toEqual([]);
			expect(calls).toHaveLength(1);
			expect(calls[0]?.slugs).toEqual(['ann-lee', 'council']);
			// The same objects, not copies: what the hook starts on is what was verified.
			expect(calls[0]?.sheets).toStrictEqual(corpus.sheets);
			expect(calls[0]?.sheets.every((sheet, index) => sheet === corpus.sheets[index])).toBe(true);
			expect(calls[0]?.kinds).toEqual([...corpus.vocabulary.kinds.keys()]);
			expect(calls[0]?.textsReadBefore).toBe(0);
			expect(read).toEqual(['seeds/daily.txt']);
		});

		it('is not called when a sheet fails its schema, or the vocabulary has a problem', () => {
			const badSheet = verifyWithHook(validProject({ [ANN]: ANN_LEE.replace(/^kind: .*$/m, 'kind: 12') }));
			expect(badSheet.problems.map((problem) => problem.file)).toContain(ANN);
			expect(badSheet.calls).toEqual([]);
			const badKinds = verifyWithHook(validProject({ 'content/kinds.yaml': 'person: 12\n' }));
			expect(badKinds.problems.map((problem) => problem.file)).toContain('content/kinds.yaml');
			expect(badKinds.calls).toEqual([]);
		});

		it('is called when the problems come later, so that what it starts must wait for the whole verification', () => {
			const { calls, problems } = verifyWithHook(validProject({ [COUNCIL_FILE]: COUNCIL.replace('at least 312 complaints ...', 'at least 313 complaints ...') }));
			expect(calls).toHaveLength(1);
			expect(problems.map((problem) => problem.file)).toEqual([COUNCIL_FILE]);
		});
	});

	describe('quotes', () => {
		it('reports a quote not in the source, with the closest passage', () => {
			expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('at least 312 complaints ...', 'at least 313 complaints ...') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
				  Part 1 of the quote ("The council counted at least 313 complaints") is not in source "daily" (seeds/daily.txt). Closest passage in the article: "The council counted at least 312 complaints"; it differs at "313" where the article has "312".
				  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
				]
			`);
		});
		it('reports a quote taken from the page around the article', () => {
			expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('quote: The council counted at least 312 complaints ... as of 2 March.', 'quote: a cat was rescued') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
				  The quote is in the page around the article, not in the article itself: content/sources/daily.yaml declares where the article of "daily" starts and ends.
				  Fix: Cite the article's own words; a republisher's menus, other headlines and footer are not part of the article.",
				]
			`);
		});
		it('reports a quote whose parts are out of order', () => {
			expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('The council counted at least 312 complaints ... as of 2 March.', 'complaints as of 2 March. ... The council counted at') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
				  Each part of the quote is in source "daily" (seeds/daily.txt), but not in this order.
				  Fix: Give the parts in the order the article has them, or cite them separately.",
				]
			`);
		});
		it('reports a quote of ellipses only', () => {
			expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('quote: The council counted at least 312 complaints ... as of 2 March.', 'quote: "…"') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
				  The quote has no words besides ellipses.
				  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
				]
			`);
		});
	});

	describe('references', () => {
		it('reports an unknown source with the closest id', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('- source: daily\n        quote: The mayor', '- source: dialy\n        quote: The mayor') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:9:17 role "mayor" › citations[0].source
				  The source "dialy" does not exist. Did you mean "daily"?
				  Fix: Use the id of a source in content/sources/ (its file name without .yaml), or add the source first: \`npm run add-source -- <text-file> --id dialy\` writes content/sources/dialy.yaml.",
				]
			`);
		});
		it('reports unknown sheets in roles, relations and claimants', () => {
			const sheet = ANN_LEE.replace('org: council', 'org: counsil').replace('sheet: ann-lee', 'sheet: ann-le');
			expect(problems({ [ANN]: sheet })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:7:10 role "mayor" › org
				  The organisation "counsil" is not a sheet. Did you mean "council"?
				  Fix: Use the slug of an existing sheet (its file name without the extension), or create it: \`npm run add-sheet -- "<Name>" --kind <kind> --slug counsil\` writes content/sheets/organisations/counsil.mdx.",
				  "content/sheets/people/ann-lee.mdx:15:14 fact "bridge-reopening" › claimant.sheet
				  The claimant "ann-le" is not a sheet. Did you mean "ann-lee"?
				  Fix: Use the slug of an existing sheet (its file name without the extension), or create it: \`npm run add-sheet -- "<Name>" --kind <kind> --slug ann-le\` writes content/sheets/organisations/ann-le.mdx or content/sheets/people/ann-le.mdx, by its kind.",
				]
			`);
		});
		it('reports a relation to a missing sheet and one to the sheet itself', () => {
			const sheet = ANN_LEE.replace(
				'facts:',
				`relations:
  - type: member-of
    target: harbour-board
    citations: [{ source: daily, quote: "The mayor, Ann Lee" }]
  - type: leads
    target: ann-lee
    citations: [{ source: daily, quote: "The mayor, Ann Lee" }]
facts:`,
			);
			expect(problems({ [ANN]: sheet })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:13:13 relation "member-of harbour-board" › target
				  The relation target "harbour-board" is not a sheet.
				  Fix: Use the slug of an existing sheet (its file name without the extension), or create it: \`npm run add-sheet -- "<Name>" --kind <kind> --slug harbour-board\` writes content/sheets/organisations/harbour-board.mdx or content/sheets/people/harbour-board.mdx, by its kind.",
				  "content/sheets/people/ann-lee.mdx:16:13 relation "leads ann-lee" › target
				  The relation "leads" points at this sheet itself.
				  Fix: Point the relation at another sheet, or remove it.",
				]
			`);
		});
		it('reports an unknown metric, and figures without claimant or date', () => {
			const sheet = COUNCIL.replace('metric: complaints', 'metric: complaint').replace('    asOf: "2026-03-02"\n', '').replace('    claimant:\n      sheet: council\n', '');
			expect(problems({ [COUNCIL_FILE]: sheet })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:10:7 fact "complaints-2026-03-02" › figure
				  A figure needs a claimant: who reported the number.
				  Fix: Add \`claimant:\` with the \`sheet\` or \`party\` the article attributes the number to.",
				  "content/sheets/organisations/council.mdx:10:7 fact "complaints-2026-03-02" › figure
				  A figure needs a date: \`asOf\` (when the number was reported as true) or \`date\`.
				  Fix: Add \`asOf:\` with the date the article gives; if it gives the date only relative to itself, explain the resolution in \`dateNote\`.",
				  "content/sheets/organisations/council.mdx:10:15 fact "complaints-2026-03-02" › figure.metric
				  The metric "complaint" is not declared. Did you mean "complaints"?
				  Fix: Use a metric declared in content/metrics.yaml, or declare it there with a label, unit and description.",
				]
			`);
		});
		it('reports a superseded fact that does not exist', () => {
			expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('    asOf:', '    supersedes: complaints-2026-03-01\n    asOf:') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:9:17 fact "complaints-2026-03-02" › supersedes
				  There is no fact "complaints-2026-03-01" on this sheet. Did you mean "complaints-2026-03-02"?
				  Fix: Name the id of the earlier fact on this sheet that this one supersedes.",
				]
			`);
		});
		it('reports an unknown wiki-link at its line and column, with a suggestion', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('[[council]]', '[[councl]]') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:21:15 body
				  The wiki-link [[councl]] does not match any sheet's slug, name or alias. Did you mean "council"?
				  Fix: Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.",
				]
			`);
		});
	});

	describe('uniqueness', () => {
		it('reports two sheets with the same slug', () => {
			expect(problems({ 'content/sheets/other/ann-lee.mdx': ANN_LEE.replace('name: Ann Lee', 'name: Another Ann') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/other/ann-lee.mdx
				  The slug "ann-lee" is already used by content/sheets/people/ann-lee.mdx.
				  Fix: Two sheets cannot share a file name, even in different folders: rename one of them, or merge them if they are the same actor.",
				]
			`);
		});
		it('reports an alias shared by two sheets', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('kind: person', 'aliases: [The Council]\nkind: person') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:3:11 aliases[0]
				  "the council" is also the name or an alias of sheet "ann-lee" (content/sheets/people/ann-lee.mdx), so a reader looking it up could not tell which is meant.
				  Fix: If both sheets are the same actor, merge them; otherwise remove the alias from one sheet, or make it more specific.",
				]
			`);
		});
		it('reports a duplicate fact id with the line of the first', () => {
			const sheet = COUNCIL.replace(
				'---\n',
				'',
			).replace(
				'facts:\n',
				`facts:
  - id: complaints-2026-03-02
    statement: Duplicate.
    citations: [{ source: daily, quote: The council counted }]
`,
			);
			expect(problems({ [COUNCIL_FILE]: `---\n${sheet}` })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:10:9 fact "complaints-2026-03-02" › id
				  The fact id "complaints-2026-03-02" is already used by facts[0] at line 7.
				  Fix: Give this fact an id of its own: ids are permanent links, so keep the older fact's id unchanged.",
				]
			`);
		});
		it('reports a former slug that is in use', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('kind: person', 'formerSlugs: [council]\nkind: person') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:3:15 formerSlugs[0]
				  The former slug "council" is the current slug of content/sheets/organisations/council.mdx.
				  Fix: A former slug redirects to this sheet, so no current sheet may use it: remove it from \`formerSlugs\`.",
				]
			`);
		});
	});

	describe('schemas', () => {
		it('reports an impossible date', () => {
			expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('asOf: "2026-03-02"', 'asOf: "2026-02-30"') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:9:11 fact "complaints-2026-03-02" › asOf
				  \`asOf\` is "2026-02-30": this date does not exist in the calendar.
				  Fix: Write a date that exists, as "YYYY", "YYYY-MM" or "YYYY-MM-DD" in quotes, only as precise as the source.",
				]
			`);
		});
		it('reports a role that ends before it starts', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('    org: council\n', '    org: council\n    start: "2020"\n    end: "2019-06"\n') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:9:10 role "mayor" › end
				  It ends (2019-06) before it starts (2020).
				  Fix: Correct \`start\` or \`end\` so that the end is not earlier than the start.",
				]
			`);
		});
		it('refuses javascript: and data: URLs', () => {
			expect(problems({ [SOURCE_FILE]: `${SOURCE}url: "javascript:alert(1)"\n` })).toMatchInlineSnapshot(`
				[
				  "content/sources/daily.yaml:16:6 url
				  \`url\` is "javascript:alert(1)": expected an absolute http:// or https:// address.
				  Fix: Give the article's full http:// or https:// address, or leave \`url\` out when it is not known.",
				]
			`);
			expect(problems({ [SOURCE_FILE]: `${SOURCE}url: "data:text/html,hi"\n` })).toMatchInlineSnapshot(`
				[
				  "content/sources/daily.yaml:16:6 url
				  \`url\` is "data:text/html,hi": expected an absolute http:// or https:// address.
				  Fix: Give the article's full http:// or https:// address, or leave \`url\` out when it is not known.",
				]
			`);
		});
		it('reports a missing required field', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('name: Ann Lee\n', '') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:2:1 name
				  The required field \`name\` is missing.
				  Fix: Add \`name:\` with a value (see docs/content-model.md).",
				]
			`);
		});
		it('reports an unknown field', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('kind: person', 'kind: person\ndescriptoin: typo') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:4:14 descriptoin
				  Unknown field \`descriptoin\`.
				  Fix: Remove it, or correct its spelling (docs/content-model.md lists every field).",
				]
			`);
		});
		it('suggests the closest kind', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('kind: person', 'kind: persn') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:3:7 kind
				  \`kind\` is "persn", which is not allowed. Did you mean "person"?
				  Fix: Use one of: person, organisation, government, government-body, armed-force, military-unit, intelligence-agency, party, political-alliance, ngo, think-tank, media-outlet, international-body, legislature, movement; or declare "persn" in content/kinds.yaml.",
				]
			`);
		});
		it('refuses a reserved fact id', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('id: bridge-reopening', 'id: references') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:12:9 fact "references" › id
				  \`id\` is "references": this id is used by the page itself; reserved: site-search-q, main, top, facts, roles, relations, references, timeline, mentions, claims, figures, graph, about, cite, history, key-facts, contents, sheet-graph, sheet-graph-title, sheet-graph-desc, ref-, role-, member-, mention- or claim- followed by a number, and any id that starts with relation- or inverse-.
				  Fix: Choose another id: lowercase words joined by single hyphens, not one the page uses itself.",
				]
			`);
		});
		it('refuses a value for a vague figure', () => {
			expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('qualifier: at-least', 'qualifier: hundreds') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/organisations/council.mdx:13:7 fact "complaints-2026-03-02" › figure
				  \`figure\` is invalid: give \`value\` for a number the source states; leave it out only with a vague qualifier (dozens, hundreds, thousands, tens-of-thousands).
				  Fix: Give \`value\` with the number the source states, or use a vague qualifier without \`value\` when it gives none.",
				]
			`);
		});
		it('reports malformed frontmatter YAML at its line', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('description: Mayor.', 'description: "Mayor.') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:4:21
				  The frontmatter is not valid YAML: Missing closing "quote
				  Fix: Correct the YAML syntax at this line (indentation, a missing colon, or an unclosed quote are the usual causes).",
				]
			`);
		});
		it('reports an alias whose anchor is missing at its line, instead of crashing', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('description: Mayor.', 'description: *mayor') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:4:14
				  The frontmatter is not valid YAML: Unresolved alias (the anchor must be set before the alias): mayor
				  Fix: Write the value out here, or mark the value it repeats with \`&name\` before this line: a \`*name\` alias repeats a value marked \`&name\` earlier in the same file.",
				]
			`);
		});
		it('reports a sheet without frontmatter', () => {
			expect(problems({ [ANN]: 'Just prose.\n' })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:1
				  The sheet has no frontmatter.
				  Fix: Start the file with a \`---\` line, the sheet's YAML fields, and another \`---\` line.",
				]
			`);
		});
		it('reports a file name that cannot be a slug', () => {
			expect(problems({ 'content/sheets/people/Ann Lee.mdx': ANN_LEE })).toContain(
				'content/sheets/people/Ann Lee.mdx\n  The file name "Ann Lee" cannot be a sheet slug: it must be lowercase letters, digits and single hyphens.\n  Fix: Rename the file to "ann-lee" and keep the extension.',
			);
		});
		it('reports an MDX syntax error in the body at its line', () => {
			expect(problems({ [ANN]: ANN_LEE.replace('Lee leads the [[council]].', 'Lee leads <the council.') })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.mdx:21:23 body
				  The MDX body cannot be parsed: Unexpected character \`.\` (U+002E) in attribute name, expected an attribute name character such as letters, digits, \`$\`, or \`_\`; \`=\` to initialize a value; whitespace before attributes; or the end of the tag
				  Fix: In prose, write \`<\` and \`{\` as \`&lt;\` and \`&#123;\`, or close the tag or expression that is left open.",
				]
			`);
		});
		it('takes the same body as Markdown (.md), where `<` and `{` are prose', () => {
			const body = ANN_LEE.replace('Lee leads the [[council]].', 'Lee leads <the council {and} [[counsil]].');
			expect(problems({ [ANN]: undefined, [ANN.replace('.mdx', '.md')]: body })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.md:21:30 body
				  The wiki-link [[counsil]] does not match any sheet's slug, name or alias. Did you mean "council"?
				  Fix: Link to an existing sheet by its slug (its file name without the extension), name or alias, or create the sheet.",
				]
			`);
		});
		it('reports a sheet written both as .md and as .mdx', () => {
			expect(problems({ [ANN.replace('.mdx', '.md')]: ANN_LEE })).toMatchInlineSnapshot(`
				[
				  "content/sheets/people/ann-lee.md
				  The slug "ann-lee" is already used by content/sheets/people/ann-lee.mdx.
				  Fix: Two sheets cannot share a file name, even in different folders: rename one of them, or merge them if they are the same actor.",
				]
			`);
		});
	});

	describe('sources', () => {
		it('reports a stored text that does not exist', () => {
			expect(problems({ [SOURCE_FILE]: SOURCE.replace('seeds/daily.txt', 'seeds/missing.txt') })).toMatchInlineSnapshot(`
				[
				  "content/sources/daily.yaml:11:7 text
				  The stored text "seeds/missing.txt" does not exist.
				  Fix: Put the article text in seeds/ and give its path from the project root.",
				]
			`);
		});
		it('reports article span words missing from the stored text', () => {
			expect(problems({ [SOURCE_FILE]: SOURCE.replace('end: since 2020.', 'end: since 2021.') })).toMatchInlineSnapshot(`
				[
				  "content/sources/daily.yaml:14:8 article.end
				  The article's end words "since 2021." are not in the stored text seeds/daily.txt.
				  Fix: Copy the last words of the article exactly as they stand in seeds/daily.txt.",
				]
			`);
		});
	});

	it('reports every problem of a run together, in file and line order', () => {
		const { problems: found } = verifyProject(
			validProject({
				[ANN]: ANN_LEE.replace('The mayor, Ann Lee', 'The mayor, Anne Lee').replace('[[council]]', '[[nowhere]]'),
				[COUNCIL_FILE]: COUNCIL.replace('asOf: "2026-03-02"', 'asOf: "2026-13-02"'),
			}),
		);
		expect(found.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
			'content/sheets/organisations/council.mdx:9',
			'content/sheets/people/ann-lee.mdx:10',
			'content/sheets/people/ann-lee.mdx:21',
		]);
		expect(formatReport(found).split('\n')[0]).toBe('3 problems in the content:');
	});
});
