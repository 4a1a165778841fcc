/**
 * What `add-source` can read off a stored text for the curator to confirm:
 * where the article lies among the page around it, its headline, a stated
 * date and a publisher's credit. Every finding is a suggestion with the line
 * it comes from; none is written into a source without the curator.
 */
import { datesIn, type WrittenDate } from '../text/numbers.ts';
import { wordCount } from '../text/quote-shape.ts';
import { FUNCTION_WORDS } from '../text/words.ts';
import { ArticleSpanError, SourceText } from '../text/source-text.ts';

/** A paragraph of prose: at least this many words, ending a sentence. Menus, bylines and other headlines are shorter. */
const PROSE_MIN_WORDS = 8;
/** Lines of page chrome (a caption, a subheading, an advert) that may stand between two paragraphs of one article. */
const MAX_GAP_LINES = 3;
/** A headline has at most this many words. */
const HEADLINE_MAX_WORDS = 25;
/** The article's end marker: its last words, lengthened until they occur once. */
const END_MARKER_WORDS = 8;
/** English prose is about a fifth "the", "of", "and", "to"…; a text where they are a tenth of the words reads as English. */
const ENGLISH_SHARE = 0.1;

/** A line of the text, counted from 1, with its words trimmed. */
export interface TextLine {
	readonly line: number;
	readonly text: string;
}

export interface ArticleShape {
	/** The article's lines: the headline (when one is found) through the last paragraph of prose. */
	readonly first: TextLine;
	readonly last: TextLine;
	/** Whether non-empty lines stand outside the article: then an `article` span is suggested. */
	readonly chrome: boolean;
	/** The span's markers, each occurring once in the text. */
	readonly span: { readonly start: string; readonly end: string } | undefined;
	readonly headline: TextLine | undefined;
	/** A full date (day, month, year) written in the text near the article's start, with its line. */
	readonly stated: { readonly date: string; readonly statedAs: string; readonly line: number } | undefined;
	/** A name after a copyright sign ("© 2026 Daily Harbour"), with its line. */
	readonly credit: TextLine | undefined;
	/** `en` when English's commonest words are at least ENGLISH_SHARE of the article's words. */
	readonly language: 'en' | undefined;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
const isProse = (text: string) => wordCount(text) >= PROSE_MIN_WORDS && SENTENCE_END.test(text);
/** Navigation, not words of an article: bullets, pipes and breadcrumbs. */
const isMenu = (text: string) => /^[•·*>|-]/u.test(text) || /\s[|>]\s/u.test(text);

/** Reads the shape of a stored text (its line endings already `\n`); undefined when it holds no paragraph of prose. */
export function articleShape(text: string): ArticleShape | undefined {
	const lines: TextLine[] = text
		.split('\n')
		.map((raw, i) => ({ line: i + 1, text: raw.trim() }))
		.filter((line) => line.text.length > 0);
	const cluster = largestProseRun(lines);
	if (!cluster) return undefined;
	let [from, to] = cluster;
	const headline = headlineBefore(lines, from);
	if (headline) from = lines.indexOf(headline);
	const first = lines[from] as TextLine;
	const last = lines[to] as TextLine;
	const chrome = from > 0 || to < lines.length - 1;
	return {
		first,
		last,
		chrome,
		span: chrome ? spanMarkers(text, first.text, last.text) : undefined,
		headline,
		stated: statedDate(lines.slice(0, Math.min(lines.length, from + 4))),
		credit: copyrightCredit(lines),
		language: englishShare(lines.slice(from, to + 1)) >= ENGLISH_SHARE ? 'en' : undefined,
	};
}

/** The share of the words that are English function words ("the", "of", "and"…: ../text/words.ts). */
function englishShare(lines: readonly TextLine[]): number {
	const words = lines.flatMap((line) => line.text.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean);
	return words.length === 0 ? 0 : words.filter((word) => FUNCTION_WORDS.has(word)).length / words.length;
}

/** The run of prose lines, allowing short gaps, that holds the most words: [first, last] line indexes. */
function largestProseRun(lines: readonly TextLine[]): [number, number] | undefined {
	let best: [number, number, number] | undefined;
	let run: [number, number, number] | undefined;
	let gap = 0;
	lines.forEach((line, i) => {
		if (!isProse(line.text) || isMenu(line.text)) {
			gap++;
			if (gap > MAX_GAP_LINES) run = undefined;
			return;
		}
		gap = 0;
		const words = wordCount(line.text);
		run = run ? [run[0], i, run[2] + words] : [i, i, words];
		if (!best || run[2] > best[2]) best = [...run];
	});
	return best ? [best[0], best[1]] : undefined;
}

/** The headline: the article's first line when it reads as one (short, no final full stop), else the nearest such line just before. */
function headlineBefore(lines: readonly TextLine[], from: number): TextLine | undefined {
	const looksLikeHeadline = (line: TextLine) =>
		wordCount(line.text) >= 3 &&
		wordCount(line.text) <= HEADLINE_MAX_WORDS &&
		!/\.["'”’]?$/u.test(line.text) &&
		!isMenu(line.text) &&
		fullDates(line.text).length === 0 &&
		!line.text.includes('©');
	const opening = lines[from] as TextLine;
	if (looksLikeHeadline(opening)) return opening;
	for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
		const line = lines[i] as TextLine;
		if (looksLikeHeadline(line)) return line;
	}
	return undefined;
}

/** Markers for the article's first and last lines that occur once in the text, as the verifier requires. */
function spanMarkers(text: string, firstLine: string, lastLine: string): { start: string; end: string } | undefined {
	const words = lastLine.split(/\s+/);
	for (let count = Math.min(END_MARKER_WORDS, words.length); count <= words.length; count++) {
		const end = words.slice(-count).join(' ');
		try {
			new SourceText(text, { start: firstLine, end });
			return { start: firstLine, end };
		} catch (error) {
			if (!(error instanceof ArticleSpanError)) throw error;
			if (error.which === 'start') return undefined;
		}
	}
	return undefined;
}

/** Month abbreviations without their full stop ("11 Feb 2026"), as page datelines write them, read as the prose date reader reads "Feb.". */
const BARE_ABBREVIATION = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!\.)/gu;

/** Dates with day, month and year written in a line, including ISO dates. */
function fullDates(text: string): { date: string; written: string }[] {
	const iso = [...text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/gu)].map((match) => ({ date: match[0], written: match[0], at: match.index }));
	// Offsets into `dotted` run a little ahead of `text` (one per added dot): enough to order the dates.
	const dotted = text.replace(BARE_ABBREVIATION, '$1.');
	const prose = datesIn(dotted)
		.filter((date): date is WrittenDate & { day: number; year: number } => date.day !== undefined && date.year !== undefined)
		.map((date) => ({ date: isoDate(date.year, date.month, date.day), written: writtenIn(text, date), at: date.start }));
	return [...iso, ...prose].sort((a, b) => a.at - b.at).map(({ date, written }) => ({ date, written }));
}

/** The words of the original line a date was read from (before a full stop was added to its month). */
function writtenIn(text: string, date: WrittenDate): string {
	const pattern = date.text.replace(/\./g, '\\.?').replace(/\s+/g, '\\s+');
	return text.match(new RegExp(pattern, 'u'))?.[0] ?? date.text;
}

const isoDate = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The first full date in the lines: a dateline above the article or in its first lines. A short line is taken whole as `statedAs` ("11 Feb 2026 15:36"). */
function statedDate(lines: readonly TextLine[]): ArticleShape['stated'] {
	for (const line of lines) {
		const [found] = fullDates(line.text);
		if (!found) continue;
		const statedAs = wordCount(line.text) <= 6 ? line.text : found.written;
		return { date: found.date, statedAs, line: line.line };
	}
	return undefined;
}

function copyrightCredit(lines: readonly TextLine[]): TextLine | undefined {
	for (const line of lines) {
		const match = line.text.match(/©\s*(?:\d{4}\s*)?(.+?)[.,]?(?:\s+All rights reserved.*)?$/iu);
		if (match?.[1]) return { line: line.line, text: match[1].trim() };
	}
	return undefined;
}
