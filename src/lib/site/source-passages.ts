import type { Corpus } from '../corpus.ts';
import { normaliseWithOffsets } from '../text/normalise.ts';
import type { SourceText } from '../text/source-text.ts';
import { sheetCitations } from '../verify/cited-items.ts';
import { passageAnchor } from './model.ts';

/**
 * The quoted passages of a source as its page shows them: each passage once,
 * however many items cite it, with the sentence before and after it from the
 * stored text. Computed when the content is verified (the stored text is not
 * published to pages) and carried to the source page with the corpus.
 */

/** A stretch of an excerpt: the source's own words, highlighted where a quote took them. */
export interface ExcerptRun {
	readonly text: string;
	readonly marked: boolean;
}

export interface SourcePassage {
	/** Its element's id on the source page: the anchor of its first quote. */
	readonly anchor: string;
	/** Every quote it shows, as the citations give them, in the order they stand in the text; each keeps its own anchor. */
	readonly quotes: readonly string[];
	/** The excerpt: the stored text from `from` to `to` (end exclusive). */
	readonly text: string;
	readonly from: number;
	readonly to: number;
	/** The quoted words, as offsets into the stored text: sorted, apart from each other, within the excerpt. */
	readonly marks: readonly (readonly [number, number])[];
	/** True when the article has text before (after) the excerpt: the excerpt is shown as cut there. */
	readonly cutBefore: boolean;
	readonly cutAfter: boolean;
	/** False for a quote the stored text does not hold, shown as written (`quoteAlone`). */
	readonly located: boolean;
}

/** Context never runs further than this many characters either side of the quoted words, so a text without sentence breaks (a list, a table) is not shown whole. */
const CONTEXT_LIMIT = 400;

/**
 * Where sentences start, between `from` and `to` of `text`, with `to` last.
 * Intl.Segmenter breaks after every full stop followed by a capital, so a
 * sentence that ends in an initial or a short abbreviation ("J.", "Mr.",
 * "U.S.") is joined to the next: at worst the context is a sentence longer.
 */
export function sentenceStarts(text: string, from: number, to: number, language: string): number[] {
	const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
	const starts: number[] = [];
	let joinNext = false;
	for (const { segment, index } of segmenter.segment(text.slice(from, to))) {
		// A blank line is a segment of its own: it belongs to the sentence before it.
		if (!joinNext && (segment.trim() || starts.length === 0)) starts.push(from + index);
		if (!segment.trim()) continue;
		joinNext = /(?:^|[\s(])(?:\p{Lu}\p{Ll}?|\p{L}(?:\.\p{L})+)\.$/u.test(segment.trimEnd()) && !segment.includes('\n');
	}
	starts.push(to);
	return starts;
}

/** Index of the sentence holding `offset`: the last start at or before it. */
function sentenceAt(starts: readonly number[], offset: number): number {
	// Binary search over the starts before the final end: a long text has thousands of sentences and quotes.
	let low = 0;
	let high = starts.length - 2;
	while (low < high) {
		const mid = (low + high + 1) >>> 1;
		if ((starts[mid] as number) <= offset) low = mid;
		else high = mid - 1;
	}
	return Math.max(0, low);
}

interface Located {
	readonly quote: string;
	readonly start: number;
	readonly end: number;
	readonly marks: readonly (readonly [number, number])[];
	readonly firstSentence: number;
	readonly lastSentence: number;
}

/**
 * The passages of `quotes` in `text`: identical quotes, quotes whose words
 * overlap and quotes from one sentence become one passage, so no words are
 * shown twice. A quote the text does not hold (only under `astro dev` with
 * problems: a build verifies every quote first) is shown as written, alone.
 */
export function excerptsOf(text: SourceText, quotes: Iterable<string>, language: string): SourcePassage[] {
	const original = text.original;
	const { offsets } = normaliseWithOffsets(original);
	const articleStart = offsets[text.articleStart] ?? original.length;
	const articleEnd = text.articleEnd >= text.normalised.length ? original.length : (offsets[text.articleEnd - 1] as number) + 1;
	const starts = sentenceStarts(original, articleStart, articleEnd, language);
	const located: Located[] = [];
	const unlocated: SourcePassage[] = [];
	for (const quote of new Set(quotes)) {
		const lookup = text.find(quote);
		if (lookup.status !== 'found' || lookup.parts.length === 0) {
			unlocated.push(quoteAlone(quote));
			continue;
		}
		const start = lookup.parts[0]?.start as number;
		const end = lookup.parts.at(-1)?.end as number;
		located.push({ quote, start, end, marks: lookup.parts.map((part) => [part.start, part.end] as const), firstSentence: sentenceAt(starts, start), lastSentence: sentenceAt(starts, end - 1) });
	}
	located.sort((a, b) => a.start - b.start || a.end - b.end);
	const groups: Located[][] = [];
	let groupLast = -1;
	for (const quote of located) {
		const group = groups.at(-1);
		if (group && quote.firstSentence <= groupLast) group.push(quote);
		else groups.push([quote]);
		groupLast = Math.max(groupLast, quote.lastSentence);
	}
	return [...groups.map((group) => excerpt(original, group, starts, articleStart, articleEnd)), ...unlocated];
}

/** The excerpt of one group of quotes: their sentences and one more on each side, within the article and the context limit. */
function excerpt(original: string, group: readonly Located[], starts: readonly number[], articleStart: number, articleEnd: number): SourcePassage {
	const first = Math.min(...group.map((quote) => quote.firstSentence));
	const last = Math.max(...group.map((quote) => quote.lastSentence));
	const start = Math.min(...group.map((quote) => quote.start));
	const end = Math.max(...group.map((quote) => quote.end));
	let from = Math.max(articleStart, starts[Math.max(0, first - 1)] as number, start - CONTEXT_LIMIT);
	let to = Math.min(articleEnd, starts[Math.min(starts.length - 1, last + 2)] as number, end + CONTEXT_LIMIT);
	// A limit that falls inside a word moves out to the word's edge.
	const inWord = (at: number) => /\S/u.test(original[at - 1] ?? '') && /\S/u.test(original[at] ?? '');
	while (from > articleStart && inWord(from)) from--;
	while (to < articleEnd && inWord(to)) to++;
	while (from < start && /\s/u.test(original[from] ?? '')) from++;
	while (to > end && /\s/u.test(original[to - 1] ?? '')) to--;
	return {
		anchor: passageAnchor(group[0]?.quote as string),
		quotes: group.map((quote) => quote.quote),
		text: original.slice(from, to),
		from,
		to,
		marks: union(group.flatMap((quote) => quote.marks)),
		cutBefore: from > articleStart,
		cutAfter: to < articleEnd,
		located: true,
	};
}

/**
 * Two passages whose excerpts overlap (`later` starts before `earlier`
 * ends), as one: the text from the first's start to the further end, every
 * quote and mark of both. A sheet's section joins them so that no sentence
 * is shown twice in a row (src/lib/site/source-page.ts).
 */
export function joinPassages(earlier: SourcePassage, later: SourcePassage): SourcePassage {
	const longer = later.to > earlier.to;
	return {
		anchor: earlier.anchor,
		quotes: [...new Set([...earlier.quotes, ...later.quotes])],
		text: longer ? earlier.text + later.text.slice(earlier.to - later.from) : earlier.text,
		from: earlier.from,
		to: Math.max(earlier.to, later.to),
		marks: union([...earlier.marks, ...later.marks]),
		cutBefore: earlier.cutBefore,
		cutAfter: longer ? later.cutAfter : earlier.cutAfter,
		located: true,
	};
}

/** True when `later` (the one that starts later) begins inside `earlier`'s excerpt. */
export const overlaps = (earlier: SourcePassage, later: SourcePassage) => earlier.located && later.located && later.from < earlier.to;

/** The excerpt in runs, paragraph by paragraph (a line of the stored text is a paragraph; blank lines make no empty one). */
export function excerptParagraphs(passage: SourcePassage): ExcerptRun[][] {
	const runs: ExcerptRun[] = [];
	let cursor = passage.from;
	for (const [markStart, markEnd] of passage.marks) {
		if (markStart > cursor) runs.push({ text: passage.text.slice(cursor - passage.from, markStart - passage.from), marked: false });
		runs.push({ text: passage.text.slice(markStart - passage.from, markEnd - passage.from), marked: true });
		cursor = markEnd;
	}
	if (passage.to > cursor) runs.push({ text: passage.text.slice(cursor - passage.from), marked: false });
	const paragraphs: ExcerptRun[][] = [[]];
	for (const run of runs) {
		run.text.split(/[ \t]*\r?\n\s*/u).forEach((text, i) => {
			if (i > 0) paragraphs.push([]);
			if (text) paragraphs.at(-1)?.push({ text, marked: run.marked });
		});
	}
	return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/** The quoted words, for a link to them on the original page (a URL text fragment); none for a quote not located. */
export function markedWords(passage: SourcePassage): string[] {
	return passage.located ? passage.marks.map(([markStart, markEnd]) => passage.text.slice(markStart - passage.from, markEnd - passage.from)) : [];
}

/** Sorted ranges, overlapping or touching ones joined. */
function union(ranges: readonly (readonly [number, number])[]): [number, number][] {
	const joined: [number, number][] = [];
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		const last = joined.at(-1);
		if (last && start <= last[1]) last[1] = Math.max(last[1], end);
		else joined.push([start, end]);
	}
	return joined;
}

/** A quote shown as written, without context: for a quote its source's text does not hold, so its anchor still exists. */
export function quoteAlone(quote: string): SourcePassage {
	return { anchor: passageAnchor(quote), quotes: [quote], text: quote, from: 0, to: quote.length, marks: [[0, quote.length]], cutBefore: true, cutAfter: true, located: false };
}

/** Every source's passages, by source id: the quotes of every citation, looked up in the source's stored text. */
export function sourcePassages(corpus: Corpus): Record<string, readonly SourcePassage[]> {
	const quotes = new Map<string, string[]>();
	for (const sheet of corpus.sheets) {
		for (const { citation } of sheetCitations(sheet)) {
			const list = quotes.get(citation.source);
			if (list) list.push(citation.quote);
			else quotes.set(citation.source, [citation.quote]);
		}
	}
	const passages: Record<string, readonly SourcePassage[]> = {};
	for (const [id, list] of quotes) {
		const source = corpus.sources.get(id);
		if (source?.text) passages[id] = excerptsOf(source.text, list, source.data.language);
	}
	return passages;
}
