import { comparePartialDates, type PartialDate } from '../../schemas/index.ts';

/**
 * How well an item is supported, as a reader weighs it: by how many
 * different sources back it (two quotes from one article are one source), and
 * for a dated figure by how far it lags the newest reporting on the site.
 */

/** The number of distinct sources among an item's citations. */
export function independentSourceCount(citations: readonly { readonly source: string }[]): number {
	return new Set(citations.map((citation) => citation.source)).size;
}

/** The newest of the sources' known publication dates (stated or inferred) and the source it belongs to; undefined when none is known. */
export function newestSource<S extends { readonly data: { readonly published: { readonly status: string; readonly date?: PartialDate } } }>(
	sources: Iterable<S>,
): { readonly source: S; readonly date: PartialDate } | undefined {
	let newest: { source: S; date: PartialDate } | undefined;
	for (const source of sources) {
		const { date } = source.data.published;
		if (date !== undefined && (!newest || comparePartialDates(date, newest.date) > 0)) newest = { source, date };
	}
	return newest;
}

export type AgeUnit = 'day' | 'week' | 'month' | 'year';

/** How long before a later date an earlier one is, in whole units. */
export interface Age {
	readonly amount: number;
	readonly unit: AgeUnit;
}

const DAY_MS = 86_400_000;

/**
 * How long before `newest` the figure dated `date` was reported, at the
 * coarser precision of the two, so that no day is invented: two days →
 * days (under two weeks) or whole weeks (under about two months, then months);
 * a month-only date → whole months; a year-only date → whole years.
 * Undefined when the figure is not older at that precision (same month,
 * same year, or later).
 */
export function figureAge(date: PartialDate, newest: PartialDate): Age | undefined {
	const [y1, m1, d1] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
	const [y2, m2, d2] = newest.split('-').map(Number) as [number, number | undefined, number | undefined];
	if (m1 === undefined || m2 === undefined) return positive(y2 - y1, 'year');
	if (d1 === undefined || d2 === undefined) {
		const months = (y2 - y1) * 12 + (m2 - m1);
		return months >= 12 && months % 12 === 0 ? positive(months / 12, 'year') : positive(months, 'month');
	}
	const days = Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
	if (days < 14) return positive(days, 'day');
	if (days < 61) return positive(Math.floor(days / 7), 'week');
	const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
	return months >= 24 ? positive(Math.floor(months / 12), 'year') : positive(months, 'month');
}

const positive = (amount: number, unit: AgeUnit): Age | undefined => (amount > 0 ? { amount, unit } : undefined);
