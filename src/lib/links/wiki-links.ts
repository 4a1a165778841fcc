/**
 * Wiki-links in sheet bodies: `[[ali-khamenei]]` or `[[ali-khamenei|the
 * Supreme Leader]]`. The target is a sheet's slug, name or alias; the text
 * after `|` is what the reader sees (the sheet's name when there is none).
 */
export const WIKI_LINK = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

/** A wiki-link found in a body, with its place in the file. */
export interface WikiLinkMatch {
	readonly target: string;
	readonly label: string | undefined;
	/** Offset of `[[` in the body. */
	readonly offset: number;
	readonly length: number;
}

/**
 * Blanks out code (fenced blocks and inline code spans) while keeping every
 * offset, so that wiki-link syntax shown as code is neither resolved nor
 * reported, as in the wiki-links plugin, which only sees text.
 */
function withoutCode(body: string): string {
	const blank = (text: string) => text.replace(/[^\n]/g, ' ');
	return body
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
		.replace(/`[^`\n]+`/g, blank);
}

/** Every wiki-link of a body, in order. */
export function findWikiLinks(body: string): WikiLinkMatch[] {
	const links: WikiLinkMatch[] = [];
	for (const match of withoutCode(body).matchAll(WIKI_LINK)) {
		links.push({
			target: (match[1] as string).trim(),
			label: match[2]?.trim(),
			offset: match.index,
			length: match[0].length,
		});
	}
	return links;
}

/** Line and column (from 1) of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/** The sentence around an offset: what a backlink shows as context. */
export function sentenceAround(body: string, start: number, end: number): string {
	const before = body.slice(0, start);
	const after = body.slice(end);
	const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), -1);
	const endMatch = /(?<=[.!?])\s|\n\n/.exec(after);
	const sentenceEnd = endMatch ? end + endMatch.index : body.length;
	return body
		.slice(sentenceStart < 0 ? 0 : sentenceStart + (before[sentenceStart] === '.' ? 2 : 0), sentenceEnd)
		.replace(/\s+/g, ' ')
		.trim();
}
