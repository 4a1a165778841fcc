import type { Corpus } from '../corpus.ts';
import { sheetCitations } from '../verify/cited-items.ts';

/**
 * The words of each cited quote as they stand in the source's stored text,
 * by source id and then by the quote as the curator wrote it: what a sheet
 * shows under each item (the words of the article, not the curator's copy of
 * them) and, for a source with a known address, what a URL text fragment
 * links to on the original page.
 */
export type QuotedPassages = Record<string, Record<string, string[]>>;

export function quotedPassages(corpus: Corpus): QuotedPassages {
	const passages: QuotedPassages = {};
	for (const sheet of corpus.sheets) {
		for (const { citation } of sheetCitations(sheet)) {
			const source = corpus.sources.get(citation.source);
			if (!source?.text) continue;
			const lookup = source.text.find(citation.quote);
			if (lookup.status !== 'found') continue;
			(passages[source.id] ??= {})[citation.quote] = lookup.parts.map((part) => part.text);
		}
	}
	return passages;
}
