/**
 * Numbers, counts and dates as an article writes them, read from plain text.
 * The quote rules (src/lib/verify/supports.ts) use this one module to ask
 * whether a figure, a statement or a body gives a number its quotes give,
 * and docs/content-model.md ("What a quote must support") documents every
 * table here.
 */
import type { FigureQualifier } from '../../schemas/figure.ts';
import { normalise } from './normalise.ts';

/** A number written in a text, with where it stands. */
export interface NumberMention {
	readonly value: number;
	/** The words as written ("6,961", "five", "1.5 million", "40 per cent"). */
	readonly text: string;
	/** Offsets into the text the mention was read from. */
	readonly start: number;
	readonly end: number;
}

/**
 * Number words and the value each stands for. "One" is left out: it is far
 * more often a pronoun ("one of the officers") than a count.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
	seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, dozen: 12,
};

/** Words after a number that multiply it ("1.5 million"). */
const MULTIPLIERS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * Digits, with commas between thousands ("6,961" and "6961" are both 6961)
 * and a decimal point ("6.961" is six point nine six one, as an English text
 * writes it); an ordinal or plural ending ("8th", "1990s") is allowed, a
 * letter otherwise is not (a "F-35" gives 35, "A4" nothing).
 */
const DIGITS = /(?<![\p{L}\p{N}])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th|s)?(?![\p{L}\p{N}]|[.,]\d)/gu;
const WORDS = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'giu');
const MULTIPLIER_AFTER = /^\s+(thousand|million|billion)\b/iu;

/** Every number of `text`: digits and the number words above, a multiplier after either applied. */
export function numbersIn(text: string): NumberMention[] {
	const found: NumberMention[] = [];
	const add = (value: number, start: number, end: number) => {
		const multiplier = MULTIPLIER_AFTER.exec(text.slice(end));
		if (multiplier) {
			value *= MULTIPLIERS[(multiplier[1] as string).toLowerCase()] as number;
			end += multiplier[0].length;
		}
		found.push({ value, text: text.slice(start, end), start, end });
	};
	for (const match of text.matchAll(DIGITS)) {
		add(Number(`${(match[1] as string).replaceAll(',', '')}${match[2] ?? ''}`), match.index, match.index + match[0].length);
	}
	for (const match of text.matchAll(WORDS)) {
		add(NUMBER_WORDS[(match[1] as string).toLowerCase()] as number, match.index, match.index + match[0].length);
	}
	return found.sort((a, b) => a.start - b.start);
}

/** True when `a` and `b` are the same number (decimals read from text compare exactly after rounding noise). */
export function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The words right before a number that say how it relates to the truth, and
 * the qualifier each means. No such words: `exact`. Longer phrases are tried
 * first, so "no more than" is not read as "more than".
 */
export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, FigureQualifier]> = [
	['at least', 'at-least'],
	['a minimum of', 'at-least'],
	['no more than', 'as-many-as'],
	['at most', 'as-many-as'],
	['more than', 'more-than'],
	['over', 'more-than'],
	['upwards of', 'more-than'],
	['as many as', 'as-many-as'],
	['up to', 'as-many-as'],
	['nearly', 'nearly'],
	['almost', 'nearly'],
	['close to', 'nearly'],
	['near', 'nearly'],
	['about', 'about'],
	['around', 'about'],
	['some', 'about'],
	['roughly', 'about'],
	['approximately', 'about'],
	['an estimated', 'about'],
];

/** The qualifier that the words ending `before` (the text just before a number) give it. */
export function qualifierBefore(before: string): FigureQualifier {
	const words = ` ${normalise(before).toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim()}`;
	for (const [phrase, qualifier] of QUALIFIER_PHRASES) if (words.endsWith(` ${phrase}`)) return qualifier;
	return 'exact';
}

/**
 * The words for a count the article gives without a number, and the vague
 * qualifier each stands for. "Thousands" inside "tens of thousands" is the
 * latter only.
 */
export const VAGUE_COUNT_WORDS: ReadonlyArray<readonly [RegExp, FigureQualifier, string]> = [
	[/\btens of thousands\b/iu, 'tens-of-thousands', 'tens of thousands'],
	[/(?<!\btens of )\bthousands\b/iu, 'thousands', 'thousands'],
	[/\bhundreds\b/iu, 'hundreds', 'hundreds'],
	[/\bdozens\b/iu, 'dozens', 'dozens'],
];

/** The vague counts `text` gives. */
export function vagueCountsIn(text: string): Set<FigureQualifier> {
	const plain = normalise(text);
	return new Set(VAGUE_COUNT_WORDS.filter(([pattern]) => pattern.test(plain)).map(([, qualifier]) => qualifier));
}

/** The words that stand for a vague qualifier ("tens-of-thousands" → "tens of thousands"). */
export function vagueWords(qualifier: FigureQualifier): string | undefined {
	return VAGUE_COUNT_WORDS.find(([, vague]) => vague === qualifier)?.[2];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The month a name or its abbreviation ("Jan.", "Sept.") stands for, from 1. */
function monthNumber(name: string): number {
	return MONTHS.findIndex((month) => month.startsWith(name.replace(/\.$/, '').slice(0, 3))) + 1;
}
const MONTH = `(${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.)`;
/**
 * Dates written in prose: "8 February 2026", "February 8, 2026", "February 8",
 * "8 February", "January 2026", "Jan. 18" and a month alone ("in January").
 * Month names are matched with their capital only, so the verb "may" is not
 * a month.
 */
const DATE_PATTERNS: readonly RegExp[] = [
	new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH}(?:,? (\\d{4}))?(?![\\p{L}\\p{N}])`, 'gu'),
	new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?(?!\\d)`, 'gu'),
	new RegExp(`\\b${MONTH}(?: (\\d{4}))?(?![\\p{L}\\p{N}])`, 'gu'),
];

/** A date written in prose, at the precision written; the year may be left out ("8 February"). */
export interface WrittenDate {
	readonly year?: number | undefined;
	readonly month: number;
	readonly day?: number | undefined;
	readonly text: string;
	readonly start: number;
	readonly end: number;
}

/** Every date written in `text`; a span already read as a longer date is not read again as a shorter one. */
export function datesIn(text: string): WrittenDate[] {
	const found: WrittenDate[] = [];
	const taken = (start: number, end: number) => found.some((date) => start < date.end && end > date.start);
	const [dayFirst, monthFirst, monthOnly] = DATE_PATTERNS as [RegExp, RegExp, RegExp];
	const push = (match: RegExpMatchArray, month: string, day: string | undefined, year: string | undefined) => {
		const start = match.index as number;
		const end = start + match[0].length;
		if (taken(start, end)) return;
		found.push({
			month: monthNumber(month),
			day: day === undefined ? undefined : Number(day),
			year: year === undefined ? undefined : Number(year),
			text: match[0],
			start,
			end,
		});
	};
	for (const match of text.matchAll(dayFirst)) push(match, match[2] as string, match[1], match[3]);
	for (const match of text.matchAll(monthFirst)) push(match, match[1] as string, match[2], match[3]);
	for (const match of text.matchAll(monthOnly)) push(match, match[1] as string, undefined, match[2]);
	return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether a written date can be the partial date `value` (YYYY, YYYY-MM or
 * YYYY-MM-DD): they agree at the precision both give. A written date without
 * a year agrees with any year.
 */
export function dateAgrees(written: WrittenDate, value: string): boolean {
	const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
	if (written.year !== undefined && written.year !== year) return false;
	if (month !== undefined && written.month !== month) return false;
	if (month !== undefined && day !== undefined && written.day !== undefined && written.day !== day) return false;
	return true;
}
