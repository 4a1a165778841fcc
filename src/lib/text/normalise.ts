/**
 * Normalisation for quote matching. A curator copies words from an article;
 * the copy may differ from the stored text only in ways that carry no
 * meaning: runs of whitespace, typographic versus straight quotes and
 * apostrophes, the kind of dash, and invisible characters. Letters, digits,
 * case and punctuation otherwise stay as they are: a quote is verbatim.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/;
const WHITESPACE = /\s/;

/** A normalised text and, for each of its characters, the offset it came from. */
export interface NormalisedText {
	readonly text: string;
	/** `offsets[i]` is the offset in the original of normalised character `i`; `offsets[text.length]` is the original length. */
	readonly offsets: Int32Array;
}

/** Normalises `original`, remembering where each character came from. */
export function normaliseWithOffsets(original: string): NormalisedText {
	const source = original.normalize('NFC');
	// NFC can change lengths; offsets then refer to the NFC form, which is what
	// every caller reads back from (`SourceText` keeps the NFC text).
	const out: string[] = [];
	const offsets: number[] = [];
	let pendingSpace = -1;
	for (let i = 0; i < source.length; i++) {
		const char = source[i] as string;
		if (INVISIBLE.test(char)) continue;
		if (WHITESPACE.test(char)) {
			if (pendingSpace < 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0) {
			if (out.length > 0) {
				out.push(' ');
				offsets.push(pendingSpace);
			}
			pendingSpace = -1;
		}
		if (char === '\u2026') {
			out.push('...');
			offsets.push(i, i, i);
			continue;
		}
		out.push(
			SINGLE_QUOTES.test(char) ? "'" : DOUBLE_QUOTES.test(char) ? '"' : DASHES.test(char) ? '-' : char,
		);
		offsets.push(i);
	}
	offsets.push(source.length);
	return { text: out.join(''), offsets: Int32Array.from(offsets) };
}

/** Normalises a text whose offsets are not needed (a quote). */
export function normalise(text: string): string {
	return normaliseWithOffsets(text).text;
}

/**
 * Splits a quote into the parts an ellipsis joins: `...`, `…`, `[...]` or
 * `[…]`. Empty parts (a quote that opens or closes with an ellipsis) are
 * dropped.
 */
export function quoteParts(quote: string): string[] {
	return normalise(quote)
		.split(/\s*(?:\[\s*\.\.\.\s*\]|\.\.\.)\s*/)
		.map((part) => part.trim())
		.filter((part) => part.length > 0);
}
