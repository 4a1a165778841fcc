import type { Citation } from '../../schemas/index.ts';
import type { Corpus, LoadedSource } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import { quoteShapeIssue } from '../text/quote-shape.ts';
import type { FoundPart } from '../text/source-text.ts';

/** How an item's rule reports a problem at a path of the sheet. */
export type Report = (path: Path, message: string, fix: string) => void;

/** A citation whose quote was found, with its source and where its parts stand. */
export interface FoundQuote {
	readonly source: LoadedSource;
	readonly parts: readonly FoundPart[];
}

/** The item's quotes as found in their sources; undefined when any is not found or too short (checkQuotes reports it). */
export function foundQuotes(citations: readonly Citation[], corpus: Corpus): FoundQuote[] | undefined {
	const found: FoundQuote[] = [];
	for (const citation of citations) {
		const source = corpus.sources.get(citation.source);
		const lookup = quoteShapeIssue(citation.quote) ? undefined : source?.text?.find(citation.quote);
		if (!source || lookup?.status !== 'found') return undefined;
		found.push({ source, parts: lookup.parts });
	}
	return found;
}

