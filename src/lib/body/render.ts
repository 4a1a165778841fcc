import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Parent, Root } from 'mdast';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { linkText, type LinkResolver } from '../links/resolver.ts';
import { withBase, type SitePath } from '../site/routes.ts';
import { applyTypography } from './typography.ts';
import type { WikiLink } from './wiki-link.ts';

/** What a body needs from the rest of the site to render. */
export interface RenderContext {
	readonly resolver: LinkResolver;
	/** The site's base path (`/`, `/fact-sheets/`). */
	readonly base: string;
	/** The slug of the sheet whose body this is: a link to itself reads as bold text. */
	readonly self: string;
	/** The sheet's file, for error messages. */
	readonly file: string;
}


/**
 * Renders a parsed body (see parseBody) to HTML. The verifier rejects raw
 * HTML and MDX syntax before anything renders (src/lib/verify/bodies.ts);
 * meeting either here means it was skipped, so rendering fails, naming the
 * file, rather than dropping it or letting it through. HTML is never passed
 * through (`allowDangerousHtml` stays off).
 */
export function renderBody(tree: Root, context: RenderContext): string {
	refuseUnverified(tree, context.file);
	// The verified tree stays as it was read: typography is applied to a copy.
	const copy = structuredClone(tree);
	applyTypography(copy);
	const hast = toHast(copy, {
		handlers: { wikiLink: wikiLinkHandler(context) },
		unknownHandler: (_state, node) => {
			throw new Error(`${context.file}: the body holds a "${(node as Nodes).type}" node, which cannot be rendered. Run \`npm run check\` to see every problem.`);
		},
	});
	return toHtml(hast);
}

function refuseUnverified(parent: Parent, file: string): void {
	for (const child of parent.children) {
		if (child.type === 'html' || child.type.startsWith('mdx')) {
			const at = child.position ? ` (body line ${child.position.start.line})` : '';
			throw new Error(`${file}${at}: the body holds ${child.type === 'html' ? 'raw HTML' : 'MDX code'}, which is never rendered. Run \`npm run check\` to see every problem.`);
		}
		if ('children' in child) refuseUnverified(child, file);
	}
}

function wikiLinkHandler(context: RenderContext): Handler {
	return (state, node: WikiLink): Element => {
		const resolved = context.resolver.resolve(node.target);
		if (!resolved) {
			// Verification rejects unknown targets before any page renders; this means it was skipped.
			const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
			throw new Error(`${context.file}${at}: ${context.resolver.unknownMessage(node.target)} Run \`npm run check\` to see every problem.`);
		}
		const children: ElementContent[] = node.children.length > 0 ? state.all(node) : [{ type: 'text', value: linkText(node.target, undefined, resolved) }];
		if (resolved.slug === context.self) return { type: 'element', tagName: 'strong', properties: {}, children };
		return {
			type: 'element',
			tagName: 'a',
			properties: { href: withBase(context.base, resolved.path as SitePath), className: ['wiki-link'] },
			children,
		};
	};
}
