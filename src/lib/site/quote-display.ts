import type { Root } from 'mdast';
import { applyTypography } from '../body/typography.ts';

/**
 * A cited quote as a reader sees it under the item it supports: the words of
 * the stored text (its parts joined by an ellipsis), with the same
 * typographic punctuation as the sheets' prose, and the decisions that depend
 * on its length and its own quote marks.
 */

/**
 * A quote longer than this many characters starts collapsed: about 50 words,
 * six lines under a fact on a 390 px phone. Most quotes are one sentence and
 * stay open; the few long ones would push the next fact off the screen.
 */
export const LONG_QUOTE_CHARS = 300;

/** Words of a quote shown in the reference list, which links to the whole passage rather than repeating it. */
export const EXCERPT_WORDS = 8;

/** The supporting words: the stored text's parts when known (else the curator's quote), typographic. */
export function supportingWords(parts: readonly string[] | undefined, quote: string): string {
	const text = parts && parts.length > 0 ? parts.join(' … ') : quote;
	let words = recentWords.get(text);
	if (words === undefined) {
		// Bounded: a quote is shown twice on its sheet's page (under its item, in the references), rarely elsewhere,
		// so the last few pages' quotes give every repeat, and 50,000 sheets' quotes are not all kept.
		if (recentWords.size >= RECENT_QUOTES) recentWords.clear();
		recentWords.set(text, (words = typographic(text)));
	}
	return words;
}

/** The quotes of the last pages built, made typographic (`supportingWords`). */
const recentWords = new Map<string, string>();
const RECENT_QUOTES = 5_000;

function typographic(text: string): string {
	const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] };
	applyTypography(tree);
	const paragraph = tree.children[0];
	return paragraph?.type === 'paragraph' && paragraph.children[0]?.type === 'text' ? paragraph.children[0].value : text;
}

/**
 * True when the quote opens with a quote mark of its own (a quoted speaker:
 * “He has…”): the page then adds none around it, which would read ““He….
 * A quote that starts inside the speech and ends with the closing mark is
 * wrapped as usual; the marks nest.
 */
export function opensWithOwnQuoteMark(words: string): boolean {
	return /^[“"‘'«„‚‹「『]/u.test(words.trimStart());
}

export const isLongQuote = (words: string) => words.length > LONG_QUOTE_CHARS;

/** The number of words, for the summary of a collapsed quote. */
export const wordCount = (words: string) => words.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The first `EXCERPT_WORDS` words, and "…" when there are more. */
export function excerpt(words: string): string {
	const all = words.trim().split(/\s+/u);
	return all.length <= EXCERPT_WORDS ? all.join(' ') : `${all.slice(0, EXCERPT_WORDS).join(' ').replace(/[,;:.]$/u, '')}…`;
}
