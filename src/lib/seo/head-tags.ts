/**
 * The page's `<title>` and its social-media meta tags, as HTML. Attribute
 * values are escaped in full (`&`, `<`, `>`, `"`, `'`), not only the quote
 * and ampersand Astro escapes: names and descriptions come from content, and
 * markup in them must reach no parser as anything but text.
 */
export interface MetaTag {
	/** `property` for OpenGraph (`og:*`), `name` for the rest. */
	readonly attribute: 'name' | 'property';
	readonly key: string;
	readonly content: string;
}

/** Most search engines and html-validate cut titles longer than this. */
export const TITLE_LIMIT = 70;

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
	// Most names and labels have nothing to escape: tested first, they are returned as they are (every link of every page is escaped here).
	return HTML_SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string) : text;
}

export function metaTagsHtml(tags: readonly MetaTag[]): string {
	return tags.map((tag) => `<meta ${tag.attribute}="${escapeHtml(tag.key)}" content="${escapeHtml(tag.content)}">`).join('');
}

/** Length as written in the HTML: html-validate and some crawlers count `&#39;` as five characters. */
const htmlLength = (text: string) => escapeHtml(text).length;

/**
 * `Page · Site` when it fits in TITLE_LIMIT characters; else the page's own
 * title, cut at a word with an ellipsis if it is still too long.
 */
export function documentTitle(pageTitle: string | undefined, siteName: string): string {
	if (pageTitle === undefined) return siteName;
	const full = `${pageTitle} · ${siteName}`;
	if (htmlLength(full) <= TITLE_LIMIT) return full;
	if (htmlLength(pageTitle) <= TITLE_LIMIT) return pageTitle;
	const words = pageTitle.split(' ');
	let cut = '';
	while (words.length > 1) {
		words.pop();
		cut = `${words.join(' ').replace(/[\s,;:.–—-]+$/, '')}…`;
		if (htmlLength(cut) <= TITLE_LIMIT) return cut;
	}
	return `${pageTitle.slice(0, TITLE_LIMIT - 1)}…`;
}
