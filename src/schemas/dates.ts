import { z } from 'zod';

/**
 * A calendar date at the precision the source gives: a year (`2025`), a month
 * (`2026-01`) or a day (`2026-02-08`). Facts are often dated only to a month
 * ("late January"), and inventing a day would be a guess.
 */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `value` names a day, month or year that exists in the calendar. */
export function isRealPartialDate(value: string): boolean {
	const match = PARTIAL_DATE_PATTERN.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const monthNumber = Number(month);
	if (monthNumber < 1 || monthNumber > 12) return false;
	if (day === undefined) return true;
	const dayNumber = Number(day);
	// Day 0 of the next month is the last day of this one.
	const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
	return dayNumber >= 1 && dayNumber <= daysInMonth;
}

/**
 * YAML parsers disagree on bare dates: js-yaml (Astro's frontmatter) turns
 * `2026-02-08` into a Date and `2025` into a number, while YAML 1.2 keeps
 * strings. Both are brought back to the text the curator wrote, so that the
 * schema sees the same value whichever parser read the file.
 */
function toDateText(value: unknown): unknown {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	return value;
}

export const partialDateSchema = z.preprocess(
	toDateText,
	z
		.string()
		.regex(PARTIAL_DATE_PATTERN, {
			message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD (for example 2026-02-08)',
		})
		.refine(isRealPartialDate, { message: 'this date does not exist in the calendar' }),
);
export type PartialDate = z.output<typeof partialDateSchema>;

/**
 * A date about a source (published, retrieved) and how we know it. `stated`:
 * the stored text gives it; `inferred`: worked out from the text, with the
 * reasoning; `unknown`: not in the text, with what is known instead.
 */
export const dateClaimSchema = z.discriminatedUnion('status', [
	z.strictObject({
		status: z.literal('stated'),
		/** The date, at the precision the text gives. */
		date: partialDateSchema,
		/** The words of the text that state it, as written (for example `11 Feb 2026 15:36`). */
		statedAs: z.string().min(1),
	}),
	z.strictObject({
		status: z.literal('inferred'),
		/** The earliest date the text allows. */
		date: partialDateSchema,
		/** How the date follows from the text; shown to readers. */
		reason: z.string().min(1),
	}),
	z.strictObject({
		status: z.literal('unknown'),
		/** Why the date is unknown and what the text does say; shown to readers. */
		reason: z.string().min(1),
	}),
]);
export type DateClaim = z.output<typeof dateClaimSchema>;

/** Sorts partial dates chronologically; `2026-01` sorts before `2026-01-08`. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
