/**
 * Finds the passage of a text that best matches a quote that was not found,
 * so the error can show the curator what the source actually says. Compares
 * words (case and punctuation aside) over a window as long as the quote,
 * sliding it once across the text: linear in the text's length.
 *
 * The passage is shown in error output, so it is never much longer than the
 * quote: at most as many words, and at most `CLOSEST_SLACK` characters more
 * (words are dropped from its end until it fits). A wrong quote can then
 * never make the check print more of a text than the quote itself.
 */

/** How many characters longer than the quote the closest passage may be: room for a few longer words. */
export const CLOSEST_SLACK = 20;

interface Word {
	readonly key: string;
	readonly start: number;
	readonly end: number;
}

function words(text: string): Word[] {
	const found: Word[] = [];
	for (const match of text.matchAll(/\S+/g)) {
		const key = match[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
		if (key) found.push({ key, start: match.index, end: match.index + match[0].length });
	}
	return found;
}

/** The passage of `text` most like `quote`, or undefined when no word is shared. */
export function closestPassage(text: string, quote: string): string | undefined {
	const quoteWords = words(quote).map((word) => word.key);
	const textWords = words(text);
	const size = Math.min(quoteWords.length, textWords.length);
	if (size === 0) return undefined;

	const wanted = new Map<string, number>();
	for (const key of quoteWords) wanted.set(key, (wanted.get(key) ?? 0) + 1);
	const inWindow = new Map<string, number>();
	let shared = 0;
	const add = (key: string) => {
		const count = (inWindow.get(key) ?? 0) + 1;
		inWindow.set(key, count);
		if (count <= (wanted.get(key) ?? 0)) shared++;
	};
	const remove = (key: string) => {
		const count = inWindow.get(key) ?? 0;
		inWindow.set(key, count - 1);
		if (count <= (wanted.get(key) ?? 0)) shared--;
	};

	let best = 0;
	let bestStart = 0;
	for (let i = 0; i < textWords.length; i++) {
		add((textWords[i] as Word).key);
		if (i >= size) remove((textWords[i - size] as Word).key);
		const start = i - size + 1;
		if (start >= 0 && shared > best) {
			best = shared;
			bestStart = start;
		}
	}
	if (best === 0) return undefined;
	const first = textWords[bestStart] as Word;
	const limit = quote.length + CLOSEST_SLACK;
	let lastIndex = bestStart + size - 1;
	while (lastIndex > bestStart && (textWords[lastIndex] as Word).end - first.start > limit) lastIndex--;
	const last = textWords[lastIndex] as Word;
	return text.slice(first.start, Math.min(last.end, first.start + limit));
}
