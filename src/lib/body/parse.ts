import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { tokeniseWikiLinks } from './wiki-link.ts';

/** A sheet body's format: the file's extension. */
export type BodyFormat = 'md' | 'mdx';

/** A body that could not be parsed (only MDX has syntax errors), at its place in the body. */
export interface BodySyntaxError {
	readonly reason: string;
	readonly position: { readonly line: number; readonly column: number | undefined } | undefined;
}

export type ParsedBody = { readonly tree: Root; readonly syntaxError?: undefined } | { readonly tree: undefined; readonly syntaxError: BodySyntaxError };

// GFM (tables, strikethrough, footnotes, autolinked addresses), as Astro's Markdown had it.
const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
// MDX syntax (ESM, `{expressions}`, JSX) is parsed into mdx* nodes so that the
// verifier can reject it; nothing here compiles or runs it.
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/**
 * Parses a sheet body (the text after the frontmatter) into an mdast tree,
 * with every wiki-link as a `wikiLink` node. This tree is the one reading of
 * a body: the verifier checks it, and the renderer and the mentions index
 * read it.
 */
export function parseBody(body: string, format: BodyFormat): ParsedBody {
	const processor = format === 'mdx' ? mdx : markdown;
	let tree: Root;
	try {
		tree = processor.runSync(processor.parse(body)) as Root;
	} catch (error) {
		return { tree: undefined, syntaxError: syntaxError(error) };
	}
	tokeniseWikiLinks(tree, body);
	return { tree };
}

/** The reason and place of a micromark/MDX error (a VFileMessage: `place` is a point or a position). */
function syntaxError(error: unknown): BodySyntaxError {
	const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
	const start = place && 'start' in place && place.start ? place.start : place;
	const reason = (error as { reason?: string }).reason ?? String(error);
	return { reason, position: start?.line === undefined ? undefined : { line: start.line, column: start.column } };
}
