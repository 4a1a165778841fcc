/**
 * Links to quoted words on the original page with a URL text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=start,end`.
 * Browsers that support it scroll to and highlight the words; the others
 * open the page as usual, so the link is never worse than a plain one.
 */

/** Words of a long passage used for each end of a `start,end` range: enough to be unique, short enough to survive small edits. */
const RANGE_WORDS = 5;

/**
 * Percent-encodes a directive term; `-`, `,` and `&` have meanings of their own in a text directive.
 * encodeURIComponent encodes `,` and `&` already, so only `-` is left to encode (one pass, not three, for every
 * quote of every page).
 */
function encodeTerm(term: string): string {
	const encoded = encodeURIComponent(term);
	return encoded.includes('-') ? encoded.replace(/-/g, '%2D') : encoded;
}

/** One `text=` directive for a passage: the whole passage when short, else its first and last words. */
export function textDirective(passage: string): string | undefined {
	const text = passage.trim();
	// Only the words it uses are read: the first ones (up to one past the short limit), and for a long passage its
	// last ones, read back from its end. Splitting whole passages into words was ~0.2 s of a 1,000-sheet build.
	const words: string[] = [];
	const word = /\S+/g;
	for (let match = word.exec(text); match && words.length <= RANGE_WORDS * 2; match = word.exec(text)) words.push(match[0]);
	if (words.length === 0) return undefined;
	if (words.length <= RANGE_WORDS * 2) return `text=${encodeTerm(words.join(' '))}`;
	return `text=${encodeTerm(words.slice(0, RANGE_WORDS).join(' '))},${encodeTerm(lastWords(text, RANGE_WORDS).join(' '))}`;
}

const SPACE = /\s/;

/** The last `count` words of a trimmed text that has more than `count` words. */
function lastWords(text: string, count: number): string[] {
	const words: string[] = [];
	let end = text.length;
	while (words.length < count) {
		let start = end;
		while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
		words.unshift(text.slice(start, end));
		end = start;
		while (end > 0 && SPACE.test(text[end - 1] as string)) end--;
	}
	return words;
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
