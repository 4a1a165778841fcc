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
	let last = lastDays.get(date);
	if (last === undefined) lastDays.set(date, (last = computeLastDay(date)));
	return last;
}

/** Each date's last day, worked out once: every comparison of a sort asks for two (the site has few distinct dates). */
const lastDays = new Map<string, string>();

function computeLastDay(date: PartialDate): string {
	const [year, month] = date.split('-').map(Number) as [number, number | undefined];
	if (date.length === 10) return date;
	if (month === undefined) return `${year}-12-31`;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${date}-${String(last).padStart(2, '0')}`;
}

/**
 * The order of dates of different precision, for figures and the timeline
 * alike: by the last day each can mean, so a value "as of February 2026" comes after one as of 8 February
 * (the month may run to its end), and a year after its months; dates that end
 * alike, the more precise (the later start) last.
 */
export function compareFigureDates(a: PartialDate, b: PartialDate): number {
	const [endA, endB] = [lastDayOf(a), lastDayOf(b)];
	if (endA !== endB) return endA < endB ? -1 : 1;
	return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Items in the one order every table, chart and timeline shows: by date
 * (`compareFigureDates`), and an item that supersedes another (a later
 * report on the same sheet) after the one it supersedes, whatever their
 * dates say. An item answers to one or more `keys` (`sheet#fact`) and names
 * the keys it `supersedes`. The sort is stable: items alike keep their order.
 */
export function orderByDate<Item>(
	items: readonly Item[],
	when: (item: Item) => PartialDate,
	keys: (item: Item) => readonly string[],
	supersedes: (item: Item) => readonly string[],
): Item[] {
	const ordered = [...items].sort((a, b) => compareFigureDates(when(a), when(b)));
	// The items each item supersedes, found once by key: a scan of every item's keys for each superseding item,
	// on every pass, made the site-wide timeline of 10,000 sheets take over a minute to order.
	const byKey = new Map<string, Item[]>();
	for (const item of items) for (const key of keys(item)) byKey.set(key, [...(byKey.get(key) ?? []), item]);
	const superseded = new Map<Item, Item[]>();
	for (const item of items) {
		const earlier = supersedes(item);
		if (earlier.length > 0) superseded.set(item, [...new Set(earlier.flatMap((key) => byKey.get(key) ?? []))]);
	}
	// Each pass moves a superseding item to just after the item it supersedes; a chain of n needs at most n passes, and a cycle (each superseding the other) stops after as many.
	for (let pass = 0; pass < ordered.length; pass++) {
		let moved = false;
		for (let i = 0; i < ordered.length; i++) {
			const item = ordered[i] as Item;
			const targets = superseded.get(item);
			if (targets === undefined) continue;
			// The last position of an item it supersedes (what findLastIndex over every item's keys gave).
			const last = Math.max(-1, ...targets.map((target) => ordered.lastIndexOf(target)));
			if (last > i) {
				ordered.splice(i, 1);
				ordered.splice(last, 0, item);
				moved = true;
			}
		}
		if (!moved) break;
	}
	return ordered;
}

/** A metric's values in the one order (`orderByDate`): by date, a value after the one it supersedes. */
export function orderFigures<Point extends FigurePoint<{ readonly slug: string }>>(points: readonly Point[]): Point[] {
	return orderByDate(
		points,
		(point) => point.when,
		(point) => [`${point.sheet.slug}#${point.fact.id}`],
		(point) => (point.fact.supersedes === undefined ? [] : [`${point.sheet.slug}#${point.fact.supersedes}`]),
	);
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
