/**
 * What a quote must support (docs/content-model.md): whole-word matching,
 * the shape of a quote, figures, numbers and dates beside it, `supersedes`,
 * and the numbers of a sheet's description and body. Every rule's message is
 * pinned here, on the small project of tests/helpers/project.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { closestPassage } from '../../src/lib/text/closest.ts';
import { datesIn, numbersIn, qualifierBefore } from '../../src/lib/text/numbers.ts';
import { SourceText } from '../../src/lib/text/source-text.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { ANN_LEE, ARTICLE, COUNCIL, validProject } from '../helpers/project.ts';

const ANN = 'content/sheets/people/ann-lee.mdx';
const COUNCIL_FILE = 'content/sheets/organisations/council.mdx';

function problems(overrides: Record<string, string | undefined>): string[] {
	return verifyProject(validProject(overrides)).problems.map(formatProblem);
}

/** The council sheet with its one fact's quote replaced. */
function councilQuote(quote: string): Record<string, string> {
	return { [COUNCIL_FILE]: COUNCIL.replace('quote: The council counted at least 312 complaints ... as of 2 March.', `quote: ${quote}`) };
}

/** The council sheet with more facts after its own. */
function councilFacts(facts: string): Record<string, string> {
	return { [COUNCIL_FILE]: COUNCIL.replace('\n---\n', `\n${facts.trimEnd()}\n---\n`) };
}

describe('quote shape', () => {
	it('refuses a one-word quote', () => {
		expect(problems(councilQuote('a'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  The quote has 1 word; a quote needs at least 3, since a word or two can be found in almost any article.
			  Fix: Quote the whole phrase of the article that supports the item (at least 3 words).",
			]
		`);
	});
	it('refuses a quote of only punctuation', () => {
		expect(problems(councilQuote('"...."'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  The quote "." has no words, only punctuation.
			  Fix: Quote the words of the article; an ellipsis ("...") stands only between two passages of words.",
			]
		`);
	});
	it('refuses a part of only punctuation in an ellipsis join', () => {
		expect(problems(councilQuote('The council counted at least ... ! ... as of 2 March.'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  Part 2 of the quote ("!") has no words, only punctuation.
			  Fix: Quote the words of the article; an ellipsis ("...") stands only between two passages of words.",
			]
		`);
	});
	it('refuses an ellipsis part of fewer than 4 words', () => {
		expect(problems(councilQuote('The council ... at least 312 complaints'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  Part 1 of the quote ("The council") has 2 words; each passage joined by "..." needs at least 4, so that a quote cannot be pieced together from scattered words.
			  Fix: Lengthen the part with the words around it in the article (at least 4), or quote the passage whole.",
			]
		`);
	});
});

describe('whole-word matching', () => {
	it('does not match a word inside a longer word', () => {
		expect(problems(councilQuote('The council counted at least 31'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  The quote is not in source "daily" (seeds/daily.txt). Its words are there only as pieces of longer words: a quote must start and end at word boundaries. Closest passage in the article: "agreed. The council counted at least".
			  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
			]
		`);
	});
	it('names the part of an ellipsis join that is not in the article', () => {
		expect(problems(councilQuote('The council counted at least ... 312 complaints as of 3 March.'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  Part 2 of the quote ("312 complaints as of 3 March.") is not in source "daily" (seeds/daily.txt). Closest passage in the article: "312 complaints as of 2 March."; it differs at "3" where the article has "2".
			  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
			]
		`);
	});
	it('refuses parts joined across paragraphs', () => {
		expect(problems(councilQuote('said the "bridge will reopen in May" ... at least 312 complaints'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  The quote's words are in source "daily" (seeds/daily.txt), but they run across paragraphs; a quote, and every part an ellipsis joins, must stand within one paragraph.
			  Fix: Quote one paragraph of the article per citation: give the passage of the other paragraph as a citation of its own.",
			]
		`);
	});
	it('refuses one passage that runs across paragraphs', () => {
		expect(problems(councilQuote('The council agreed. The council counted at least'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  The quote's words are in source "daily" (seeds/daily.txt), but they run across paragraphs; a quote, and every part an ellipsis joins, must stand within one paragraph.
			  Fix: Quote one paragraph of the article per citation: give the passage of the other paragraph as a citation of its own.",
			]
		`);
	});
	it('refuses parts out of order', () => {
		expect(problems(councilQuote('complaints as of 2 March. ... The council counted at'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:18:16 fact "complaints-2026-03-02" › citations[0].quote
			  Each part of the quote is in source "daily" (seeds/daily.txt), but not in this order.
			  Fix: Give the parts in the order the article has them, or cite them separately.",
			]
		`);
	});
	it('finds whole words only, and keeps finding later occurrences', () => {
		const text = new SourceText('The storm was deadly.\nThe storm was dead calm by noon.');
		expect(text.find('The storm was dead').status).toBe('found');
		expect(text.find('storm was dead').status).toBe('found');
		expect(text.find('The storm was dea')).toMatchObject({ status: 'not-found', insideWords: true });
	});
});

describe('closest passage', () => {
	it('is never longer than the quote plus 20 characters', () => {
		const text = 'short words here then extraordinarily lengthy vocabulary appears subsequently everywhere';
		const quote = 'short words here then xx yy zz';
		const passage = closestPassage(text, quote) as string;
		expect(passage).toBe('short words here then extraordinarily lengthy');
		expect(passage.length).toBeLessThanOrEqual(quote.length + 20);
	});
});

describe('figures', () => {
	it("refuses a value that is not a number of the quotes", () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('value: 312', 'value: 3120') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:14:14 fact "complaints-2026-03-02" › figure.value
			  The value 3120 is not a number of the fact's quotes, which give 312, 2.
			  Fix: Give the number exactly as the quote states it (6,961 is 6961), or quote the passage that states this number.",
			]
		`);
	});
	it('refuses a qualifier the article does not give', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('qualifier: at-least', 'qualifier: exact') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:15:18 fact "complaints-2026-03-02" › figure.qualifier
			  The article gives "at least 312", but the figure's qualifier is "exact".
			  Fix: Set \`qualifier: at-least\`, as the article words it.",
			]
		`);
	});
	it('reads the qualifier from the article even when the quote leaves it out', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('qualifier: at-least', 'qualifier: exact').replace('The council counted at least 312 complaints ... as of 2 March.', '312 complaints as of 2 March.') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:15:18 fact "complaints-2026-03-02" › figure.qualifier
			  The article gives "at least 312", but the figure's qualifier is "exact".
			  Fix: Set \`qualifier: at-least\`, as the article words it.",
			]
		`);
	});
	it('refuses a vague qualifier whose words the quote does not have', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('      value: 312\n      qualifier: at-least', '      qualifier: hundreds') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:14:18 fact "complaints-2026-03-02" › figure.qualifier
			  The qualifier "hundreds" stands for the words "hundreds", which none of the fact's quotes has.
			  Fix: Quote the passage that gives the count, or give the number the quote states in \`value\` with its qualifier.",
			]
		`);
	});
	it('reads numbers as the text writes them', () => {
		expect(numbersIn('at least 6,961 and 6961 and 6.961, 40 per cent, 40%, 1.5 million, five, a dozen, 8th, F-35').map((mention) => mention.value)).toEqual([
			6961, 6961, 6.961, 40, 40, 1_500_000, 5, 12, 8, 35,
		]);
		expect(['at least ', 'more than ', 'over ', 'as many as ', 'up to ', 'nearly ', 'almost ', 'about ', 'around ', 'some ', 'roughly ', 'counted '].map(qualifierBefore)).toEqual([
			'at-least', 'more-than', 'more-than', 'as-many-as', 'as-many-as', 'nearly', 'nearly', 'about', 'about', 'about', 'about', 'exact',
		]);
		expect(datesIn('on 8 February 2026, as of February 8, in January, Jan. 18').map((date) => [date.year, date.month, date.day])).toEqual([
			[2026, 2, 8], [undefined, 2, 8], [undefined, 1, undefined], [undefined, 1, 18],
		]);
	});
});

describe('numbers written beside a quote', () => {
	it('refuses a number in a statement that no quote gives', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('statement: The council counted at least 312', 'statement: The council counted at least 313') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:8:16 fact "complaints-2026-03-02" › statement
			  The statement writes "313", which no quote of the item gives (nor its \`dateNote\`).
			  Fix: Write only numbers the quotes give; quote the passage that gives the number, or explain a worked-out date in \`dateNote\`.",
			]
		`);
	});
	it('accepts a number the dateNote gives', () => {
		const facts = `  - id: led-since
    statement: Lee has led the council since 2020, for 6 years.
    dateNote: Six years to the article's date, 4 March 2026.
    citations:
      - source: daily
        quote: Lee has led the council since 2020.`;
		expect(problems(councilFacts(facts))).toEqual([]);
	});
	it('refuses a number in a role title or a relation note that no quote gives', () => {
		const sheet = ANN_LEE.replace('title: mayor', 'title: mayor for 3 terms').replace(
			'facts:',
			`relations:
  - type: member-of
    target: council
    note: since 2019
    citations: [{ source: daily, quote: "Lee has led the council since 2020." }]
facts:`,
		);
		expect(problems({ [ANN]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:6:12 role "mayor for 3 terms" › title
			  The role title writes "3", which no quote of the item gives.
			  Fix: Write only numbers the quotes give, or quote the passage that gives the number.",
			  "content/sheets/people/ann-lee.mdx:14:11 relation "member-of council" › note
			  The note writes "2019", which no quote of the item gives.
			  Fix: Write only numbers the quotes give, or quote the passage that gives the number.",
			]
		`);
	});
});

describe('dates', () => {
	it('refuses an asOf that disagrees with the "as of" date of the quote', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('asOf: "2026-03-02"', 'asOf: "2025-06-30"') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:8:16 fact "complaints-2026-03-02" › statement
			  The statement writes "2 March", which disagrees with \`asOf\` 2025-06-30.
			  Fix: Make the date in the statement and the date field say the same.",
			  "content/sheets/organisations/council.mdx:9:11 fact "complaints-2026-03-02" › asOf
			  The quote says "as of 2 March", but \`asOf\` is 2025-06-30.
			  Fix: Set \`asOf\` to the date the quote gives (2 March).",
			]
		`);
	});
	it('refuses an asOf after the publication of the source', () => {
		const facts = `  - id: led-since
    statement: Lee has led the council since 2020.
    asOf: "2026-04"
    citations:
      - source: daily
        quote: Lee has led the council since 2020.`;
		expect(problems(councilFacts(facts))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:21:11 fact "led-since" › asOf
			  \`asOf\` is 2026-04, after source "daily" was published 2026-03-04: an article cannot report what was true after it appeared.
			  Fix: Set \`asOf\` to the date the article gives, or to its publication date when it gives none (and say so in \`dateNote\`).",
			]
		`);
	});
	it('refuses an event after the publication unless it is expected', () => {
		const fact = `  - id: bridge-reopens
    statement: The bridge will reopen in May.
    date: "2026-05"
    citations:
      - source: daily
        quote: said the "bridge will reopen in May" - after repairs.`;
		expect(problems(councilFacts(fact))).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:21:11 fact "bridge-reopens" › date
			  \`date\` is 2026-05, after source "daily" was published 2026-03-04.
			  Fix: Correct \`date\`; for an event the article expects or has scheduled, add \`expected: true\`.",
			]
		`);
		expect(problems(councilFacts(fact.replace('date: "2026-05"', 'date: "2026-05"\n    expected: true')))).toEqual([]);
	});
	it('refuses a date in the statement that disagrees with the date field', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('as of 2 March.\n    asOf', 'as of 2 April.\n    asOf') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:8:16 fact "complaints-2026-03-02" › statement
			  The statement writes "2 April", which disagrees with \`asOf\` 2026-03-02.
			  Fix: Make the date in the statement and the date field say the same.",
			]
		`);
	});
});

describe('supersedes', () => {
	const earlier = `  - id: complaints-2026-03-01
    statement: The council counted at least 312 complaints.
    asOf: "2026-03-03"
    claimant:
      sheet: council
    figure:
      metric: complaints
      value: 312
      qualifier: at-least
    citations:
      - source: daily
        quote: The council counted at least 312 complaints`;
	it('refuses a fact that supersedes a later one', () => {
		const council = councilFacts(earlier)[COUNCIL_FILE] as string;
		expect(problems({ [COUNCIL_FILE]: council.replace('      qualifier: at-least\n    citations:\n      - source: daily\n        quote: The council counted at least 312 complaints ... as of 2 March.', '      qualifier: at-least\n    supersedes: complaints-2026-03-01\n    citations:\n      - source: daily\n        quote: The council counted at least 312 complaints ... as of 2 March.') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:16:17 fact "complaints-2026-03-02" › supersedes
			  This fact (2026-03-02) is earlier than fact "complaints-2026-03-01" (2026-03-03), which it claims to supersede.
			  Fix: Only a later report supersedes an earlier one: swap \`supersedes\` to the later fact, or remove it.",
			]
		`);
	});
	it('refuses a fact that supersedes one of another metric', () => {
		const other = earlier.replace('statement: The council counted at least 312 complaints.', 'statement: The council counted at least 312 complaints.\n    supersedes: complaints-2026-03-02').replace('      metric: complaints', '      metric: letters');
		const metrics = 'complaints:\n  label: Complaints\n  unit: complaints\n  description: Complaints received.\nletters:\n  label: Letters\n  unit: letters\n  description: Letters received.\n';
		expect(problems({ ...councilFacts(other), 'content/metrics.yaml': metrics })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:21:17 fact "complaints-2026-03-01" › supersedes
			  This fact reports the metric "letters" and fact "complaints-2026-03-02" the metric "complaints"; a fact supersedes only a report of the same metric.
			  Fix: Point \`supersedes\` at an earlier fact of the same metric, or remove it.",
			]
		`);
	});
});

describe('description and body', () => {
	it('refuses a number in the body or the description that no quote gives', () => {
		const council = COUNCIL.replace("description: The city's council.", "description: The city's council, with 7 members.").replace(
			'\n---\n',
			'\n---\n\nThe council counted 69,610 complaints, see [the 2019 report](https://example.org/2019) and [[ann-lee|Ann Lee, since 2020]].\n',
		);
		expect(problems({ [COUNCIL_FILE]: council })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:5:14 description
			  The description writes "7", which no quote of this sheet gives.
			  Fix: Write only numbers that the sheet's quotes give; add the item and quote that gives it first.",
			  "content/sheets/organisations/council.mdx:21:21 body
			  The body writes "69,610", which no quote of this sheet gives.
			  Fix: Write only numbers that the sheet's quotes give; add the item and quote that gives it first.",
			  "content/sheets/organisations/council.mdx:21:49 body
			  The body writes "2019", which no quote of this sheet gives.
			  Fix: Write only numbers that the sheet's quotes give; add the item and quote that gives it first.",
			  "content/sheets/organisations/council.mdx:21:117 body
			  The body writes "2020", which no quote of this sheet gives.
			  Fix: Write only numbers that the sheet's quotes give; add the item and quote that gives it first.",
			]
		`);
	});
	it("accepts a date in the body that is the date of one of the sheet's items", () => {
		expect(problems({ [COUNCIL_FILE]: `${COUNCIL}\nOn 2 March 2026 the council counted at least 312 complaints.\n` })).toEqual([]);
	});
});

it('keeps the article of the helper project as the tests assume', () => {
	expect(ARTICLE).toContain('The council agreed.');
});
