/**
 * Bad names, aliases and ids through `npm run check` and the real build:
 * each fails both with the same exact message (docs/content-model.md,
 * "Names and aliases"). tests/unit/names.test.ts pins the rules in detail.
 */
import { describe, expect, it } from 'vitest';
import { type FixtureChanges } from '../helpers/fixture-site.ts';
import { edit, failingCheckAndBuild } from '../helpers/bad-input.ts';

const JANE = 'content/sheets/people/jane-doe.mdx';
const ACME = 'content/sheets/organisations/acme-institute.md';



/** Checks and builds the valid fixture changed by `changes`: both must fail, with the same problems. */
const failingBoth = (name: string, changes: FixtureChanges) => failingCheckAndBuild(`e-${name}`, changes);

/** A second organisation that cites nothing: only its name can be wrong. */
const organisation = (name: string) => `---\nname: ${name}\nkind: ngo\ndescription: Another institute.\n---\n\nAnother institute.\n`;

describe('bad names fail check and the build with their exact message', () => {
	it('a second sheet whose name differs by a Cyrillic letter', () => {
		// "Аcme Institute" with U+0410 CYRILLIC CAPITAL LETTER A.
		expect(failingBoth('cyrillic-name', { 'content/sheets/organisations/other-acme.md': organisation('\u0410cme Institute') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/other-acme.md:2:7 name
			  "Аcme Institute" looks like "Acme Institute", the name or an alias of sheet "acme-institute" (content/sheets/organisations/acme-institute.md): it has U+0410 CYRILLIC CAPITAL LETTER A where that has U+0041 LATIN CAPITAL LETTER A, which look alike, so a reader could not tell the two apart.
			  Fix: Write the name in the characters the sources use (retype it rather than copying it from elsewhere); if both sheets are the same actor, merge them.",
			  "content/sheets/organisations/other-acme.md:2:7 name
			  The sheet "other-acme" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/organisations/other-acme.md.",
			  "content/sheets/organisations/other-acme.md:2:7 name
			  The sheet "other-acme" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			]
		`);
	});
	it('an alias holding a right-to-left override', () => {
		expect(failingBoth('bidi-override', { [JANE]: edit('aliases: [J. Doe]', 'aliases: [J. Doe, "J.\u202E Doe"]') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/jane-doe.mdx:3:19 aliases[1]
			  The text holds U+202E RIGHT-TO-LEFT OVERRIDE (character 3 of "J.<U+202E> Doe"), an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked.
			  Fix: Delete the invisible character (retype the text around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").",
			]
		`);
	});
	it('a name of only emoji', () => {
		expect(failingBoth('emoji-name', { 'content/sheets/organisations/other-acme.md': organisation('"\u{1F30A}\u{1F3E0}"') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/other-acme.md:2:7 name
			  The name "🌊🏠" has no letter or digit, only emoji, punctuation or symbols: a reader could not look it up, nor tell it from another such name.
			  Fix: Write the name in letters, as the sources spell it.",
			  "content/sheets/organisations/other-acme.md:2:7 name
			  The sheet "other-acme" has no facts; a sheet is published only with at least one fact that a source supports.
			  Fix: Add a fact under \`facts:\` with a statement and a citation (\`npm run find-quote -- <source-id> "<words>"\` prints a citation to paste), or delete content/sheets/organisations/other-acme.md.",
			  "content/sheets/organisations/other-acme.md:2:7 name
			  The sheet "other-acme" links to no other sheet, and no sheet links to it.
			  Fix: Link it where the sources connect it: a relation or a role naming another sheet, a fact's claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet's or another's).",
			]
		`);
	});
	it('a fact id the page uses itself', () => {
		expect(failingBoth('reserved-id', { [ACME]: edit('id: wall-warning', 'id: site-search-q') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:18:9 fact "site-search-q" › id
			  \`id\` is "site-search-q": this id is used by the page itself; reserved: site-search-q, main, top, facts, roles, relations, references, timeline, mentions, claims, figures, graph, about, cite, history, key-facts, contents, sheet-graph, sheet-graph-title, sheet-graph-desc, ref-, role-, member-, mention- or claim- followed by a number, and any id that starts with relation- or inverse-.
			  Fix: Choose another id: lowercase words joined by single hyphens, not one the page uses itself.",
			]
		`);
	});
	it('an alias no cited article uses', () => {
		expect(failingBoth('alias-not-in-article', { [ACME]: edit('kind: ngo', 'aliases: [Acme Flood Survey]\nkind: ngo') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/acme-institute.md:3:11 aliases[0]
			  The alias "Acme Flood Survey" is not in the article of any source this sheet cites ("harbour-report"), so nothing shows that the story uses this name.
			  Fix: Cite a passage that calls the actor "Acme Flood Survey" (on any item of this sheet), or remove the alias.",
			]
		`);
	});
});
