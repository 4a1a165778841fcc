/**
 * The fabrications of quotes and of the fields beside them, through
 * `npm run check` and the real build: each fails both with the same exact
 * message. The rules are pinned one by one in tests/unit/quote-rules.test.ts;
 * here the build's report is pinned as an author sees it.
 */
import { describe, expect, it } from 'vitest';
import { type FixtureChanges } from '../helpers/fixture-site.ts';
import { edit, failingCheckAndBuild } from '../helpers/bad-input.ts';

const JANE = 'content/sheets/people/jane-doe.mdx';
const ACME = 'content/sheets/organisations/acme-institute.md';



/** Checks and builds the valid fixture changed by `changes`: both must fail, with the same problems. */
const failingBoth = (name: string, changes: FixtureChanges) => failingCheckAndBuild(`d1-${name}`, changes);

describe("the issue's fabrications fail check and the build with their exact message", () => {
	it.concurrent('fragments: a word, punctuation, scattered words, a word inside a longer word', () => {
		const jane = [
			edit('quote: Jane Doe, director of the Acme Institute', 'quote: a'),
			edit('quote: Doe joined the institute in 2019\n', 'quote: "...."\n'),
			edit('quote: said on Monday that "the harbour wall will not hold another winter"', 'quote: Doe ... the harbour wall will not hold another winter'),
			edit('quote: Doe joined the institute in 2019 ... and has led it since.', 'quote: Doe joined the institute in 2019 ... and has led it sin'),
		].reduce<(text: string) => string>((all, one) => (text) => one(all(text)), (text) => text);
		expect(failingBoth('fragments', { [JANE]: jane })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.mdx:11:16 role "director" › citations[0].quote
			  The quote has 1 word; a quote needs at least 3, since a word or two can be found in almost any article.
			  Fix: Quote the whole phrase of the article that supports the item (at least 3 words).",
			  "content/sheets/people/jane-doe.mdx:18:16 relation "member-of acme-institute" › citations[0].quote
			  The quote "." has no words, only punctuation.
			  Fix: Quote the words of the article; an ellipsis ("...") stands only between two passages of words.",
			  "content/sheets/people/jane-doe.mdx:26:16 fact "harbour-wall-warning" › citations[0].quote
			  Part 1 of the quote ("Doe") has 1 word; each passage joined by "..." needs at least 4, so that a quote cannot be pieced together from scattered words.
			  Fix: Lengthen the part with the words around it in the article (at least 4), or quote the passage whole.",
			  "content/sheets/people/jane-doe.mdx:32:16 fact "joined-2019" › citations[0].quote
			  Part 2 of the quote ("and has led it sin") is not in source "harbour-report" (seeds/harbour-report.txt). Its words are there only as pieces of longer words: a quote must start and end at word boundaries. Closest passage in the article: "office - and has led it".
			  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
			]
		`);
	});
	it.concurrent('a figure: a value the quote does not give, a qualifier it does not say, an asOf that disagrees', () => {
		const acme = [edit('value: 1204', 'value: 12040'), edit('asOf: "2026-03-03"', 'asOf: "2025-06-30"')].reduce<(text: string) => string>(
			(all, one) => (text) => one(all(text)),
			(text) => text,
		);
		expect(failingBoth('figure', { [ACME]: acme })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:7:16 fact "flooded-homes-2026-03-03" › statement
			  The statement writes "March 3", which disagrees with \`asOf\` 2025-06-30.
			  Fix: Make the date in the statement and the date field say the same.",
			  "content/sheets/organisations/acme-institute.md:8:11 fact "flooded-homes-2026-03-03" › asOf
			  The quote says "as of March 3", but \`asOf\` is 2025-06-30.
			  Fix: Set \`asOf\` to the date the quote gives (March 3).",
			  "content/sheets/organisations/acme-institute.md:13:14 fact "flooded-homes-2026-03-03" › figure.value
			  The value 12040 is not a number of the fact's quotes, which give 1,204, 3.
			  Fix: Give the number exactly as the quote states it (6,961 is 6961), or quote the passage that states this number.",
			]
		`);
		expect(failingBoth('qualifier', { [ACME]: edit('qualifier: at-least', 'qualifier: exact') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:14:18 fact "flooded-homes-2026-03-03" › figure.qualifier
			  The article gives "at least 1,204", but the figure's qualifier is "exact".
			  Fix: Set \`qualifier: at-least\`, as the article words it.",
			]
		`);
	});
	it.concurrent('a fabricated figure that supersedes the real one, and a body that writes it', () => {
		const fabricated = `  - id: flooded-homes-2026-03-01
    statement: The institute counted at least 12,040 flooded homes.
    asOf: "2026-03-01"
    claimant:
      sheet: acme-institute
    figure:
      metric: flooded-homes
      value: 12040
      qualifier: at-least
    supersedes: flooded-homes-2026-03-03
    citations:
      - source: harbour-report
        quote: The institute counted at least 1,204 flooded homes as of March 3, according to its own survey.
---`;
		const acme = (text: string) =>
			edit('\n---\n\nIts director', `\n${fabricated}\n\nThe institute counted 12,040 flooded homes. Its director`)(text);
		expect(failingBoth('supersedes', { [ACME]: acme })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:26:16 fact "flooded-homes-2026-03-01" › statement
			  The statement writes "12,040", which no quote of the item gives (nor its \`dateNote\`).
			  Fix: Write only numbers the quotes give; quote the passage that gives the number, or explain a worked-out date in \`dateNote\`.",
			  "content/sheets/organisations/acme-institute.md:27:11 fact "flooded-homes-2026-03-01" › asOf
			  The quote says "as of March 3", but \`asOf\` is 2026-03-01.
			  Fix: Set \`asOf\` to the date the quote gives (March 3).",
			  "content/sheets/organisations/acme-institute.md:32:14 fact "flooded-homes-2026-03-01" › figure.value
			  The value 12040 is not a number of the fact's quotes, which give 1,204, 3.
			  Fix: Give the number exactly as the quote states it (6,961 is 6961), or quote the passage that states this number.",
			  "content/sheets/organisations/acme-institute.md:34:17 fact "flooded-homes-2026-03-01" › supersedes
			  This fact (2026-03-01) is earlier than fact "flooded-homes-2026-03-03" (2026-03-03), which it claims to supersede.
			  Fix: Only a later report supersedes an earlier one: swap \`supersedes\` to the later fact, or remove it.",
			  "content/sheets/organisations/acme-institute.md:40:23 body
			  The body writes "12,040", which no quote of this sheet gives.
			  Fix: Write only numbers that the sheet's quotes give; add the item and quote that gives it first.",
			]
		`);
	});
});
