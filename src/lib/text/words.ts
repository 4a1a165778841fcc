/**
 * Whole-word, case-insensitive searching in a passage, after the same
 * normalisation as quotes: the rules that ask whether a passage names
 * someone ("Doe", "the institute", "a senior official") all mean this.
 */
import { normalise } from './normalise.ts';

/** Letters (with their combining marks) and digits: what a word is made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Words too common to say who is meant: a described party's other words must all appear. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
	'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or',
	'its', 'their', 'his', 'her', 'who', 'that', 'which',
]);

/** Normalised as quotes are, then lower-cased: the form both sides of a search take. */
export function foldWords(text: string): string {
	return normalise(text).toLowerCase();
}

/** Whether a character is part of a word: whole-word matching, of quotes and of names alike, never cuts through a run of these. */
export const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);

/**
 * A passage prepared once for many whole-word searches. A term matches where
 * it is not part of a longer word: "dead" is not in "deadly", "Lee" is not in
 * "Leeds", and "Brien" is not in "O'Brien" (an apostrophe after a letter
 * continues the word). A possessive still counts: "Doe's" names "Doe".
 */
export class WordSearch {
	readonly #text: string;

	constructor(passage: string) {
		this.#text = foldWords(passage);
	}

	/** True when `term` occurs in the passage as whole words. */
	has(term: string): boolean {
		const needle = foldWords(term).trim();
		return needle.length > 0 && indexOfWhole(this.#text, needle, 0, this.#text.length) >= 0;
	}
}

/**
 * The first offset at or after `from` where `needle` stands in `text` as
 * whole words, ending by `to`, or -1. Both are compared as they are (fold
 * them first for a search that ignores case).
 */
export function indexOfWhole(text: string, needle: string, from: number, to: number): number {
	if (!needle) return -1;
	for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) {
		const end = at + needle.length;
		if (isWordChar(needle[0]) && continuesWordBefore(text, at)) continue;
		if (isWordChar(needle[needle.length - 1]) && isWordChar(text[end])) continue;
		return at;
	}
	return -1;
}

/** True when the character before `at` is part of the same word (a letter, or an apostrophe after one). */
function continuesWordBefore(text: string, at: number): boolean {
	const before = text[at - 1];
	if (isWordChar(before)) return true;
	return before === "'" && isWordChar(text[at - 2]);
}

/** The words of a description that say who is meant: its words without `FUNCTION_WORDS`, lower-cased. */
export function contentWords(text: string): string[] {
	const words = foldWords(text).match(/[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/gu) ?? [];
	return [...new Set(words.filter((word) => !FUNCTION_WORDS.has(word)))];
}
