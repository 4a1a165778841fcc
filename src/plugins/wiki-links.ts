import { fileURLToPath } from 'node:url';
import type { Link, PhrasingContent, Strong, Text } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { baseName } from '../lib/corpus.ts';
import { deferredLinkUrl } from '../lib/links/deferred-links.ts';
import { WIKI_LINK } from '../lib/links/wiki-links.ts';
import { linkText, type LinkResolver } from '../lib/links/resolver.ts';
import { withBase, type SitePath } from '../lib/site/routes.ts';

export interface WikiLinksOptions {
	/** The resolver, filled in by the integration once the content is read. */
	readonly links: { readonly resolver: LinkResolver | undefined; readonly base: string };
}

/**
 * Splits a text node's words around its wiki-links, `[[slug]]` and
 * `[[slug|text]]`, giving each link to `toNode`; undefined when it has none.
 */
export function splitWikiLinks(value: string, toNode: (target: string, label: string | undefined) => PhrasingContent): PhrasingContent[] | undefined {
	if (!value.includes('[[')) return undefined;
	const parts: PhrasingContent[] = [];
	let last = 0;
	for (const match of value.matchAll(WIKI_LINK)) {
		if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
		parts.push(toNode(match[1] as string, match[2]?.trim() || undefined));
		last = match.index + match[0].length;
	}
	if (parts.length === 0) return undefined;
	if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
	return parts;
}

/**
 * Turns `[[slug]]` and `[[slug|text]]` in prose into links to sheets, honouring
 * the site's base: a plugin for Astro's Markdown processor, Sätteri, which
 * hands it each text node (code and inline code are not text, so a wiki-link
 * written there stays as written). The build verifies every wiki-link before
 * rendering, so an unknown target here means verification was skipped: it
 * fails loudly, naming the file and the line.
 *
 * In a `.md` file the link is left as a placeholder that the sheet page
 * resolves (src/lib/links/deferred-links.ts explains why).
 */
export function wikiLinksPlugin(options: WikiLinksOptions): (document: PluginFactoryContext) => MdastPluginDefinition {
	// Called once per document: what depends only on the file is worked out here, not per text node.
	return ({ fileURL }) => {
		const file = fileURL ? fileURLToPath(fileURL) : undefined;
		if (file?.endsWith('.md')) {
			return {
				name: 'fact-sheets:wiki-links',
				text(node, context) {
					const parts = splitWikiLinks(node.value, (target, label): Link => ({
						type: 'link',
						url: deferredLinkUrl(target),
						children: label ? [{ type: 'text', value: label }] : [],
					}));
					if (parts) context.replaceNode(node, parts);
				},
			};
		}
		const { resolver, base } = options.links;
		if (!resolver) throw new Error('The wiki-links plugin ran before the fact-sheets integration read the content.');
		// A sheet that names itself gets bold text, not a link to the page the reader is on.
		const self = file ? baseName(file.replaceAll('\\', '/')) : undefined;
		return {
			name: 'fact-sheets:wiki-links',
			options: { position: true },
			text(node, context) {
				const parts = splitWikiLinks(node.value, (target, label): Link | Strong => {
					const resolved = resolver.resolve(target.trim());
					if (!resolved) {
						const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
						throw new Error(`${file ?? 'A sheet'}${at}: ${resolver.unknownMessage(target.trim())} Run \`npm run check\` to see every problem.`);
					}
					const text: Text = { type: 'text', value: linkText(target, label, resolved) };
					if (resolved.slug === self) return { type: 'strong', children: [text] };
					return {
						type: 'link',
						url: withBase(base, resolved.path as SitePath),
						data: { hProperties: { className: ['wiki-link'] } },
						children: [text],
					};
				});
				if (parts) context.replaceNode(node, parts);
			},
		};
	};
}
