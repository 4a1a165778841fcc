/**
 * Dates a passage gives relative to its article ("on Wednesday", "last
 * month", "Jan. 18"), resolved against the source's stated publication date,
 * so `find-quote` can propose a fact's `date` or `asOf` and the `dateNote`
 * that says how it was worked out. Month names and days are read by the
 * verifier's own prose date reader (../text/numbers.ts, datesIn).
 */
import { datesIn } from '../text/numbers.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date the passage gives, as a partial date (YYYY, YYYY-MM or YYYY-MM-DD). */
export interface ResolvedDate {
	/** The words of the passage, as written. */
	readonly written: string;
	readonly value: string;
	/** Whether the passage gives it as "as of": then it is an `asOf`, otherwise a `date`. */
	readonly asOf: boolean;
	/** How it was resolved; undefined when the passage writes it in full (it needs no note). */
	readonly note: string | undefined;
}

/** A publication date stated as a full day: `2026-03-10` and the words that state it. */
export interface Publication {
	readonly date: string;
	readonly statedAs: string;
}

const utc = (value: string) => new Date(`${value}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const longDate = (value: string) => {
	const [year, month, day] = value.split('-').map(Number) as [number, number, number | undefined];
	return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
};
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const monthOf = (date: Date) => iso(date).slice(0, 7);

/** Every date of `passage`, resolved against `published`, in the order written. */
export function resolveDates(passage: string, published: Publication): ResolvedDate[] {
	const day = utc(published.date);
	const year = day.getUTCFullYear();
	const from = `an article published on ${longDate(published.date)} (stated as "${published.statedAs}")`;
	const found: (ResolvedDate & { at: number })[] = [];
	const asOfBefore = (at: number) => /\bas of\s*$/iu.test(passage.slice(Math.max(0, at - 8), at));
	const add = (at: number, written: string, value: string, note: string | undefined) => found.push({ at, written, value, asOf: asOfBefore(at), note });
	const quoted = (written: string) => `"${written}"`;

	for (const match of passage.matchAll(new RegExp(`\\b(?:(last|this|on|next)\\s+)?(${WEEKDAYS.join('|')})\\b(?!\\s+\\p{Lu})`, 'gu'))) {
		const weekday = WEEKDAYS.indexOf(match[2] as string);
		if (match[1] === 'next') continue;
		// The latest such day on or before publication ("on Monday" in a Tuesday paper is the day before).
		const back = (day.getUTCDay() - weekday + 7) % 7;
		const value = iso(addDays(day, -back));
		add(match.index, match[0], value, `${quoted(match[0])} in ${from}: ${back === 0 ? 'the day of publication' : `the ${match[2]} before`}, ${longDate(value)}.`);
	}
	const relative: [RegExp, () => [string, string]][] = [
		[/\byesterday\b/giu, () => { const value = iso(addDays(day, -1)); return [value, `the day before, ${longDate(value)}`]; }],
		[/\btoday\b/giu, () => [published.date, `the day of publication, ${longDate(published.date)}`]],
		[/\blast month\b/giu, () => { const value = monthOf(new Date(Date.UTC(year, day.getUTCMonth() - 1, 1))); return [value, `the month before, ${longDate(value)}`]; }],
		[/\b(?:earlier )?this month\b/giu, () => { const value = published.date.slice(0, 7); return [value, `the month of publication, ${longDate(value)}`]; }],
		[/\blast week\b/giu, () => { const value = monthOf(addDays(day, -7)); return [value, `the week before, in ${longDate(value)}`]; }],
		[/\blast year\b/giu, () => [String(year - 1), `the year before, ${year - 1}`]],
		[/\b(?:earlier )?this year\b/giu, () => [String(year), `the year of publication, ${year}`]],
	];
	for (const [pattern, resolve] of relative) {
		for (const match of passage.matchAll(pattern)) {
			const [value, how] = resolve();
			add(match.index, match[0], value, `${quoted(match[0])} in ${from}: ${how}.`);
		}
	}
	for (const date of datesIn(passage)) {
		if (date.year !== undefined) {
			const value = [date.year, date.month, date.day].filter((part) => part !== undefined).map((part, i) => (i === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
			add(date.start, date.text, value, undefined);
			continue;
		}
		// No year: the latest such date on or before publication, unless the passage says "next year".
		const candidate = (y: number) => `${y}-${String(date.month).padStart(2, '0')}${date.day === undefined ? '' : `-${String(date.day).padStart(2, '0')}`}`;
		const sameYear = candidate(year);
		const next = /^,?\s+next year\b/iu.test(passage.slice(date.end));
		const later = sameYear.slice(0, 7) > published.date.slice(0, 7) || (date.day !== undefined && sameYear > published.date);
		const value = next ? candidate(year + 1) : later ? candidate(year - 1) : sameYear;
		const which = next ? 'the year after' : later ? 'the year before' : 'that year';
		add(date.start, date.text, value, `${quoted(date.text)} in ${from}, which gives no year: ${which}, ${longDate(value)}.`);
	}
	return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...date }) => date);
}
