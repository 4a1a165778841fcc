import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { JOINED_PART_MIN_WORDS, QUOTE_MIN_WORDS, quoteShapeIssue, type QuoteShapeIssue } from '../text/quote-shape.ts';
import type { QuoteLookup } from '../text/source-text.ts';
import { describeDifferences } from '../text/word-diff.ts';
import { sheetCitations } from './cited-items.ts';
import { sheetProblem } from './sheet-problems.ts';

const COPY_FIX =
	'Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".';
const PARAGRAPH_FIX =
	'Quote one paragraph of the article per citation: give the passage of the other paragraph as a citation of its own.';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Checks that every quote of a sheet is long enough and in its source's article, as whole words within one paragraph. */
export function checkQuotes(sheet: LoadedSheet, corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	for (const { path, citation } of sheetCitations(sheet)) {
		const quotePath = [...path, 'quote'];
		const shape = quoteShapeIssue(citation.quote);
		if (shape) {
			problems.push(shapeProblem(sheet, quotePath, shape));
			continue;
		}
		const source = corpus.sources.get(citation.source);
		// Unknown sources are reported by the reference check; unreadable texts by the source's own check.
		if (!source?.text) continue;
		const lookup = source.text.find(citation.quote);
		const problem = lookupProblem(lookup, source, citation.quote);
		if (!problem) continue;
		const elsewhere = otherSourceHolding(citation.quote, source.id, corpus);
		if (elsewhere) {
			// The closest passage of the wrong article would only mislead.
			const here = lookup.status === 'not-found' ? `The quote is not in source "${source.id}" (${source.data.text}).` : problem.message;
			problems.push(
				sheetProblem(
					sheet,
					[...path, 'source'],
					`${here} It is word for word in source "${elsewhere.id}" (${elsewhere.data.title}).`,
					`If that is the article you mean, set \`source: ${elsewhere.id}\`; otherwise ${problem.fix.charAt(0).toLowerCase()}${problem.fix.slice(1)}`,
				),
			);
		} else problems.push(sheetProblem(sheet, quotePath, problem.message, problem.fix));
	}
	return problems;
}

function shapeProblem(sheet: LoadedSheet, path: Path, shape: QuoteShapeIssue): Problem {
	switch (shape.kind) {
		case 'punctuation':
			return sheetProblem(
				sheet,
				path,
				shape.parts === 1
					? `The quote "${shape.part}" has no words, only punctuation.`
					: `Part ${shape.index + 1} of the quote ("${shape.part}") has no words, only punctuation.`,
				'Quote the words of the article; an ellipsis ("...") stands only between two passages of words.',
			);
		case 'short-quote':
			return sheetProblem(
				sheet,
				path,
				`The quote has ${plural(shape.words, 'word')}; a quote needs at least ${QUOTE_MIN_WORDS}, since a word or two can be found in almost any article.`,
				`Quote the whole phrase of the article that supports the item (at least ${QUOTE_MIN_WORDS} words).`,
			);
		case 'short-part':
			return sheetProblem(
				sheet,
				path,
				`Part ${shape.index + 1} of the quote ("${shape.part}") has ${plural(shape.words, 'word')}; each passage joined by "..." needs at least ${JOINED_PART_MIN_WORDS}, so that a quote cannot be pieced together from scattered words.`,
				`Lengthen the part with the words around it in the article (at least ${JOINED_PART_MIN_WORDS}), or quote the passage whole.`,
			);
	}
}

/** Another source whose article holds the quote as it is: a quote cited to the wrong source says which one has it. */
function otherSourceHolding(quote: string, id: string, corpus: Corpus) {
	for (const other of corpus.sources.values()) {
		if (other.id !== id && other.text?.find(quote).status === 'found') return other;
	}
	return undefined;
}

function lookupProblem(
	lookup: QuoteLookup,
	source: { id: string; file: string; data: { text: string } },
	quote: string,
): { message: string; fix: string } | undefined {
	/** The closest passage, with where it differs from what was quoted (the failing part only, for an ellipsis join). */
	const closest = (passage: string | undefined, quoted = quote) => {
		if (!passage) return '';
		// Words found only inside longer words differ in their edges, not their words: no differences to list.
		const differences = quoted ? describeDifferences(quoted, passage) : undefined;
		return ` Closest passage in the article: "${passage}"${differences ? `; it differs at ${differences}` : ''}.`;
	};
	switch (lookup.status) {
		case 'found':
			return undefined;
		case 'empty':
			return { message: 'The quote has no words besides ellipses.', fix: COPY_FIX };
		case 'not-found': {
			const what = lookup.part ? `Part ${lookup.part.index + 1} of the quote ("${lookup.part.text}") is` : 'The quote is';
			const inside = lookup.insideWords
				? ' Its words are there only as pieces of longer words: a quote must start and end at word boundaries.'
				: '';
			return {
				message: `${what} not in source "${source.id}" (${source.data.text}).${inside}${lookup.insideWords ? closest(lookup.closest, '') : closest(lookup.closest, lookup.part?.text)}`,
				fix: COPY_FIX,
			};
		}
		case 'out-of-order':
			return {
				message: `Each part of the quote is in source "${source.id}" (${source.data.text}), but not in this order.`,
				fix: 'Give the parts in the order the article has them, or cite them separately.',
			};
		case 'across-paragraphs':
			return {
				message: `The quote's words are in source "${source.id}" (${source.data.text}), but they run across paragraphs; a quote, and every part an ellipsis joins, must stand within one paragraph.`,
				fix: PARAGRAPH_FIX,
			};
		case 'outside-article':
			return {
				message: `The quote is in the page around the article, not in the article itself: ${source.file} declares where the article of "${source.id}" starts and ends.${closest(lookup.closest)}`,
				fix: "Cite the article's own words; a republisher's menus, other headlines and footer are not part of the article.",
			};
	}
}
