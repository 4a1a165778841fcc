/**
 * Long lists cut into pages by letter. A list of every sheet is fine at a
 * hundred sheets and a burden at ten thousand (the A–Z of names was 2 MB of
 * HTML, the home page 0.7 MB): past the options' `lists.pageSize` entries
 * (LIST_PAGE_LIMIT unless set), a list page
 * shows its letters and each letter gets a page of its own; and a letter
 * with more entries than that is cut into numbered pages in turn
 * (`letterPages`: at 50,000 sheets the names under T were 3.5 MB on one).
 */

/** The most entries one list page shows, unless the site's options say (`lists.pageSize`); a longer list is split by letter. */
export const LIST_PAGE_LIMIT = 500;

/** The fewest the options may set: fewer would cut lists into pages of a few links. */
export const MIN_LIST_PAGE_SIZE = 10;

/**
 * The letter a name is filed under: its first letter without accents, in
 * any script (`É` → `E`, `آ` → `ا`), or "#" for digits and signs.
 */
export function indexLetter(label: string): string {
	const [first = ''] = label.normalize('NFKD').replace(/\p{M}/gu, '');
	const upper = first.toUpperCase();
	// A letter whose capital is two (ß → SS) is filed as written.
	return /\p{L}/u.test(first) ? ([...upper].length === 1 ? upper : first) : '#';
}

/** One letter's entries; `slug` is the letter's segment in a URL ("a", or "other" for "#"). */
export interface LetterGroup<Entry> {
	readonly letter: string;
	readonly slug: string;
	readonly entries: readonly Entry[];
}

/**
 * The URL segment of a letter: lower case for A–Z, "other" for names that
 * start with a digit or a sign, and `u` and the code point for a letter of
 * another script (`Ł` → `u141`, `م` → `u645`), so addresses and ids stay ASCII.
 */
export function letterSlug(letter: string): string {
	if (letter === '#') return 'other';
	return /^[A-Z]$/.test(letter) ? letter.toLowerCase() : `u${(letter.codePointAt(0) ?? 0).toString(16)}`;
}

/** The id of a letter's heading, or of its link on a page of letters: the same either way, so `#letter-a` keeps working when a list is split. */
export function letterId(letter: string): string {
	return `letter-${letterSlug(letter)}`;
}

/** Whether a list of `count` entries is split into pages by letter; `limit` is the options' `lists.pageSize`. */
export function isLongList(count: number, limit: number): boolean {
	return count > limit;
}

/**
 * Entries grouped by the letter their label is filed under (`indexLetter`),
 * keeping their order within each letter; letters in order, "#" first.
 */
export function groupByLetter<Entry>(entries: readonly Entry[], label: (entry: Entry) => string): LetterGroup<Entry>[] {
	const groups = new Map<string, Entry[]>();
	for (const entry of entries) {
		const letter = indexLetter(label(entry));
		const group = groups.get(letter);
		if (group) group.push(entry);
		else groups.set(letter, [entry]);
	}
	return [...groups]
		.sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b)))
		.map(([letter, list]) => ({ letter, slug: letterSlug(letter), entries: list }));
}

/** One page of a letter's entries: the whole letter, or a run of at most a page's worth of them (`lists.pageSize`), in order. */
export interface LetterPage<Entry> {
	readonly letter: string;
	readonly slug: string;
	/** 1 for the letter's first page, whose address is the letter's own. */
	readonly number: number;
	readonly entries: readonly Entry[];
	/** The labels of its first and last entries: what the letter's list of pages shows for it. */
	readonly first: string;
	readonly last: string;
}

/**
 * A letter's entries in pages of at most `limit` (the options'
 * `lists.pageSize`), in their order: one page when they fit, else as few as
 * hold them, the same size but for the last.
 */
export function letterPages<Entry>(group: LetterGroup<Entry>, label: (entry: Entry) => string, limit: number): LetterPage<Entry>[] {
	const pages: LetterPage<Entry>[] = [];
	for (let start = 0; start < group.entries.length; start += limit) {
		const entries = group.entries.slice(start, start + limit);
		pages.push({ letter: group.letter, slug: group.slug, number: pages.length + 1, entries, first: label(entries[0]!), last: label(entries.at(-1)!) });
	}
	return pages;
}

/** What a page of a letter says of the letter's other pages: where each starts and ends. */
export type LetterPageSummary = Pick<LetterPage<unknown>, 'number' | 'first' | 'last'>;

export const summarisePages = (pages: readonly LetterPage<unknown>[]): LetterPageSummary[] => pages.map(({ number, first, last }) => ({ number, first, last }));
