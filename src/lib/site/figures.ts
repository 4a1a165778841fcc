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

/**
 * Every figure of every metric, each metric's values oldest first. Values
 * that differ by claimant or date are all kept: none overwrites another.
 */
export function indexFigures<Sheet extends { readonly data: { readonly facts: readonly Fact[] } }>(
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
	for (const points of byMetric.values()) points.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0));
	return byMetric;
}
