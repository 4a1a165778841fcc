import type { Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { baseName } from '../lib/corpus.ts';
import { deferredLinkUrl } from '../lib/links/deferred-links.ts';
import { WIKI_LINK } from '../lib/links/wiki-links.ts';
import { linkText, type LinkResolver } from '../lib/links/resolver.ts';
import { withBase, type SitePath } from '../lib/site/routes.ts';

export interface RemarkWikiLinksOptions {
	/** The resolver, filled in by the integration once the content is read. */
	readonly links: { readonly resolver: LinkResolver | undefined; readonly base: string };
}

/**
 * Turns `[[slug]]` and `[[slug|text]]` in prose into links to sheets, honouring
 * the site's base. The build verifies every wiki-link before rendering, so an
 * unknown target here means verification was skipped: it fails loudly.
 *
 * In a `.md` file the link is left as a placeholder that the sheet page
 * resolves (src/lib/links/deferred-links.ts explains why).
 */
export function remarkWikiLinks(options: RemarkWikiLinksOptions) {
	return (tree: Root, file: VFile) => {
		if (file.extname === '.md') {
			findAndReplace(tree, [
				WIKI_LINK,
				(_whole: string, target: string, label: string | undefined) => ({
					type: 'link',
					url: deferredLinkUrl(target),
					children: label?.trim() ? [{ type: 'text', value: label.trim() }] : [],
				}),
			]);
			return;
		}
		const { resolver, base } = options.links;
		if (!resolver) throw new Error('remarkWikiLinks ran before the fact-sheets integration read the content.');
		// A sheet that names itself gets bold text, not a link to the page the reader is on.
		const self = file.path ? baseName(file.path.replaceAll('\\', '/')) : undefined;
		findAndReplace(tree, [
			WIKI_LINK,
			(_whole: string, target: string, label: string | undefined, match) => {
				const resolved = resolver.resolve(target.trim());
				if (!resolved) {
					const node = match.stack[match.stack.length - 1];
					file.fail(resolver.unknownMessage(target.trim()), { place: node?.position, ruleId: 'wiki-link', source: 'fact-sheets' });
				}
				const text = { type: 'text' as const, value: linkText(target, label, resolved) };
				if (resolved.slug === self) return { type: 'strong', children: [text] };
				return {
					type: 'link',
					url: withBase(base, resolved.path as SitePath),
					data: { hProperties: { className: ['wiki-link'] } },
					children: [text],
				};
			},
		]);
	};
}
