/**
 * Paragraphs of a stored source text. The seeds hold one paragraph per line
 * (a copied article keeps its paragraphs as lines; blank lines between them
 * are allowed), so a paragraph is the run of text between two line breaks.
 * Rules that ask whether words stand "in the same paragraph" (an ellipsis
 * join, a claimant or subject named near a quote) all use this one
 * definition, on offsets into the original (NFC) text that `SourceText`
 * keeps.
 */

/** Start (inclusive) and end (exclusive) offsets of a paragraph in the original text. */
export interface ParagraphBounds {
	readonly start: number;
	readonly end: number;
}

/** The paragraph that holds `offset` (a line break belongs to no paragraph: the one before it is given). */
export function paragraphAt(text: string, offset: number): ParagraphBounds {
	const at = Math.max(0, Math.min(offset, text.length));
	const before = text.lastIndexOf('\n', at - 1);
	const after = text.indexOf('\n', at);
	return { start: before + 1, end: after < 0 ? text.length : after };
}

/** True when the offsets `from` and `to` (exclusive end) lie in one paragraph. */
export function inOneParagraph(text: string, from: number, to: number): boolean {
	const end = Math.max(from, to - 1);
	return !text.slice(from, end).includes('\n');
}

/** The paragraph's text, with surrounding whitespace trimmed. */
export function paragraphText(text: string, offset: number): string {
	const { start, end } = paragraphAt(text, offset);
	return text.slice(start, end).trim();
}
