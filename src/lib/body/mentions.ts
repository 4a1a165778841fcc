import type { Nodes, Parent, Root } from 'mdast';
import { linkText, type LinkResolver } from '../links/resolver.ts';
import type { WikiLink } from './wiki-link.ts';

/** A wiki-link of a body, resolved, with the sentence it stands in. */
export interface BodyLink {
	/** The slug of the sheet it links to. */
	readonly slug: string;
	/** The sentence, in the words the reader sees (each wiki-link as its visible text). */
	readonly sentence: string;
}

/** Blocks whose text is read as a whole: a sentence never runs across two of them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * Every wiki-link of a parsed body that names a sheet, with its sentence,
 * in document order: what the mentions index of the linked sheet shows.
 */
export function bodyLinks(tree: Root, resolver: LinkResolver): BodyLink[] {
	const links: BodyLink[] = [];
	const visit = (parent: Parent) => {
		for (const child of parent.children) {
			if (BLOCKS.has(child.type)) links.push(...blockLinks(child as Parent, resolver));
			else if ('children' in child) visit(child);
		}
	};
	visit(tree);
	return links;
}

/** The plain text of one block, with the place of each wiki-link in it. */
function blockLinks(block: Parent, resolver: LinkResolver): BodyLink[] {
	let text = '';
	const found: { link: WikiLink; start: number; end: number }[] = [];
	const read = (node: Nodes) => {
		if (node.type === 'wikiLink') {
			const resolved = resolver.resolve(node.target);
			const start = text.length;
			text += resolved ? linkText(node.target, node.children[0]?.value, resolved) : node.target;
			found.push({ link: node, start, end: text.length });
		} else if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
		else if (node.type === 'break') text += ' ';
		else if ('children' in node) for (const child of node.children) read(child);
	};
	for (const child of block.children) read(child);
	return found.flatMap(({ link, start, end }) => {
		const resolved = resolver.resolve(link.target);
		return resolved ? [{ slug: resolved.slug, sentence: sentenceAround(text, start, end) }] : [];
	});
}

/** The sentence around the characters `start`–`end` of a text, with its whitespace collapsed. */
export function sentenceAround(text: string, start: number, end: number): string {
	const before = text.slice(0, start);
	const after = text.slice(end);
	const sentenceStart = before.lastIndexOf('. ');
	const endMatch = /(?<=[.!?])\s/.exec(after);
	const sentenceEnd = endMatch ? end + endMatch.index : text.length;
	return text
		.slice(sentenceStart < 0 ? 0 : sentenceStart + 2, sentenceEnd)
		.replace(/\s+/g, ' ')
		.trim();
}
