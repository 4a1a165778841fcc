import type { Corpus, LoadedSheet, LoadedSource } from '../corpus.ts';
import type { Problem } from '../problems.ts';
import { BIDI_CONTROL } from '../text/bidi.ts';
import { hasNoLetters } from '../text/confusables.ts';
import type { SourceText } from '../text/source-text.ts';
import { WordSearch } from '../text/words.ts';
import { sheetCitations } from './cited-items.ts';
import { sheetProblem } from './sheet-problems.ts';

/** Each source's article, prepared once for every sheet that searches it. */
const articles = new WeakMap<SourceText, WordSearch>();

function articleOf(text: SourceText): WordSearch {
	let search = articles.get(text);
	if (!search) articles.set(text, (search = new WordSearch(text.normalised.slice(text.articleStart, text.articleEnd))));
	return search;
}

/**
 * An alias is a name the story uses: each one appears, as whole words and
 * in any case, in the article of a source the sheet cites (its `article`
 * span; words matched as quotes are, see ../text/words.ts). Otherwise
 * nothing shows that a reader of the sources would know the actor by it.
 * Not checked while a cited source is missing or unreadable: that has its
 * own problem.
 */
export function checkAliases(sheet: LoadedSheet, corpus: Corpus): Problem[] {
	if (sheet.data.aliases.length === 0) return [];
	const cited = new Map<string, LoadedSource | undefined>();
	for (const { citation } of sheetCitations(sheet)) cited.set(citation.source, corpus.sources.get(citation.source));
	const texts = [...cited.values()].map((source) => source?.text);
	if (texts.some((text) => text === undefined)) return [];
	const ids = [...cited.keys()];
	const problems: Problem[] = [];
	sheet.data.aliases.forEach((alias, i) => {
		// An alias that is not a name at all has its own problem (uniqueness.ts, bidi-controls.ts).
		if (hasNoLetters(alias) || BIDI_CONTROL.test(alias)) return;
		if (texts.some((text) => articleOf(text as SourceText).has(alias))) return;
		problems.push(
			sheetProblem(
				sheet,
				['aliases', i],
				ids.length === 0
					? `The alias "${alias}" is not backed by any source: the sheet cites none, so nothing shows that the story uses this name.`
					: `The alias "${alias}" is not in the article of any source this sheet cites (${ids.map((id) => `"${id}"`).join(', ')}), so nothing shows that the story uses this name.`,
				`Cite a passage that calls the actor "${alias}" (on any item of this sheet), or remove the alias.`,
			),
		);
	});
	return problems;
}
