import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { LinkResolver } from '../links/resolver.ts';
import type { Problem } from '../problems.ts';
import { checkAliases } from './aliases.ts';
import { checkBidiControls, checkSourceBidiControls } from './bidi-controls.ts';
import { checkBody } from './bodies.ts';
import { checkQuotes } from './citations.ts';
import { checkFigureOnce, checkHasFact, checkLinked, checkSourcesCited } from './corpus-rules.ts';
import { checkDateOrder } from './dates.ts';
import { checkNamed } from './named.ts';
import { checkReferences } from './references.ts';
import { checkSortName } from './sort-name.ts';
import { checkSummaries } from './summaries.ts';
import { checkSupports } from './supports.ts';
import { checkUniqueness } from './uniqueness.ts';
import { checkRelationEnds } from './vocabulary.ts';

/** What every rule reads: the corpus as loaded (each file valid on its own) and the wiki-link resolver. */
export interface RuleInput {
	readonly corpus: Corpus;
	readonly resolver: LinkResolver;
	/** The slugs of the loaded sheets. */
	readonly slugs: ReadonlySet<string>;
}

/** One content rule across files: what it requires (for the docs and the tests' names) and its check. */
export interface ContentRule {
	readonly id: string;
	/** What the content must do, as a sentence a test is named after. */
	readonly requires: string;
	readonly check: (input: RuleInput) => Problem[];
}

const eachSheet =
	(check: (sheet: LoadedSheet, input: RuleInput) => Problem[]) =>
	(input: RuleInput): Problem[] =>
		input.corpus.sheets.flatMap((sheet) => check(sheet, input));

/**
 * Every rule content must keep beyond each file's schema, in one list: the
 * verifier (`npm run check`, every build) runs it, and the content tests run
 * the same list over the real content instead of restating any rule.
 */
export const CONTENT_RULES: readonly ContentRule[] = [
	{ id: 'unique-names', requires: 'no two sheets share a name or alias, nor names that differ only in look-alike characters', check: ({ corpus }) => checkUniqueness(corpus) },
	{ id: 'source-controls', requires: 'no stored text holds invisible bidirectional controls', check: ({ corpus }) => [...corpus.sources.values()].flatMap(checkSourceBidiControls) },
	{ id: 'sources-cited', requires: 'every source is cited by some fact, role or relation', check: ({ corpus }) => checkSourcesCited(corpus) },
	{ id: 'bodies', requires: 'every body parses, is safe, and its wiki-links resolve', check: eachSheet((sheet, { corpus, resolver }) => checkBody(sheet, resolver, corpus.unloaded.sheets)) },
	// The About page's text is rendered like a body, so it is held to the same rules (docs/content-model.md, "The About page").
	{ id: 'about', requires: 'the About page’s text (content/about.md) is safe, and its wiki-links resolve', check: ({ corpus, resolver }) => (corpus.about ? checkBody(corpus.about, resolver, corpus.unloaded.sheets) : []) },
	{ id: 'references', requires: 'every sheet, source, metric and fact an item names exists', check: eachSheet((sheet, { corpus, slugs }) => checkReferences(sheet, corpus, slugs)) },
	{ id: 'relation-ends', requires: 'every relation goes between kinds its type allows (content/relation-types.yaml)', check: ({ corpus }) => checkRelationEnds(corpus) },
	{ id: 'has-fact', requires: 'every sheet has at least one cited fact', check: eachSheet((sheet) => checkHasFact(sheet)) },
	{ id: 'linked', requires: 'every sheet is linked to or from at least one other sheet', check: ({ corpus, resolver }) => checkLinked(corpus, resolver) },
	{ id: 'date-order', requires: 'no role or relation ends before it starts', check: eachSheet((sheet) => checkDateOrder(sheet)) },
	{ id: 'quotes', requires: 'every quote is in its source’s article, word for word, within one paragraph', check: eachSheet((sheet, { corpus }) => checkQuotes(sheet, corpus)) },
	{ id: 'supports', requires: 'every value, qualifier, claimant and date is supported by its quotes', check: eachSheet((sheet, { corpus }) => [...checkSupports(sheet, corpus), ...checkSummaries(sheet)]) },
	{ id: 'figure-once', requires: 'each reported figure is counted once', check: ({ corpus }) => checkFigureOnce(corpus) },
	{ id: 'named', requires: 'every item’s subject is named by its quotes (or explained in subjectNote)', check: eachSheet((sheet, { corpus }) => checkNamed(sheet, corpus)) },
	{ id: 'aliases', requires: 'every alias is a name the sources use', check: eachSheet((sheet, { corpus }) => checkAliases(sheet, corpus)) },
	{ id: 'sort-name', requires: 'every sort name is made of its sheet’s name’s words, adding none', check: eachSheet((sheet) => checkSortName(sheet)) },
	{ id: 'sheet-controls', requires: 'no sheet holds invisible bidirectional controls', check: eachSheet((sheet) => checkBidiControls(sheet)) },
];
