/**
 * `find-quote`'s search: the passages of a source's article most like the
 * curator's words, tolerant of typos, missing or extra words and number
 * formats. It only proposes: every passage it returns is the article's own
 * words, looked up again with the verifier's own `SourceText.find` and kept
 * only when that finds it, so a printed quote always verifies.
 */
import { editDistance } from '../suggest.ts';
import { NUMBER_WORDS } from '../text/numbers.ts';
import { quoteShapeIssue } from '../text/quote-shape.ts';
import type { SourceText } from '../text/source-text.ts';

/** A passage is offered when it holds at least this share of the curator's words (typos allowed). */
export const MIN_SHARE = 0.6;
/** At most this many passages are offered for one phrase. */
export const MAX_PASSAGES = 3;

interface Token {
	readonly key: string;
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** How a word of the curator's phrase stands in the passage. */
export type WordMatch =
	| { readonly kind: 'same'; readonly word: string }
	| { readonly kind: 'typo'; readonly word: string; readonly passage: string }
	| { readonly kind: 'missing'; readonly word: string };

export interface Passage {
	/** The words as the stored text has them: the quote to cite. */
	readonly quote: string;
	/** The line of the stored text (its paragraph), from 1. */
	readonly line: number;
	/** Offsets in the stored text. */
	readonly start: number;
	readonly end: number;
	/** The share of the phrase's words found (a typo counts as found). */
	readonly share: number;
	readonly words: readonly WordMatch[];
}

/** A word compared by its letters and digits, lowercase, accents dropped; a number word as its digits ("six" as "6"). */
function wordKey(word: string): string {
	const key = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	const number = NUMBER_WORDS[key];
	return number === undefined ? key : String(number);
}

function tokens(text: string, offset = 0): Token[] {
	const found: Token[] = [];
	for (const match of text.matchAll(/\S+/gu)) {
		const key = wordKey(match[0]);
		if (key) found.push({ key, text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
	}
	return found;
}

/** A typo: one edit in a word of four letters or more, two in one of eight or more; numbers must be equal. */
function similar(a: string, b: string): boolean {
	if (a === b) return true;
	if (/\d/u.test(a) || /\d/u.test(b) || Math.min(a.length, b.length) < 4) return false;
	return editDistance(a, b) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

const MATCH = 2;
const TYPO = 1.5;
/** A word of the passage the phrase left out costs less than a word of the phrase the passage lacks. */
const SKIPPED_IN_PHRASE = -0.5;
const MISSING_IN_PASSAGE = -1;

/**
 * The best local alignment of the phrase's words with one paragraph's
 * (Smith–Waterman over words): the passage from its first to its last
 * aligned word, with how each word of the phrase fared.
 */
function align(phrase: readonly Token[], line: readonly Token[]): { first: number; last: number; words: WordMatch[] } | undefined {
	const rows = phrase.length + 1;
	const cols = line.length + 1;
	const score = new Float64Array(rows * cols);
	let best = 0;
	let bestAt = -1;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const a = (phrase[i - 1] as Token).key;
			const b = (line[j - 1] as Token).key;
			const pair = a === b ? MATCH : similar(a, b) ? TYPO : -Infinity;
			const value = Math.max(
				0,
				(score[(i - 1) * cols + j - 1] as number) + pair,
				(score[(i - 1) * cols + j] as number) + MISSING_IN_PASSAGE,
				(score[i * cols + j - 1] as number) + SKIPPED_IN_PHRASE,
			);
			score[i * cols + j] = value;
			if (value > best) {
				best = value;
				bestAt = i * cols + j;
			}
		}
	}
	if (bestAt < 0) return undefined;
	// Trace back from the best cell to where the alignment starts.
	let i = Math.floor(bestAt / cols);
	let j = bestAt % cols;
	const last = j - 1;
	let first = last;
	const matched = new Map<number, WordMatch>();
	while (i > 0 && j > 0 && (score[i * cols + j] as number) > 0) {
		const here = score[i * cols + j] as number;
		const a = phrase[i - 1] as Token;
		const b = line[j - 1] as Token;
		const pair = a.key === b.key ? MATCH : similar(a.key, b.key) ? TYPO : -Infinity;
		if (here === (score[(i - 1) * cols + j - 1] as number) + pair) {
			matched.set(i - 1, a.key === b.key ? { kind: 'same', word: a.text } : { kind: 'typo', word: a.text, passage: b.text });
			first = j - 1;
			i--;
			j--;
		} else if (here === (score[(i - 1) * cols + j] as number) + MISSING_IN_PASSAGE) i--;
		else j--;
	}
	const words = phrase.map((token, index) => matched.get(index) ?? { kind: 'missing' as const, word: token.text });
	return { first, last, words };
}

/** Paragraphs of the stored text: its lines, with their offsets. */
function lines(original: string): { line: number; start: number; text: string }[] {
	const found: { line: number; start: number; text: string }[] = [];
	let start = 0;
	original.split('\n').forEach((text, i) => {
		found.push({ line: i + 1, start, text });
		start += text.length + 1;
	});
	return found;
}

/** The passages of the article most like `phrase`, best first; each one verifies as a quote of `text`. */
export function findPassages(text: SourceText, phrase: string): Passage[] {
	const wanted = tokens(phrase);
	if (wanted.length === 0) return [];
	const found: Passage[] = [];
	for (const paragraph of lines(text.original)) {
		const words = tokens(paragraph.text, paragraph.start);
		if (words.length === 0) continue;
		const aligned = align(wanted, words);
		if (!aligned) continue;
		const share = aligned.words.filter((word) => word.kind !== 'missing').length / wanted.length;
		if (share < MIN_SHARE) continue;
		const start = (words[aligned.first] as Token).start;
		const end = (words[aligned.last] as Token).end;
		const quote = trimPunctuation(text.original.slice(start, end));
		if (quoteShapeIssue(quote) || text.find(quote).status !== 'found') continue;
		found.push({ quote, line: paragraph.line, start, end, share, words: aligned.words });
	}
	found.sort((a, b) => b.share - a.share || a.start - b.start);
	const best = found[0]?.share ?? 0;
	return found.filter((passage) => passage.share >= best - 0.15).slice(0, MAX_PASSAGES);
}

/** Opening and closing punctuation a passage's edge words carry but the phrase did not ask for (`“the`, `winter”,`). */
function trimPunctuation(quote: string): string {
	return quote.replace(/^[“"‘'(\[]+(?=\p{L}|\p{N})/u, '').replace(/(?<=[\p{L}\p{N}])[”"’',;:)\]]+$/u, '');
}

export type Join =
	| { readonly kind: 'joined'; readonly quote: string }
	| { readonly kind: 'contiguous'; readonly quote: string }
	| { readonly kind: 'different-paragraphs'; readonly lines: readonly [number, number] }
	| { readonly kind: 'short-part'; readonly part: string; readonly words: number }
	| { readonly kind: 'not-found'; readonly status: string };

/**
 * Whether two passages may be cited as one quote: joined by "..." when they
 * stand in one paragraph (in the article's order), as one passage when
 * nothing stands between them, and each part long enough (quote-shape.ts).
 * The joined quote is looked up again, so an offered join always verifies.
 */
export function joinPassages(text: SourceText, a: Passage, b: Passage): Join {
	const [first, second] = a.start <= b.start ? [a, b] : [b, a];
	if (first.line !== second.line) return { kind: 'different-paragraphs', lines: [first.line, second.line] };
	const between = text.original.slice(first.end, second.start);
	const contiguous = second.start <= first.end || /^[\s\p{P}]*$/u.test(between);
	const quote = contiguous
		? trimPunctuation(text.original.slice(first.start, Math.max(first.end, second.end)))
		: `${first.quote} ... ${second.quote}`;
	const shape = quoteShapeIssue(quote);
	if (shape) return { kind: 'short-part', part: shape.kind === 'short-part' ? shape.part : quote, words: 'words' in shape ? shape.words : 0 };
	const lookup = text.find(quote);
	if (lookup.status !== 'found') return { kind: 'not-found', status: lookup.status };
	return contiguous ? { kind: 'contiguous', quote } : { kind: 'joined', quote };
}
