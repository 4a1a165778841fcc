import type { Root } from 'mdast';
import type { Node } from 'unist';

/**
 * What a sheet's body may hold. A body is content, not code: it is parsed as
 * data (remark's tree, never MDX's runtime), and only the Markdown below may
 * pass. Anything else (raw HTML and HTML comments, MDX `import`/`export`,
 * `{expressions}`, JSX elements, node types a future parser plugin adds) is
 * reported, never dropped or sanitised, so what the author wrote is what the
 * page shows. docs/content-model.md, "What a body may contain", is the
 * author's version of these rules.
 */

export interface BodyIssue {
	/** Where in the body (not the file) the construct starts, as the tree gives it. */
	readonly position: { line: number; column: number } | undefined;
	readonly message: string;
	readonly fix: string;
}

/**
 * The Markdown node types a body may use: CommonMark, GFM's tables,
 * strikethrough and footnotes, and the wiki-links the body parser makes
 * (src/lib/body/). The project's own components are not on it: no sheet
 * needs one, so the allowlist of JSX elements is empty.
 */
const ALLOWED_TYPES: ReadonlySet<string> = new Set([
	'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'definition',
	'text', 'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference',
	'table', 'tableRow', 'tableCell', 'delete', 'footnoteDefinition', 'footnoteReference',
	'wikiLink',
]);

interface TargetRule {
	/** The schemes allowed, lowercase, without the colon. */
	readonly schemes: ReadonlySet<string>;
	/** Whether a place on the page (`#…`) may be the target. */
	readonly fragments: boolean;
	/** The rule, as the end of a message. */
	readonly rule: string;
	/** How to fix a target that breaks it. */
	readonly fix: string;
}

/** A link may go to the web, to an e-mail address, to a page of this site or to a place on the page. */
const LINK: TargetRule = {
	schemes: new Set(['http', 'https', 'mailto']),
	fragments: true,
	rule: 'a link may go to an http:, https: or mailto: address, to a page of this site (/…) or to a place on the page (#…)',
	fix: 'Link to an https:// address, or link another sheet with [[slug]].',
};
/**
 * An image may only be a file of this site: an image from another site is
 * content that was never verified and can change after the build (and tells
 * that site about every reader), and the pages' Content-Security-Policy
 * (src/lib/security/content-security-policy.ts) loads images from this site only.
 */
const IMAGE: TargetRule = {
	schemes: new Set(),
	fragments: false,
	rule: 'an image must be a file of this site, given by its path from the site\'s root (/…)',
	fix: 'Put the image in the site\'s public/ folder and give its path from the site\'s root (/…), or link to it instead.',
};

interface NodeWithFields extends Node {
	readonly value?: unknown;
	readonly name?: unknown;
	readonly url?: unknown;
	readonly label?: unknown;
	readonly identifier?: unknown;
	readonly children?: readonly NodeWithFields[];
}

/** Every construct of a body that may not be published, in document order. */
export function bodySafetyIssues(tree: Root, format: 'md' | 'mdx'): BodyIssue[] {
	const root = tree as NodeWithFields;
	const definitions = definitionUrls(root);
	const issues: BodyIssue[] = [];
	const visit = (node: NodeWithFields): void => {
		const issue = ALLOWED_TYPES.has(node.type) ? targetIssue(node, definitions) : constructIssue(node, format);
		if (issue) issues.push({ position: startOf(node), ...issue });
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return issues;
}

/** The target of each link definition, by its identifier; the first of a label counts, as in CommonMark. */
function definitionUrls(root: NodeWithFields): ReadonlyMap<string, string> {
	const urls = new Map<string, string>();
	const visit = (node: NodeWithFields): void => {
		if (node.type === 'definition' && typeof node.identifier === 'string' && typeof node.url === 'string' && !urls.has(node.identifier)) {
			urls.set(node.identifier, node.url);
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(root);
	return urls;
}

function startOf(node: Node): BodyIssue['position'] {
	const start = node.position?.start;
	return start ? { line: start.line, column: start.column } : undefined;
}

type Wording = Omit<BodyIssue, 'position'>;

/** The message for a node type that is not on the allowlist. */
function constructIssue(node: NodeWithFields, format: 'md' | 'mdx'): Wording {
	const value = typeof node.value === 'string' ? node.value : '';
	switch (node.type) {
		case 'html':
			return value.trimStart().startsWith('<!--')
				? {
						message: `An HTML comment is not allowed in a body: ${excerpt(value)}. It would be published in the page's source.`,
						fix: 'Delete the comment.',
					}
				: {
						message: `Raw HTML is not allowed in a .${format} body: ${excerpt(value)}.`,
						fix: 'Delete the HTML, or write it in Markdown (a link is [text](https://…), emphasis is *text*); to show a tag as text, put it in backticks.',
					};
		case 'mdxjsEsm':
			return {
				message: `An import or export is not allowed in a body: ${excerpt(value)}. A body is Markdown, and no code in it is run.`,
				fix: 'Delete the line; link other sheets with [[slug]].',
			};
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return {
				message: `An expression in braces is not allowed in a body: ${excerpt(`{${value}}`)}. A body is Markdown, and no code in it is run.`,
				fix: 'Delete the expression; to show a brace as text, write it as \\{ or \\}.',
			};
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const element = typeof node.name === 'string' ? `The element <${node.name}>` : 'The fragment <>';
			return {
				message: `${element} is not allowed in a body: a body may hold no HTML or JSX elements, and no components.`,
				fix: 'Delete the element and write its text in Markdown (a link is [text](https://…), emphasis is *text*); to show < as text, write it as \\<.',
			};
		}
		default:
			return {
				message: `A "${node.type}" node is not allowed in a body: only Markdown's paragraphs, headings, lists, quotes, code, tables, emphasis, links, images and wiki-links are.`,
				fix: 'Delete it, or write it as plain Markdown.',
			};
	}
}

/**
 * The message for a link, image or definition whose target may not be
 * published, if it is one. A definition is checked as a link's target; an
 * image that uses it (`![text][label]`) is checked again as an image.
 */
function targetIssue(node: NodeWithFields, definitions: ReadonlyMap<string, string>): Wording | undefined {
	if (node.type === 'imageReference' && typeof node.identifier === 'string') {
		const url = definitions.get(node.identifier);
		return url === undefined ? undefined : checkTarget(url, `source of the image [${String(node.label)}]`, IMAGE);
	}
	if (typeof node.url !== 'string') return undefined;
	if (node.type === 'image') return checkTarget(node.url, 'image source', IMAGE);
	if (node.type === 'link') return checkTarget(node.url, 'link target', LINK);
	if (node.type === 'definition') return checkTarget(node.url, `target of the link definition [${String(node.label)}]`, LINK);
	return undefined;
}

/**
 * Checks a target as a browser would read it: the WHATWG URL parser drops
 * every tab and newline and trims leading and trailing control characters
 * and spaces, so `java&#x09;script:` (which the Markdown parser has already
 * decoded to a tab) and ` javascript:` are `javascript:`. Then only an
 * allowed scheme, a path from the site's root or a fragment may pass;
 * anything with a colon before its first `/`, `?` or `#` is a scheme,
 * whatever characters it is made of.
 */
function checkTarget(url: string, noun: string, target: TargetRule): Wording | undefined {
	const { schemes, rule, fix } = target;
	const read = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
	// JSON.stringify shows a tab or newline as \t or \n, so a hidden character is seen.
	const shown = JSON.stringify(url.length > 60 ? `${url.slice(0, 59)}…` : url);
	const firstSegment = /^[^/?#]*/.exec(read)?.[0] ?? '';
	const colon = firstSegment.indexOf(':');
	if (colon >= 0) {
		const scheme = firstSegment.slice(0, colon).toLowerCase();
		if (schemes.has(scheme)) return undefined;
		return {
			message: `The ${noun} ${shown} uses the scheme "${firstSegment.slice(0, colon + 1)}": ${rule}.`,
			fix,
		};
	}
	if (read === '') return { message: `The ${noun} is empty: ${rule}.`, fix: 'Give the link or image its target, or delete it.' };
	if (read.startsWith('#') && target.fragments) return undefined;
	if (/^[/\\]{2}/.test(read)) {
		return {
			message: `The ${noun} ${shown} starts with two slashes, which make it an address on another site without its scheme: ${rule}.`,
			fix: target === LINK ? 'Write the address in full, starting with https://.' : fix,
		};
	}
	if (read.startsWith('/')) return undefined;
	return {
		message: `The ${noun} ${shown} is a relative address, which would depend on the page's own address: ${rule}.`,
		fix: target === LINK ? 'Write the path from the site\'s root, starting with /, or link another sheet with [[slug]].' : fix,
	};
}

/** A short, one-line, quoted version of what the author wrote. */
function excerpt(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return JSON.stringify(line.length > 60 ? `${line.slice(0, 59)}…` : line);
}
