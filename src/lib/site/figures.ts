import type { Claimant, Fact, Figure, PartialDate } from '../../schemas/index.ts';

/** One reported value of a metric. */
export interface FigurePoint<Sheet> {
	readonly sheet: Sheet;
	readonly fact: Fact;
	readonly figure: Figure;
	readonly claimant: Claimant;
	/** When the value was reported as true: the fact's `asOf`, else its `date`. */
	readonly when: PartialDate;
}

/** The last day a partial date can mean: a day itself, a month its last day, a year 31 December (`YYYY-MM-DD`). */
export function lastDayOf(date: PartialDate): string {
	const [year, month] = date.split('-').map(Number) as [number, number | undefined];
	if (date.length === 10) return date;
	if (month === undefined) return `${year}-12-31`;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${date}-${String(last).padStart(2, '0')}`;
}

/**
 * The order of figure dates of different precision: by the last day each can
 * mean, so a value "as of February 2026" comes after one as of 8 February
 * (the month may run to its end), and a year after its months; dates that end
 * alike, the more precise (the later start) last.
 */
export function compareFigureDates(a: PartialDate, b: PartialDate): number {
	const [endA, endB] = [lastDayOf(a), lastDayOf(b)];
	if (endA !== endB) return endA < endB ? -1 : 1;
	return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * A metric's values in the one order every table, chart and list shows:
 * by date (`compareFigureDates`), and a value that `supersedes` another
 * (a later report on the same sheet) after the one it supersedes, whatever
 * their dates say. The sort is stable: values alike keep the sheets' order.
 */
export function orderFigures<Point extends FigurePoint<{ readonly slug: string }>>(points: readonly Point[]): Point[] {
	const ordered = [...points].sort((a, b) => compareFigureDates(a.when, b.when));
	const key = (point: Point) => `${point.sheet.slug}#${point.fact.id}`;
	// Each pass moves a superseding value to just after the value it supersedes; a chain of n needs at most n passes, and a cycle (each superseding the other) stops after as many.
	for (let pass = 0; pass < ordered.length; pass++) {
		let moved = false;
		for (let i = 0; i < ordered.length; i++) {
			const point = ordered[i] as Point;
			if (point.fact.supersedes === undefined) continue;
			const earlier = ordered.findIndex((other) => key(other) === `${point.sheet.slug}#${point.fact.supersedes}`);
			if (earlier > i) {
				ordered.splice(i, 1);
				ordered.splice(earlier, 0, point);
				moved = true;
			}
		}
		if (!moved) break;
	}
	return ordered;
}

/**
 * Every figure of every metric, each metric's values in order (`orderFigures`).
 * Values that differ by claimant or date are all kept: none overwrites another.
 */
export function indexFigures<Sheet extends { readonly slug: string; readonly data: { readonly facts: readonly Fact[] } }>(
	sheets: readonly Sheet[],
): Map<string, FigurePoint<Sheet>[]> {
	const byMetric = new Map<string, FigurePoint<Sheet>[]>();
	for (const sheet of sheets) {
		for (const fact of sheet.data.facts) {
			const when = fact.asOf ?? fact.date;
			// Verification guarantees claimant and date for every figure.
			if (!fact.figure || !fact.claimant || !when) continue;
			const point = { sheet, fact, figure: fact.figure, claimant: fact.claimant, when };
			const list = byMetric.get(fact.figure.metric);
			if (list) list.push(point);
			else byMetric.set(fact.figure.metric, [point]);
		}
	}
	for (const [metric, points] of byMetric) byMetric.set(metric, orderFigures(points));
	return byMetric;
}
