/**
 * The paragraphs a quote stands in, for the rules that read a quote's
 * paragraph (who it names). `SourceText.find` gives one occurrence, the
 * first; a quote's words may stand in more than one paragraph, and a rule
 * must not fail a quote for its first occurrence when another one fits.
 * Each paragraph is made once per stored text, and the article's lines are
 * worked out only when a rule asks for every occurrence.
 */
import { normaliseWithOffsets, quoteParts } from './normalise.ts';
import { paragraphAt, type ParagraphBounds } from './paragraphs.ts';
import type { FoundPart, SourceText } from './source-text.ts';
import { indexOfWhole, WordSearch } from './words.ts';

interface Line {
	/** Bounds in the original text. */
	readonly start: number;
	readonly end: number;
	/** Bounds in the normalised text, clipped to the article. */
	readonly from: number;
	readonly to: number;
}

const articleLines = new WeakMap<SourceText, readonly Line[]>();

/** The article's lines (paragraphs), with their bounds in both texts. */
function linesOf(text: SourceText): readonly Line[] {
	let lines = articleLines.get(text);
	if (lines) return lines;
	// The same normalisation as the text's own, so offsets agree with `text.normalised`.
	const { offsets } = normaliseWithOffsets(text.original);
	const normalisedAt = (original: number) => firstAtOrAfter(offsets, original, text.normalised.length);
	const found: Line[] = [];
	let start = 0;
	for (;;) {
		const newline = text.original.indexOf('\n', start);
		const end = newline < 0 ? text.original.length : newline;
		const from = Math.max(normalisedAt(start), text.articleStart);
		const to = Math.min(normalisedAt(end), text.articleEnd);
		if (from < to) found.push({ start, end, from, to });
		if (newline < 0) break;
		start = newline + 1;
	}
	articleLines.set(text, (lines = found));
	return lines;
}

/** Every paragraph of the article that holds all parts of `quote`, in order, as whole words. */
export function paragraphsHolding(text: SourceText, quote: string): Paragraph[] {
	const parts = quoteParts(quote);
	if (parts.length === 0) return [];
	return linesOf(text)
		.filter((line) => {
			let cursor = line.from;
			for (const part of parts) {
				const at = indexOfWhole(text.normalised, part, cursor, line.to);
				if (at < 0) return false;
				cursor = at + part.length;
			}
			return true;
		})
		.map((line) => paragraphOf(text, line));
}

/** The first index of `offsets` (sorted, up to `length`) whose value is at least `value`. */
function firstAtOrAfter(offsets: Int32Array, value: number, length: number): number {
	let low = 0;
	let high = length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((offsets[mid] as number) < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** A paragraph of a stored text, as the rules that read a quote's paragraph see it. */
export interface Paragraph {
	readonly text: string;
	/** 1-based line in the stored text. */
	readonly line: number;
	/** The paragraph, ready for the searches. */
	readonly search: WordSearch;
}

/** Per stored text: where its lines start, and each paragraph asked for so far, by start offset. */
const paragraphCache = new WeakMap<SourceText, { lineStarts: number[]; byStart: Map<number, Paragraph> }>();

/** The paragraphs the parts of a found quote stand in, each once, in order. */
export function paragraphsOf(text: SourceText, parts: readonly FoundPart[]): Paragraph[] {
	const found: Paragraph[] = [];
	for (const part of parts) {
		const paragraph = paragraphOf(text, paragraphAt(text.original, part.start));
		if (!found.includes(paragraph)) found.push(paragraph);
	}
	return found;
}

/** One paragraph of a stored text, made once. */
export function paragraphOf(text: SourceText, bounds: ParagraphBounds): Paragraph {
	let cache = paragraphCache.get(text);
	if (!cache) paragraphCache.set(text, (cache = { lineStarts: lineStarts(text.original), byStart: new Map() }));
	let paragraph = cache.byStart.get(bounds.start);
	if (!paragraph) {
		const words = text.original.slice(bounds.start, bounds.end);
		paragraph = { text: words, line: lineAt(cache.lineStarts, bounds.start), search: new WordSearch(words) };
		cache.byStart.set(bounds.start, paragraph);
	}
	return paragraph;
}

/** The offset each line of a text starts at. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
	return starts;
}

/** The 1-based line of an offset, by binary search in the line starts. */
function lineAt(starts: readonly number[], offset: number): number {
	let low = 0;
	let high = starts.length;
	while (low + 1 < high) {
		const mid = (low + high) >>> 1;
		if ((starts[mid] as number) <= offset) low = mid;
		else high = mid;
	}
	return low + 1;
}
