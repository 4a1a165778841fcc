/**
 * Names, aliases and anchors (docs/content-model.md, "Names and aliases"):
 * look-alike names (UTS #39 confusables), bidi controls, names without
 * letters, aliases the sources do not use, fact ids the page uses itself.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { differingCharacters, lookAlikeKeys, skeleton } from '../../src/lib/text/confusables.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { ANN_LEE, ARTICLE, COUNCIL, SOURCE, sha256Of, validProject } from '../helpers/project.ts';

function problems(overrides: Record<string, string | undefined>): string[] {
	return verifyProject(validProject(overrides)).problems.map(formatProblem);
}

const ANN = 'content/sheets/people/ann-lee.mdx';
const COUNCIL_FILE = 'content/sheets/organisations/council.mdx';
/** A third sheet with nothing but a name: whatever is reported about it is about its name. */
const other = (name: string, extra = '') => `---\nname: ${name}\n${extra}kind: person\ndescription: Someone else.\n---\n`;
const OTHER = 'content/sheets/people/other.mdx';

const lookAlike = (a: string, b: string) => lookAlikeKeys(a).some((key) => lookAlikeKeys(b).includes(key));

describe('look-alike names (UTS #39 skeletons)', () => {
	it('maps characters to their confusables.txt prototypes, between two NFDs', () => {
		expect(skeleton('Аli')).toBe('Ali');
		expect(skeleton('m')).toBe('rn');
		expect(skeleton('é')).toBe('e\u0301');
	});
	it.each([
		['Ali Doe', 'Аli Doe'], // Cyrillic capital А, U+0410
		['ali doe', 'аli doe'], // Cyrillic small а, U+0430
		['Hill', 'Нill'], // Cyrillic capital Н, U+041D: its small form looks like no Latin letter
		['Ali', 'AIi'], // capital I for small l
		['Ali', 'A|i'], // a vertical line for small l
		['modern', 'rnodern'],
		['ALI DOE', 'Ali Doe'],
		['Jeyrani', 'Jéyrani '],
	])('"%s" and "%s" look alike', (a, b) => expect(lookAlike(a, b)).toBe(true));
	it.each([
		['Ali Doe', 'Ari Doe'],
		['Ann Lee', 'Anne Lee'],
		['Lee', 'Leo'],
	])('"%s" and "%s" do not', (a, b) => expect(lookAlike(a, b)).toBe(false));
	it('names the characters where two look-alike names differ', () => {
		expect(differingCharacters('Аli Doe', 'Ali Doe')).toEqual(['А']);
		expect(differingCharacters('Ali Doe', 'Аli Doe')).toEqual(['A']);
	});

	it('reports a second sheet whose name differs only by a Cyrillic letter', () => {
		expect(problems({ [OTHER]: other('Аnn Lee') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/other.mdx:2:7 name
			  "Аnn Lee" looks like "Ann Lee", the name or an alias of sheet "ann-lee" (content/sheets/people/ann-lee.mdx): it has U+0410 CYRILLIC CAPITAL LETTER A where that has U+0041 LATIN CAPITAL LETTER A, which look alike, so a reader could not tell the two apart.
			  Fix: Write the name in the characters the sources use (retype it rather than copying it from elsewhere); if both sheets are the same actor, merge them.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/other.mdx.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			]
		`);
	});
	it('reports an alias that looks like another of the same sheet\'s names', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('aliases: [the council]', 'aliases: [the council, Сity Council]') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:3:24 aliases[1]
			  "Сity Council" looks like "City Council", another of this sheet's names: it has U+0421 CYRILLIC CAPITAL LETTER ES, which looks like a character of that name, so a reader could not tell the two apart.
			  Fix: Remove the look-alike alias, or write it in the characters the sources use.",
			  "content/sheets/organisations/council.mdx:3:24 aliases[1]
			  The alias "Сity Council" is not in the article of any source this sheet cites ("daily"), so nothing shows that the story uses this name.
			  Fix: Cite a passage that calls the actor "Сity Council" (on any item of this sheet), or remove the alias.",
			]
		`);
	});
	it('keeps the message for names that are the same but for case and accents', () => {
		expect(problems({ [OTHER]: other('ÁNN LEE') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/other.mdx:2:7 name
			  "ÁNN LEE" is also the name or an alias of sheet "ann-lee" (content/sheets/people/ann-lee.mdx), so a reader looking it up could not tell which is meant.
			  Fix: If both sheets are the same actor, merge them; otherwise remove the alias from one sheet, or make it more specific.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/other.mdx.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			]
		`);
	});
});

describe('names without letters', () => {
	it('reports a name of only emoji and an alias of only punctuation, each once, not as a shared name', () => {
		expect(
			problems({
				[OTHER]: other('"🦊🦊"', 'aliases: ["!!!"]\n'),
				'content/sheets/people/another.mdx': other('"🦊🦊"', 'aliases: ["?!"]\n'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/another.mdx:2:7 name
			  The name "🦊🦊" has no letter or digit, only emoji, punctuation or symbols: a reader could not look it up, nor tell it from another such name.
			  Fix: Write the name in letters, as the sources spell it.",
			  "content/sheets/people/another.mdx:2:7 name
			  The sheet "another" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/another.mdx.",
			  "content/sheets/people/another.mdx:2:7 name
			  The sheet "another" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			  "content/sheets/people/another.mdx:3:11 aliases[0]
			  The alias "?!" has no letter or digit, only emoji, punctuation or symbols: a reader could not look it up, nor tell it from another such name.
			  Fix: Write the alias in letters, as the sources spell it, or remove it.",
			  "content/sheets/people/other.mdx:2:7 name
			  The name "🦊🦊" has no letter or digit, only emoji, punctuation or symbols: a reader could not look it up, nor tell it from another such name.
			  Fix: Write the name in letters, as the sources spell it.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/other.mdx.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			  "content/sheets/people/other.mdx:3:11 aliases[0]
			  The alias "!!!" has no letter or digit, only emoji, punctuation or symbols: a reader could not look it up, nor tell it from another such name.
			  Fix: Write the alias in letters, as the sources spell it, or remove it.",
			]
		`);
	});
});

describe('bidi controls', () => {
	it('reports one in a name, without printing it', () => {
		expect(problems({ [OTHER]: other('"Ali \u202Eeod"') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/other.mdx.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			  "content/sheets/people/other.mdx:2:7 name
			  The text holds U+202E RIGHT-TO-LEFT OVERRIDE (character 5 of "Ali <U+202E>eod"), an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked.
			  Fix: Delete the invisible character (retype the text around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").",
			]
		`);
	});
	it('reports one in an alias, a claimant party and the body', () => {
		const sheet = ANN_LEE.replace('kind: person', 'aliases: ["Lee\u2066"]\nkind: person')
			.replace('claimant:\n      sheet: ann-lee', 'claimant:\n      party: "the\u200F mayor"')
			.replace('Lee leads the', 'Lee\u202B leads the');
		expect(problems({ [ANN]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:3:11 aliases[0]
			  The text holds U+2066 LEFT-TO-RIGHT ISOLATE (character 4 of "Lee<U+2066>"), an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked.
			  Fix: Delete the invisible character (retype the text around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").",
			  "content/sheets/people/ann-lee.mdx:16:14 fact "bridge-reopening" › claimant.party
			  The text holds U+200F RIGHT-TO-LEFT MARK (character 4 of "the<U+200F> mayor"), an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked.
			  Fix: Delete the invisible character (retype the text around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").",
			  "content/sheets/people/ann-lee.mdx:22:4 body
			  The body holds U+202B RIGHT-TO-LEFT EMBEDDING, an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked.
			  Fix: Delete the invisible character (retype the words around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").",
			]
		`);
	});
	it('reports an override in a quote, but not a right-to-left mark, which a source in a right-to-left script may hold', () => {
		const quote = 'quote: The council counted at least 312 complaints ... as of 2 March.';
		const withMark = ARTICLE.replace('Lee has led', 'Lee\u200F has led');
		const source = SOURCE.replace(sha256Of(ARTICLE), sha256Of(withMark));
		const sheet = COUNCIL.replace(quote, 'quote: "The council\u202D counted at least 312 complaints ... as of 2 March."').replace(
			'facts:\n',
			'facts:\n  - id: led-since-2020\n    statement: Lee has led the council since 2020.\n    date: "2020"\n    citations: [{ source: daily, quote: "Lee\u200F has led the council since 2020." }]\n',
		);
		expect(problems({ 'seeds/daily.txt': withMark, 'content/sources/daily.yaml': source, [COUNCIL_FILE]: sheet })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:22:16 fact "complaints-2026-03-02" › citations[0].quote
			  Part 1 of the quote ("The council‭ counted at least 312 complaints") is not in source "daily" (seeds/daily.txt). Closest passage in the article: "The council counted at least 312 complaints".
			  Fix: Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".",
			  "content/sheets/organisations/council.mdx:22:16 fact "complaints-2026-03-02" › citations[0].quote
			  The text holds U+202D LEFT-TO-RIGHT OVERRIDE (character 12 of "The council<U+202D> counted at least 312 complaints ... as of 2 March."), an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked.
			  Fix: Delete the invisible character from these words. An article needs no direction override: if the stored text of the source holds one, check that text against the published article.",
			]
		`);
	});
	it('reports one in a source\'s title', () => {
		expect(problems({ 'content/sources/daily.yaml': SOURCE.replace('title: Headline about the council', 'title: "Headline about\u2067 the council"') })).toMatchInlineSnapshot(`
			[
			  "content/sources/daily.yaml:1:8 title
			  The text holds U+2067 RIGHT-TO-LEFT ISOLATE (character 15 of "Headline about<U+2067> the council"), an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked.
			  Fix: Delete the invisible character (retype the text around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").",
			]
		`);
	});
	it('reports one in a fact id and in a file name, named, not printed', () => {
		expect(
			problems({
				[COUNCIL_FILE]: COUNCIL.replace('id: complaints-2026-03-02', 'id: "complaints\u202E-2026"'),
				'content/sheets/people/ann\u202Elee.mdx': other('Someone Else'),
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:7:9 fact "complaints<U+202E>-2026" › id
			  \`id\` is "complaints<U+202E>-2026": holds the invisible bidirectional control U+202E, which a fact id cannot contain.
			  Fix: Choose another id: lowercase words joined by single hyphens, not one the page uses itself.",
			  "content/sheets/people/ann<U+202E>lee.mdx
			  The file name "ann<U+202E>lee" holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible control that changes the order in which a name displays; a sheet slug is lowercase letters, digits and single hyphens only.
			  Fix: Rename the file to "ann-lee" and keep the extension.",
			]
		`);
	});
});

describe('aliases the sources use', () => {
	it('accepts an alias in the article in another case, with other quote marks and spacing', () => {
		expect(problems({ [ANN]: ANN_LEE.replace('kind: person', 'aliases: [THE MAYOR, "mayor,  Ann Lee"]\nkind: person') })).toEqual([]);
	});
	it('reports an alias that is not in the article, only in the page around it, or only inside a longer word', () => {
		expect(problems({ [ANN]: ANN_LEE.replace('kind: person', 'aliases: [Ann L. Lee, Sport, Lee Ha]\nkind: person') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:3:11 aliases[0]
			  The alias "Ann L. Lee" is not in the article of any source this sheet cites ("daily"), so nothing shows that the story uses this name.
			  Fix: Cite a passage that calls the actor "Ann L. Lee" (on any item of this sheet), or remove the alias.",
			  "content/sheets/people/ann-lee.mdx:3:23 aliases[1]
			  The alias "Sport" is not in the article of any source this sheet cites ("daily"), so nothing shows that the story uses this name.
			  Fix: Cite a passage that calls the actor "Sport" (on any item of this sheet), or remove the alias.",
			  "content/sheets/people/ann-lee.mdx:3:30 aliases[2]
			  The alias "Lee Ha" is not in the article of any source this sheet cites ("daily"), so nothing shows that the story uses this name.
			  Fix: Cite a passage that calls the actor "Lee Ha" (on any item of this sheet), or remove the alias.",
			]
		`);
	});
	it('reports an alias on a sheet that cites no source', () => {
		expect(problems({ [OTHER]: other('Someone Else', 'aliases: [Someone]\n') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/people/other.mdx.",
			  "content/sheets/people/other.mdx:2:7 name
			  The sheet "other" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			  "content/sheets/people/other.mdx:3:11 aliases[0]
			  The alias "Someone" is not backed by any source: the sheet cites none, so nothing shows that the story uses this name.
			  Fix: Cite a passage that calls the actor "Someone" (on any item of this sheet), or remove the alias.",
			]
		`);
	});
});

describe('fact ids the page uses itself', () => {
	const withId = (id: string) => problems({ [COUNCIL_FILE]: COUNCIL.replace('id: complaints-2026-03-02', `id: ${id}`) });
	it('rejects the id of the search box, of the graph\'s title and a numbered anchor', () => {
		expect(withId('site-search-q')).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:7:9 fact "site-search-q" › id
			  \`id\` is "site-search-q": this id is used by the page itself; reserved: site-search-q, main, top, facts, roles, relations, references, timeline, mentions, claims, figures, graph, about, cite, history, key-facts, contents, sheet-graph, sheet-graph-title, sheet-graph-desc, ref-, role-, member-, mention- or claim- followed by a number, and any id that starts with relation- or inverse-.
			  Fix: Choose another id: lowercase words joined by single hyphens, not one the page uses itself.",
			]
		`);
		expect(withId('sheet-graph-title')[0]?.split('\n')[1]).toMatchInlineSnapshot(`"  \`id\` is "sheet-graph-title": this id is used by the page itself; reserved: site-search-q, main, top, facts, roles, relations, references, timeline, mentions, claims, figures, graph, about, cite, history, key-facts, contents, sheet-graph, sheet-graph-title, sheet-graph-desc, ref-, role-, member-, mention- or claim- followed by a number, and any id that starts with relation- or inverse-."`);
		expect(withId('relation-1')[0]?.split('\n')[1]).toMatchInlineSnapshot(`"  \`id\` is "relation-1": this id is used by the page itself; reserved: site-search-q, main, top, facts, roles, relations, references, timeline, mentions, claims, figures, graph, about, cite, history, key-facts, contents, sheet-graph, sheet-graph-title, sheet-graph-desc, ref-, role-, member-, mention- or claim- followed by a number, and any id that starts with relation- or inverse-."`);
	});
});
