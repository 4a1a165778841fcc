/**
 * Long lists cut into pages by letter. A list of every sheet is fine at a
 * hundred sheets and a burden at ten thousand (the A–Z of names was 2 MB of
 * HTML, the home page 0.7 MB): past `LIST_PAGE_LIMIT` entries, a list page
 * shows its letters and each letter gets a page of its own.
 */

/** The most entries one list page shows; a longer list is split by letter. */
export const LIST_PAGE_LIMIT = 500;

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

/** Whether a list of `count` entries is split into pages by letter. */
export function isLongList(count: number, limit: number = LIST_PAGE_LIMIT): boolean {
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
