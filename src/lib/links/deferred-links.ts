import { escapeHtml } from '../seo/head-tags.ts';
import { withBase, type SitePath } from '../site/routes.ts';
import { linkText, type LinkResolver } from './resolver.ts';

/**
 * Wiki-links in `.md` sheets are resolved when the page renders, not when the
 * Markdown is rendered.
 *
 * Astro's content layer renders a `.md` body to HTML once and keeps that HTML
 * in its store until the file itself changes. A link's target and text,
 * though, come from *other* sheets: `[[sheet-slug]]` reads as that sheet's
 * name, `[[HRANA]]` goes to whichever sheet has the alias today. Baked into
 * the cached HTML they would go stale on the next build after a rename. So
 * the wiki-links plugin (src/plugins/wiki-links.ts) writes only what the
 * curator wrote, as a placeholder link (`<a href="wiki:HRANA">label</a>`),
 * and the sheet page swaps each placeholder for the real link from the site
 * model of this build.
 *
 * `.mdx` bodies are compiled into the bundle on every build, so their links
 * are resolved in the plugin directly.
 */
const SCHEME = 'wiki:';

/** The placeholder URL for a link target, as the curator wrote it. */
export function deferredLinkUrl(target: string): string {
	// Percent-encoding leaves nothing that HTML serialisation would escape (no `&`, `"` or `<`).
	return SCHEME + encodeURIComponent(target);
}

/** A placeholder as rehype-stringify writes it: the text is the label, empty when the curator gave none. */
const PLACEHOLDER = /<a href="wiki:([^"]*)">([\s\S]*?)<\/a>/g;

export interface DeferredLinkContext {
	readonly resolver: LinkResolver;
	readonly base: string;
	/** The slug of the sheet whose body this is: a link to itself reads as bold text. */
	readonly self: string;
	/** The sheet's file, for the error message. */
	readonly file: string;
}

/** Replaces every placeholder in a rendered body with a link to its sheet (see above). */
export function resolveDeferredLinks(html: string, context: DeferredLinkContext): string {
	return html.replace(PLACEHOLDER, (_whole, encoded: string, label: string) => {
		const target = decodeURIComponent(encoded);
		const resolved = context.resolver.resolve(target.trim());
		if (!resolved) {
			// Verification rejects unknown targets before any page renders; this means it was skipped.
			throw new Error(`${context.file}: ${context.resolver.unknownMessage(target.trim())} Run \`npm run check\` to see every problem.`);
		}
		const text = label === '' ? escapeHtml(linkText(target, undefined, resolved)) : label;
		if (resolved.slug === context.self) return `<strong>${text}</strong>`;
		return `<a href="${escapeHtml(withBase(context.base, resolved.path as SitePath))}" class="wiki-link">${text}</a>`;
	});
}
