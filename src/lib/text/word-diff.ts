/**
 * Where a quote and the closest passage of its source differ, word by word,
 * so a report can point at the word that was mistyped instead of leaving
 * the curator to compare two long passages. Words compare as the closest
 * passage compares them (./closest.ts): case and punctuation aside.
 */

const wordsOf = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** A run where the two differ: the quote's words there and the passage's (either may be empty). */
export interface WordDifference {
	readonly quote: string;
	readonly passage: string;
}

/** The runs of words that differ, in order (a longest common subsequence of words between them). */
export function wordDifferences(quote: string, passage: string): WordDifference[] {
	const a = wordsOf(quote);
	const b = wordsOf(passage);
	const rows = a.length + 1;
	const cols = b.length + 1;
	const common = new Uint16Array(rows * cols);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			common[i * cols + j] =
				key(a[i] as string) === key(b[j] as string)
					? (common[(i + 1) * cols + j + 1] as number) + 1
					: Math.max(common[(i + 1) * cols + j] as number, common[i * cols + j + 1] as number);
		}
	}
	const differences: WordDifference[] = [];
	let run: { quote: string[]; passage: string[] } = { quote: [], passage: [] };
	const flush = () => {
		if (run.quote.length > 0 || run.passage.length > 0) differences.push({ quote: run.quote.join(' '), passage: run.passage.join(' ') });
		run = { quote: [], passage: [] };
	};
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && key(a[i] as string) === key(b[j] as string)) {
			flush();
			i++;
			j++;
		} else if (j < b.length && (i === a.length || (common[i * cols + j + 1] as number) >= (common[(i + 1) * cols + j] as number))) {
			run.passage.push(b[j++] as string);
		} else {
			run.quote.push(a[i++] as string);
		}
	}
	flush();
	return differences;
}

/** `"institution" where the article has "institute"; "harbour" is not in the article` — or undefined when the words agree. */
export function describeDifferences(quote: string, passage: string): string | undefined {
	const differences = wordDifferences(quote, passage);
	if (differences.length === 0) return undefined;
	// A passage that shares less than half the quote's words is not the same words mistyped: listing the differences would not help.
	const differing = differences.reduce((count, difference) => count + wordsOf(difference.quote).length, 0);
	if (differing * 2 > wordsOf(quote).length) return undefined;
	return differences
		.map(({ quote: ours, passage: theirs }) =>
			ours && theirs ? `"${ours}" where the article has "${theirs}"` : ours ? `"${ours}", which the article does not have there` : `the article's "${theirs}" left out`,
		)
		.join('; ');
}
