import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { Problem } from '../problems.ts';
import { sheetCitations } from './cited-items.ts';
import { sheetProblem } from './sheet-problems.ts';

const COPY_FIX =
	'Copy the words exactly as the source has them (only whitespace, quote marks, apostrophes and dashes may differ); join separate passages with "...".';

/** Checks that every quote of a sheet is in its source's article. */
export function checkQuotes(sheet: LoadedSheet, corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	for (const { path, citation } of sheetCitations(sheet)) {
		const source = corpus.sources.get(citation.source);
		// Unknown sources are reported by the reference check; unreadable texts by the source's own check.
		if (!source?.text) continue;
		const lookup = source.text.find(citation.quote);
		const quotePath = [...path, 'quote'];
		const closest = lookup.status !== 'found' && lookup.status !== 'empty' && lookup.closest
			? ` Closest passage in the article: "${lookup.closest}".`
			: '';
		if (lookup.status === 'not-found') {
			problems.push(
				sheetProblem(sheet, quotePath, `The quote is not in source "${source.id}" (${source.data.text}).${closest}`, COPY_FIX),
			);
		} else if (lookup.status === 'outside-article') {
			problems.push(
				sheetProblem(
					sheet,
					quotePath,
					`The quote is in the page around the article, not in the article itself: ${source.file} declares where the article of "${source.id}" starts and ends.${closest}`,
					"Cite the article's own words; a republisher's menus, other headlines and footer are not part of the article.",
				),
			);
		} else if (lookup.status === 'empty') {
			problems.push(sheetProblem(sheet, quotePath, 'The quote has no words besides ellipses.', COPY_FIX));
		}
	}
	return problems;
}
