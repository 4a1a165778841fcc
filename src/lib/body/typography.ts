import type { Nodes, Parent, Root } from 'mdast';

/** Characters after which a quote mark opens rather than closes (`=` too: `width="10"` quotes a value). */
const OPENS_AFTER = /[\s([{=\u2018\u201c\u2013\u2014-]/u;

/**
 * Typographic punctuation in prose, as Astro's Markdown gave it: `"` and `'`
 * become curly quotes (opening at the start of a block or after a space or
 * an opening bracket, else closing, so "it's" has an apostrophe), `---` an
 * em dash, `--` an en dash and `...` an ellipsis. Only text nodes change:
 * code, inline code and addresses keep every character. The quote's side is
 * decided across nodes (`*word*'s`, `[[sheet]]'s`), block by block.
 *
 * Written here rather than taken from remark-smartypants, which runs a
 * natural-language parser over every body twice: 2 ms a body, ten times the
 * rest of rendering (measured on the real content).
 */
export function applyTypography(tree: Root): void {
	let previous = '';
	const visit = (node: Nodes) => {
		if (node.type === 'text') {
			node.value = node.value.replace(/---|--|\.\.\.|["']/g, (mark, offset: number, text: string) => {
				if (mark === '---') return '\u2014';
				if (mark === '--') return '\u2013';
				if (mark === '...') return '\u2026';
				const before = offset > 0 ? (text[offset - 1] as string) : previous;
				const opens = before === '' || OPENS_AFTER.test(before);
				if (mark === '"') return opens ? '\u201c' : '\u201d';
				return opens ? '\u2018' : '\u2019';
			});
			if (node.value) previous = node.value.at(-1) as string;
		} else if (node.type === 'inlineCode' || node.type === 'break') {
			previous = node.type === 'break' ? '\n' : 'x';
		} else if (node.type === 'wikiLink' && node.children.length === 0) {
			// A link showing a sheet's name: a word.
			previous = 'x';
		} else if ('children' in node) {
			// A block starts afresh: a quote mark at its start opens.
			if (isBlock(node)) previous = '';
			for (const child of node.children) visit(child);
		} else previous = 'x';
	};
	visit(tree);
}

const BLOCKS = new Set(['root', 'paragraph', 'heading', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'footnoteDefinition']);
const isBlock = (node: Parent) => BLOCKS.has(node.type);
