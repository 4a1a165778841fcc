import { normalise, normaliseWithOffsets, quoteParts } from './normalise.ts';
import { closestPassage } from './closest.ts';

/** Length of the character n-grams the index is keyed by. */
const GRAM = 6;

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
	| { readonly status: 'not-found'; readonly closest: string | undefined }
	| { readonly status: 'empty' };

/**
 * The stored text of one source, normalised and indexed once, so that each
 * quote is looked up through the index instead of re-scanning the text.
 */
export class SourceText {
	readonly original: string;
	readonly normalised: string;
	readonly #offsets: Int32Array;
	readonly #gramPositions = new Map<string, number[]>();
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
		for (let i = 0; i + GRAM <= text.length; i++) {
			const gram = text.slice(i, i + GRAM);
			const positions = this.#gramPositions.get(gram);
			if (positions) positions.push(i);
			else this.#gramPositions.set(gram, [i]);
		}
		if (span) {
			const start = this.#indexOf(normalise(span.start).trim(), 0, text.length);
			if (start < 0) throw new ArticleSpanError('start', span.start);
			const endMarker = normalise(span.end).trim();
			const end = this.#indexOf(endMarker, start, text.length);
			if (end < 0) throw new ArticleSpanError('end', span.end);
			this.articleStart = start;
			this.articleEnd = end + endMarker.length;
		} else {
			this.articleStart = 0;
			this.articleEnd = text.length;
		}
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
		const closest = closestPassage(this.#articleText(), parts.join(' '));
		const anywhere = this.#findParts(parts, 0, this.normalised.length);
		return { status: anywhere ? 'outside-article' : 'not-found', closest };
	}

	/** The article's own text (without the page around it), whitespace-normalised. */
	#articleText(): string {
		return this.normalised.slice(this.articleStart, this.articleEnd);
	}

	/** Greedy leftmost matching: taking each part at its earliest end never loses a later match. */
	#findParts(parts: readonly string[], from: number, to: number): FoundPart[] | undefined {
		const found: FoundPart[] = [];
		let cursor = from;
		for (const part of parts) {
			const at = this.#indexOf(part, cursor, to);
			if (at < 0) return undefined;
			const start = this.#offsets[at] as number;
			const end = (this.#offsets[at + part.length - 1] as number) + 1;
			found.push({ start, end, text: this.original.slice(start, end) });
			cursor = at + part.length;
		}
		return found;
	}

	/** The first occurrence of `needle` starting at or after `from` and ending by `to`, or -1. */
	#indexOf(needle: string, from: number, to: number): number {
		if (needle.length < GRAM) {
			const at = this.normalised.indexOf(needle, from);
			return at >= 0 && at + needle.length <= to ? at : -1;
		}
		const positions = this.#gramPositions.get(needle.slice(0, GRAM));
		if (!positions) return -1;
		for (let i = firstAtOrAfter(positions, from); i < positions.length; i++) {
			const at = positions[i] as number;
			if (at + needle.length > to) return -1;
			if (this.normalised.startsWith(needle, at)) return at;
		}
		return -1;
	}
}

/** Index of the first element of sorted `values` that is >= `min`. */
function firstAtOrAfter(values: readonly number[], min: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((values[mid] as number) < min) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** The declared article span names words the stored text does not contain. */
export class ArticleSpanError extends Error {
	readonly which: 'start' | 'end';
	readonly marker: string;
	constructor(which: 'start' | 'end', marker: string) {
		super(`the article's ${which} words "${marker}" are not in the stored text`);
		this.which = which;
		this.marker = marker;
	}
}
