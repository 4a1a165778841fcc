import type { Parent, Root, Text } from 'mdast';
import type { Point } from 'unist';

/**
 * A wiki-link in a sheet body: `[[jane-doe]]` or `[[jane-doe|its director]]`.
 * The target is a sheet's slug, name or alias; the label, when given, is the
 * node's one text child (what the reader sees, instead of the sheet's name).
 * Made from the parsed tree's text nodes, once (see `tokeniseWikiLinks`), so
 * code, inline code and attribute values never hold one.
 */
export interface WikiLink extends Parent {
	readonly type: 'wikiLink';
	/** The target as written, trimmed. */
	readonly target: string;
	children: Text[];
}

declare module 'mdast' {
	interface PhrasingContentMap {
		wikiLink: WikiLink;
	}
	interface RootContentMap {
		wikiLink: WikiLink;
	}
}

/** `[[target]]` or `[[target|label]]` on one line; neither part may hold `[`, `]` (nor the target `|`). */
const WIKI_LINK = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

/** A point `length` characters after `start` in `source`, counting lines. */
function advance(source: string, start: Point, length: number): Point {
	const offset = (start.offset ?? 0) + length;
	const passed = source.slice(start.offset ?? 0, offset);
	const lastBreak = passed.lastIndexOf('\n');
	const lines = passed.split('\n').length - 1;
	return { line: start.line + lines, column: lastBreak < 0 ? start.column + length : length - lastBreak, offset };
}

/**
 * Replaces the `[[…]]` in every text node with `wikiLink` nodes, in place.
 * Positions are exact where the text node's value is the source's own
 * characters; where it is not (an escape or a character reference shortened
 * it) the link is placed at the start of its text node.
 */
export function tokeniseWikiLinks(tree: Root, source: string): void {
	const visit = (parent: Parent) => {
		for (let index = 0; index < parent.children.length; index++) {
			const child = parent.children[index] as Parent['children'][number];
			if (child.type === 'text') {
				const parts = splitText(child, source);
				if (parts) {
					parent.children.splice(index, 1, ...parts);
					index += parts.length - 1;
				}
			} else if ('children' in child) visit(child);
		}
	};
	visit(tree);
}

function splitText(node: Text, source: string): (Text | WikiLink)[] | undefined {
	const { value, position } = node;
	if (!value.includes('[[')) return undefined;
	const verbatim = position?.start.offset !== undefined && source.slice(position.start.offset, position.end.offset) === value;
	const at = (offset: number): Point | undefined => position && (verbatim ? advance(source, position.start, offset) : position.start);
	const parts: (Text | WikiLink)[] = [];
	const text = (from: number, to: number): Text => {
		const start = at(from);
		const end = at(to);
		return { type: 'text', value: value.slice(from, to), ...(start && end ? { position: { start, end } } : {}) };
	};
	let last = 0;
	for (const match of value.matchAll(WIKI_LINK)) {
		if (match.index > last) parts.push(text(last, match.index));
		const label = match[2]?.trim();
		const start = at(match.index);
		const end = at(match.index + match[0].length);
		parts.push({
			type: 'wikiLink',
			target: (match[1] as string).trim(),
			children: label ? [{ type: 'text', value: label }] : [],
			...(start && end ? { position: { start, end } } : {}),
		});
		last = match.index + match[0].length;
	}
	if (parts.length === 0) return undefined;
	if (last < value.length) parts.push(text(last, value.length));
	return parts;
}

/** Every wiki-link of a tree, in document order. */
export function wikiLinksIn(tree: Root): WikiLink[] {
	const links: WikiLink[] = [];
	const visit = (parent: Parent) => {
		for (const child of parent.children) {
			if (child.type === 'wikiLink') links.push(child);
			else if ('children' in child) visit(child);
		}
	};
	visit(tree);
	return links;
}
