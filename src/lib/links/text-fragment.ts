/**
 * Links to quoted words on the original page with a URL text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=start,end`.
 * Browsers that support it scroll to and highlight the words; the others
 * open the page as usual, so the link is never worse than a plain one.
 */

/** Words of a long passage used for each end of a `start,end` range: enough to be unique, short enough to survive small edits. */
const RANGE_WORDS = 5;

/** Percent-encodes a directive term; `-`, `,` and `&` have meanings of their own in a text directive. */
function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** One `text=` directive for a passage: the whole passage when short, else its first and last words. */
export function textDirective(passage: string): string | undefined {
	const words = passage.trim().split(/\s+/).filter(Boolean);
	if (words.length === 0) return undefined;
	if (words.length <= RANGE_WORDS * 2) return `text=${encodeTerm(words.join(' '))}`;
	return `text=${encodeTerm(words.slice(0, RANGE_WORDS).join(' '))},${encodeTerm(words.slice(-RANGE_WORDS).join(' '))}`;
}

/**
 * The article's address with a fragment that highlights every part of the
 * quote (one `text=` directive per part). An existing fragment is replaced.
 */
export function textFragmentUrl(url: string, passages: readonly string[]): string {
	const directives = passages.map(textDirective).filter((directive): directive is string => directive !== undefined);
	const address = url.split('#')[0] ?? url;
	return directives.length ? `${address}#:~:${directives.join('&')}` : address;
}

/** A lookup of archived copies of the address in the Internet Archive's Wayback Machine. */
export function archiveLookupUrl(url: string): string {
	return `https://web.archive.org/web/*/${url}`;
}
