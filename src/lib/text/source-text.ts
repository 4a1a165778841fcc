import { normalise, normaliseWithOffsets, quoteParts } from './normalise.ts';
import { closestPassage } from './closest.ts';
import { paragraphAt } from './paragraphs.ts';
import { isWordChar } from './words.ts';

/** Length of the character n-grams the index is keyed by. */
const GRAM = 6;

/**
 * The index's key for the GRAM code units of `text` at `at`: a 32-bit hash,
 * not the substring. Slicing a string at every position of every stored text
 * and hashing it in a Map cost most of the verifier's time at 10,000 sheets
 * (16 MB of text: 10 of its 33 CPU seconds); a number costs no allocation.
 * Two grams may share a key: every candidate position is compared with the
 * needle itself (#indexOf), so a shared key costs a comparison, never a
 * wrong answer.
 */
function gramKey(text: string, at: number): number {
	let key = 0;
	for (let i = at; i < at + GRAM; i++) key = (Math.imul(key, 31) + text.charCodeAt(i)) | 0;
	return key;
}

/** 31 to the power GRAM - 1, modulo 2^32: what the first code unit of a gram weighs in its key. */
const LEADING_WEIGHT = (() => {
	let weight = 1;
	for (let i = 1; i < GRAM; i++) weight = Math.imul(weight, 31);
	return weight;
})();

/** Where one part of a quote was found, as offsets into the original text. */
export interface FoundPart {
	readonly start: number;
	readonly end: number;
	/** The words as they stand in the original text. */
	readonly text: string;
}

export type QuoteLookup =
	| { readonly status: 'found'; readonly parts: readonly FoundPart[] }
	/** Found only outside the declared article span: in the page around the article. */
	| { readonly status: 'outside-article'; readonly closest: string | undefined }
	| QuoteMiss
	/** The quote's words are in the article, in order, but run across paragraphs (lines of the stored text). */
	| { readonly status: 'across-paragraphs' }
	/** Every part of an ellipsis join is in the article, but never in this order. */
	| { readonly status: 'out-of-order' }
	| { readonly status: 'empty' };

/**
 * A quote (or, for an ellipsis join, its part number `part`, counted from 0)
 * that is not in the article as whole words. `insideWords` when the words are
 * there only as pieces of longer words ("dead" inside "deadly").
 */
export interface QuoteMiss {
	readonly status: 'not-found';
	readonly closest: string | undefined;
	/** The failing part of an ellipsis join; undefined for a quote of one part. */
	readonly part?: { readonly index: number; readonly text: string } | undefined;
	readonly insideWords: boolean;
}


/**
 * The stored text of one source, normalised and indexed once, so that each
 * quote is looked up through the index instead of re-scanning the text.
 */
export class SourceText {
	readonly original: string;
	readonly normalised: string;
	readonly #offsets: Int32Array;
	readonly #gramPositions = new Map<number, number[]>();
	/**
	 * Each quote's lookup, remembered: the verifier and the build's
	 * quoted-passage index both look every quote up, and one passage is often
	 * cited by several facts.
	 */
	readonly #lookups = new Map<string, QuoteLookup>();
	/** The article's bounds in normalised offsets; the whole text when no span is declared. */
	readonly articleStart: number;
	readonly articleEnd: number;

	/**
	 * @param span the article's first and last words, when the text holds more
	 *   than the article. Throws `ArticleSpanError` when either is missing.
	 */
	constructor(original: string, span?: { start: string; end: string }) {
		this.original = original.normalize('NFC');
		const { text, offsets } = normaliseWithOffsets(this.original);
		this.normalised = text;
		this.#offsets = offsets;
		// The key rolls along the text: drop the code unit that leaves the gram, add the one that enters.
		let key = text.length >= GRAM ? gramKey(text, 0) : 0;
		for (let i = 0; i + GRAM <= text.length; i++) {
			if (i > 0) key = (Math.imul(key - Math.imul(text.charCodeAt(i - 1), LEADING_WEIGHT), 31) + text.charCodeAt(i + GRAM - 1)) | 0;
			const positions = this.#gramPositions.get(key);
			if (positions) positions.push(i);
			else this.#gramPositions.set(key, [i]);
		}
		if (span) {
			const start = this.#markerAt('start', span.start);
			const endMarker = normalise(span.end).trim();
			const end = this.#markerAt('end', span.end);
			if (end < start) throw new ArticleSpanError('end', span.end, 'before-start');
			this.articleStart = start;
			this.articleEnd = end + endMarker.length;
		} else {
			this.articleStart = 0;
			this.articleEnd = text.length;
		}
	}

	/**
	 * Where an article marker stands: it must occur exactly once in the whole
	 * stored text, or the span it marks would depend on which occurrence was taken.
	 */
	#markerAt(which: 'start' | 'end', marker: string): number {
		const needle = normalise(marker).trim();
		const first = needle ? this.#indexOf(needle, 0, this.normalised.length) : -1;
		if (first < 0) throw new ArticleSpanError(which, marker, 'missing');
		let count = 1;
		for (let at = this.#indexOf(needle, first + 1, this.normalised.length); at >= 0; at = this.#indexOf(needle, at + 1, this.normalised.length)) count++;
		if (count > 1) throw new ArticleSpanError(which, marker, 'repeated', count);
		return first;
	}

	/** Finds a quote, whose ellipsis-joined parts must occur in order inside the article. */
	find(quote: string): QuoteLookup {
		let lookup = this.#lookups.get(quote);
		if (!lookup) this.#lookups.set(quote, (lookup = this.#lookup(quote)));
		return lookup;
	}

	#lookup(quote: string): QuoteLookup {
		const parts = quoteParts(quote);
		if (parts.length === 0) return { status: 'empty' };
		const inArticle = this.#findParts(parts, this.articleStart, this.articleEnd);
		if (inArticle) return { status: 'found', parts: inArticle };
		if (this.#findParts(parts, 0, this.normalised.length)) {
			return { status: 'outside-article', closest: this.closest(parts.join(' ')) };
		}
		if (this.#findParts(parts, this.articleStart, this.articleEnd, false)) return { status: 'across-paragraphs' };
		if (parts.length === 1) return this.#miss(parts[0] as string, undefined);
		for (let index = 0; index < parts.length; index++) {
			const part = parts[index] as string;
			if (this.#indexOf(part, this.articleStart, this.articleEnd, true) < 0) return this.#miss(part, index);
		}
		return { status: 'out-of-order' };
	}

	#miss(part: string, index: number | undefined): QuoteMiss {
		return {
			status: 'not-found',
			closest: this.closest(part),
			part: index === undefined ? undefined : { index, text: part },
			insideWords: this.#indexOf(part, this.articleStart, this.articleEnd, false) >= 0,
		};
	}

	/** The article's passage most like `words`: only the article's own words, never much longer than `words` (see `closestPassage`). */
	closest(words: string): string | undefined {
		return closestPassage(this.#articleText(), words);
	}

	/** The article's own text (without the page around it), whitespace-normalised. */
	#articleText(): string {
		return this.normalised.slice(this.articleStart, this.articleEnd);
	}

	/**
	 * The parts, as whole words, in order within one paragraph (a line of the
	 * stored text: `paragraphs.ts`) between `from` and `to`; anywhere in that
	 * range when `oneParagraph` is false. Each occurrence of
	 * the first part is tried in turn; within its paragraph the later parts are
	 * matched greedily, leftmost first, since taking each part at its earliest
	 * end never loses a later match.
	 */
	#findParts(parts: readonly string[], from: number, to: number, oneParagraph = true): FoundPart[] | undefined {
		const [first, ...rest] = parts as [string, ...string[]];
		for (let at = this.#indexOf(first, from, to, true); at >= 0; at = this.#indexOf(first, at + 1, to, true)) {
			const paragraphEnd = oneParagraph
				? Math.min(to, firstAtOrAfter(this.#offsets, paragraphAt(this.original, this.#offsets[at] as number).end))
				: to;
			if (at + first.length > paragraphEnd) continue;
			const found = [this.#part(at, first.length)];
			let cursor = at + first.length;
			for (const part of rest) {
				const next = this.#indexOf(part, cursor, paragraphEnd, true);
				if (next < 0) break;
				found.push(this.#part(next, part.length));
				cursor = next + part.length;
			}
			if (found.length === parts.length) return found;
			// Across the whole range, the leftmost start is the only one worth trying.
			if (!oneParagraph) return undefined;
		}
		return undefined;
	}

	#part(at: number, length: number): FoundPart {
		const start = this.#offsets[at] as number;
		const end = (this.#offsets[at + length - 1] as number) + 1;
		return { start, end, text: this.original.slice(start, end) };
	}

	/**
	 * The first occurrence of `needle` starting at or after `from` and ending
	 * by `to`, or -1. With `wholeWords`, an occurrence must not begin or end
	 * inside a word of the text: a needle that starts (or ends) with a letter
	 * or digit needs a non-word character, or the text's edge, before (after) it.
	 */
	#indexOf(needle: string, from: number, to: number, wholeWords = false): number {
		const accept = (at: number) =>
			!wholeWords ||
			!(
				(isWordChar(needle[0]) && isWordChar(this.normalised[at - 1])) ||
				(isWordChar(needle[needle.length - 1]) && isWordChar(this.normalised[at + needle.length]))
			);
		if (needle.length < GRAM) {
			for (let at = this.normalised.indexOf(needle, from); at >= 0; at = this.normalised.indexOf(needle, at + 1)) {
				if (at + needle.length > to) return -1;
				if (accept(at)) return at;
			}
			return -1;
		}
		const positions = this.#gramPositions.get(gramKey(needle, 0));
		if (!positions) return -1;
		for (let i = firstAtOrAfter(positions, from); i < positions.length; i++) {
			const at = positions[i] as number;
			if (at + needle.length > to) return -1;
			if (this.normalised.startsWith(needle, at) && accept(at)) return at;
		}
		return -1;
	}
}

/** Index of the first element of sorted `values` that is >= `min`. */
function firstAtOrAfter(values: ArrayLike<number>, min: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((values[mid] as number) < min) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * The declared article span cannot be placed: a marker is not in the stored
 * text (`missing`), occurs more than once (`repeated`, `count` times), or the
 * end words come before the start words (`before-start`).
 */
export class ArticleSpanError extends Error {
	readonly which: 'start' | 'end';
	readonly marker: string;
	readonly reason: 'missing' | 'repeated' | 'before-start';
	readonly count: number;
	constructor(which: 'start' | 'end', marker: string, reason: ArticleSpanError['reason'] = 'missing', count = reason === 'missing' ? 0 : 1) {
		const what = { missing: 'are not in the stored text', repeated: `occur ${count} times in the stored text`, 'before-start': 'come before the start words' }[reason];
		super(`the article's ${which} words "${marker}" ${what}`);
		this.which = which;
		this.marker = marker;
		this.reason = reason;
		this.count = count;
	}
}
