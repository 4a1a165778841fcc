import type { Citation, SheetData } from '../../schemas/index.ts';
import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { paragraphsHolding, paragraphsOf, type Paragraph } from '../text/occurrences.ts';
import { contentWords, WordSearch } from '../text/words.ts';
import { sheetCitations } from './cited-items.ts';
import { sheetProblem } from './sheet-problems.ts';

/**
 * Who a quote must name. The paragraph a quote stands in must name each one
 * the item is about: the sheet's subject; the other end of a role (its `org`
 * sheet or `orgName`) or of a relation (its `target`); and a fact's claimant
 * (its `sheet`, or the words of its `party` and `citing`). Where the passage
 * refers to one of them another way ("he", "the institute"), the item's
 * `subjectNote` must say how, and so must name it itself.
 * See docs/content-model.md, "Who a quote must name".
 */

/** Someone an item is about, and how to tell that a passage names them. */
interface End {
	/** How a message names it: `the sheet's subject, Jane Doe`. */
	readonly what: string;
	/** Its name as a reader knows it, for the fix. */
	readonly display: string;
	/** A sheet is named by any of its terms; a description by all of its words. */
	readonly match: { readonly any: readonly string[] } | { readonly all: readonly string[]; readonly text: string };
}

type Item = SheetData['facts'][number] | SheetData['roles'][number] | SheetData['relations'][number];
type List = 'facts' | 'roles' | 'relations';

const ITEM_KIND: Record<List, string> = { facts: 'fact', roles: 'role', relations: 'relation' };

/**
 * The terms that name a sheet: its name, its aliases and, for a person (a
 * kind whose section is `people` in content/kinds.yaml), the surname (the last word of the name).
 */
export function namingTerms(data: Pick<SheetData, 'name' | 'aliases'>, person: boolean): string[] {
	const terms = [data.name, ...data.aliases];
	const words = data.name.split(/\s+/);
	if (person && words.length > 1) terms.push(words[words.length - 1] as string);
	return [...new Set(terms)];
}

/** Checks that the paragraph of every quote of a sheet names whoever the item is about, or that `subjectNote` says how it refers to them. */
export function checkNamed(sheet: LoadedSheet, corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	const sheets = sheetsBySlug(corpus);
	const byItem = new Map<string, { list: List; index: number; citations: { path: Path; citation: Citation }[] }>();
	for (const cited of sheetCitations(sheet)) {
		const [list, index] = cited.path as [List, number];
		const key = `${list}/${index}`;
		const entry = byItem.get(key) ?? { list, index, citations: [] };
		entry.citations.push(cited);
		byItem.set(key, entry);
	}
	for (const { list, index, citations } of byItem.values()) {
		const item = sheet.data[list][index] as Item;
		const ends = itemEnds(sheet, list, item, sheets, corpus.vocabulary);
		const note = item.subjectNote === undefined ? undefined : new WordSearch(item.subjectNote);
		const unnamedInNote = new Map<End, Path>();
		for (const { path, citation } of citations) {
			const passage = quotePassage(corpus, citation, ends);
			// A quote that is not found is reported by the quote check.
			if (!passage) continue;
			for (const end of ends) {
				if (names(passage.search, end)) continue;
				if (note) {
					if (!names(note, end) && !unnamedInNote.has(end)) unnamedInNote.set(end, path);
					continue;
				}
				problems.push(sheetProblem(sheet, [...path, 'quote'], `${passage.where} ${missing(passage.search, end)}.${passage.also}`, fixFor(end, ITEM_KIND[list])));
			}
		}
		for (const [end, path] of unnamedInNote) {
			const at = path[path.length - 1] as number;
			problems.push(
				sheetProblem(
					sheet,
					[list, index, 'subjectNote'],
					`\`subjectNote\` does not say how the passage of citations[${at}] refers to ${end.what}: the paragraph does not name it, and the note ${missing(note as WordSearch, end)}.`,
					`Say in \`subjectNote\` which words of the passage mean ${end.display} and where the article names them (for example "'He' is ${end.display}, named in the paragraph before"), or quote a passage that names ${end.display}.`,
				),
			);
		}
	}
	return problems;
}

/** The paragraph a found quote is read in, and how a message names it. */
interface QuotePassage {
	readonly search: WordSearch;
	/** `The quote's paragraph (seeds/x.txt, line 5)` */
	readonly where: string;
	/** A sentence naming the quote's other paragraphs, when its words stand in more than one; or "". */
	readonly also: string;
}

/**
 * The paragraph of a quote: where `SourceText.find` found it, or, when that
 * paragraph leaves someone unnamed and the quote's words also stand in
 * another paragraph that names everyone, that one.
 */
function quotePassage(corpus: Corpus, citation: Citation, ends: readonly End[]): QuotePassage | undefined {
	const source = corpus.sources.get(citation.source);
	const lookup = source?.text?.find(citation.quote);
	if (!source?.text || lookup?.status !== 'found') return undefined;
	const text = source.text;
	const paragraphs = paragraphsOf(text, lookup.parts);
	const lines = paragraphs.map((paragraph) => paragraph.line);
	const where = (at: readonly number[]) =>
		`The quote's ${at.length > 1 ? 'paragraphs' : 'paragraph'} (${source.data.text}, ${at.length > 1 ? 'lines' : 'line'} ${at.join(', ')})`;
	const first = paragraphs.length === 1 ? (paragraphs[0] as Paragraph) : undefined;
	const search = first ? first.search : new WordSearch(paragraphs.map((paragraph) => paragraph.text).join('\n'));
	if (!first || ends.every((end) => names(search, end))) return { search, where: where(lines), also: '' };
	const others = paragraphsHolding(text, citation.quote).filter((paragraph) => paragraph !== first);
	const fits = others.find((paragraph) => ends.every((end) => names(paragraph.search, end)));
	if (fits) return { search: fits.search, where: where([fits.line]), also: '' };
	const also = others.length === 0
		? ''
		: ` Its words also stand in ${others.length > 1 ? 'lines' : 'line'} ${others.map((paragraph) => paragraph.line).join(', ')}, and no paragraph that holds them names everyone the item is about.`;
	return { search, where: where(lines), also };
}

/** Whoever an item is about: the subject, the other end of a role or relation, a fact's claimant. */
function itemEnds(sheet: LoadedSheet, list: List, item: Item, sheets: ReadonlyMap<string, LoadedSheet>, vocabulary: Vocabulary): End[] {
	const ends: End[] = [];
	const ofSheet = (slug: string, role: string) => {
		const other = sheets.get(slug);
		// An unknown sheet is reported by the reference check.
		if (other) ends.push({ what: `${role}, ${other.data.name}`, display: other.data.name, match: { any: namingTerms(other.data, vocabulary.kinds.get(other.data.kind)?.section === 'people') } });
	};
	const ofWords = (text: string, role: string) => {
		const words = contentWords(text);
		ends.push({ what: role, display: `"${text}"`, match: { all: words.length > 0 ? words : [text], text } });
	};
	const claimant = 'claimant' in item ? item.claimant : undefined;
	const selfClaims = claimant?.sheet === sheet.slug;
	ofSheet(sheet.slug, selfClaims ? "the sheet's subject (also the claimant)" : "the sheet's subject");
	if (list === 'roles' && 'title' in item) {
		if (item.org) ofSheet(item.org, "the role's organisation");
		else if (item.orgName) ofWords(item.orgName, "the role's organisation");
	}
	if (list === 'relations' && 'target' in item && item.target !== sheet.slug) ofSheet(item.target, "the relation's other sheet");
	if (claimant?.sheet && !selfClaims) ofSheet(claimant.sheet, 'the claimant');
	if (claimant?.party) ofWords(claimant.party, 'the claimant');
	if (claimant?.citing) ofWords(claimant.citing, 'whom the claimant cites');
	return ends;
}

/** A sheet is named by any of its terms; a description needs all of its words. */
function names(passage: WordSearch, end: End): boolean {
	return 'any' in end.match ? end.match.any.some((term) => passage.has(term)) : end.match.all.every((word) => passage.has(word));
}

/** What a passage lacks, to end a sentence: `does not name the claimant, X (looked for "X", …)` or the words it misses. */
function missing(passage: WordSearch, end: End): string {
	if ('any' in end.match) {
		const terms = end.match.any.map((term) => `"${term}"`).join(', ');
		return `does not name ${end.what} (looked for ${terms} as whole words, in any case)`;
	}
	const absent = end.match.all.filter((word) => !passage.has(word)).map((word) => `"${word}"`).join(', ');
	return `does not have the words of ${end.what}, "${end.match.text}" (missing ${absent})`;
}

/** The fix: quote a passage that names them, or say in `subjectNote` how this one refers to them. */
function fixFor(end: End, kind: string): string {
	if ('any' in end.match) {
		return `Quote a passage that names ${end.display}; or, if the passage refers to ${end.display} another way ("he", "the institute"), add \`subjectNote\` to this ${kind} saying how (for example "'He' is ${end.display}, named in the paragraph before").`;
	}
	return `Write the description in the words this paragraph uses, or quote a passage that has them; or, if the passage refers to ${end.display} another way ("they", "the group"), add \`subjectNote\` to this ${kind} saying how, in the article's words.`;
}

/** The sheets of a corpus by slug, made once per corpus (every sheet's check reads it). */
const sheetIndexes = new WeakMap<Corpus, ReadonlyMap<string, LoadedSheet>>();
function sheetsBySlug(corpus: Corpus): ReadonlyMap<string, LoadedSheet> {
	let index = sheetIndexes.get(corpus);
	if (!index) sheetIndexes.set(corpus, (index = new Map(corpus.sheets.map((sheet) => [sheet.slug as string, sheet]))));
	return index;
}
