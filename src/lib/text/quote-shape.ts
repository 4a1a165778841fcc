/**
 * What a quote must look like before it is looked up: enough words that it
 * says something of its own. A single word ("a", "dead") or a few scattered
 * words joined by ellipses can be found in almost any article, so they would
 * "verify" statements the article never makes.
 */
import { quoteParts } from './normalise.ts';

/** A quote of one passage (no ellipsis) needs at least this many words. */
export const QUOTE_MIN_WORDS = 3;
/** Each part of an ellipsis join needs at least this many words. */
export const JOINED_PART_MIN_WORDS = 4;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACES = /\s+/;

/** A word: a run of non-space characters holding at least one letter or digit ("6,961", "Lee's", "U.S."). */
export function wordCount(text: string): number {
	let count = 0;
	for (const token of text.split(SPACES)) if (LETTER_OR_DIGIT.test(token)) count++;
	return count;
}

export type QuoteShapeIssue =
	/** A part (or the whole quote, `parts === 1`) with no letter or digit, such as `....`. */
	| { readonly kind: 'punctuation'; readonly index: number; readonly part: string; readonly parts: number }
	| { readonly kind: 'short-quote'; readonly words: number }
	| { readonly kind: 'short-part'; readonly index: number; readonly part: string; readonly words: number };

/** The first rule a quote breaks, or undefined. A quote of ellipses only has no parts: that is reported on its own. */
export function quoteShapeIssue(quote: string): QuoteShapeIssue | undefined {
	const parts = quoteParts(quote);
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index] as string;
		if (wordCount(part) === 0) return { kind: 'punctuation', index, part, parts: parts.length };
	}
	if (parts.length === 1) {
		const words = wordCount(parts[0] as string);
		return words < QUOTE_MIN_WORDS ? { kind: 'short-quote', words } : undefined;
	}
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index] as string;
		const words = wordCount(part);
		if (words < JOINED_PART_MIN_WORDS) return { kind: 'short-part', index, part, words };
	}
	return undefined;
}
