import type { PartialDate } from '../../schemas/index.ts';
import type { Formats } from '../i18n/format.ts';

/** A value to plot: when, how much, and the label of whoever reported it. */
export interface ChartInput {
	readonly when: PartialDate;
	readonly value: number;
	/** The value as a reader reads it, with its qualifier and unit ("at least 7,002 deaths"). */
	readonly text: string;
	readonly label: string;
	/** Where the point links to (the fact). */
	readonly href: string;
}

export interface ChartPoint extends ChartInput {
	readonly x: number;
	readonly y: number;
	/** Where the point's label goes, clear of the other labels and inside the drawing. */
	readonly labelX: number;
	readonly labelY: number;
	readonly labelAnchor: 'start' | 'end';
	/** For a value known only to the month or the year: the stretch of the x axis it covers, drawn as a bar instead of a dot on an invented day. */
	readonly span?: { readonly from: number; readonly to: number };
}

export interface ChartTick {
	readonly position: number;
	readonly text: string;
}

export interface ChartGeometry {
	readonly width: number;
	readonly height: number;
	readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
	readonly points: readonly ChartPoint[];
	readonly yTicks: readonly ChartTick[];
	readonly xTicks: readonly ChartTick[];
}

/**
 * A partial date as a day number for plotting: a day is itself, a month its
 * 15th, a year its 1 July — the middle of what the source allows, where the
 * label of a month's or a year's bar (`periodDays`) goes.
 */
export function dateToDay(date: PartialDate): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
	return Date.UTC(year, (month ?? 7) - 1, day ?? (month === undefined ? 1 : 15)) / 86_400_000;
}

/** The days a month or a year covers, as day numbers from its first day to the first day after it; undefined for a day. */
export function periodDays(date: PartialDate): { from: number; to: number } | undefined {
	const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
	if (day !== undefined) return undefined;
	const from = Date.UTC(year, (month ?? 1) - 1, 1) / 86_400_000;
	const to = (month === undefined ? Date.UTC(year + 1, 0, 1) : Date.UTC(year, month, 1)) / 86_400_000;
	return { from, to };
}

/** A round step (1, 2 or 5 times a power of ten) giving about `count` ticks up to `max`. */
export function niceStep(max: number, count = 5): number {
	if (max <= 0) return 1;
	const raw = max / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const scaled = raw / power;
	return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * Lays out a dot chart of values over time; the y axis starts at zero so
 * sizes compare honestly. `format` writes the axes' numbers and days in the
 * site's language.
 */
export function chartGeometry(inputs: readonly ChartInput[], format: Formats, size = { width: 640, height: 320 }): ChartGeometry {
	const plot = { left: 72, top: 20, right: size.width - 24, bottom: size.height - 48 };
	const days = inputs.map((input) => dateToDay(input.when));
	const periods = inputs.map((input) => periodDays(input.when));
	// The axis covers every bar whole, not only the middles of months and years.
	let minDay = Math.min(...days, ...periods.map((period) => period?.from ?? Infinity));
	let maxDay = Math.max(...days, ...periods.map((period) => period?.to ?? -Infinity));
	if (minDay === maxDay) {
		minDay -= 15;
		maxDay += 15;
	} else {
		const pad = (maxDay - minDay) * 0.08;
		minDay -= pad;
		maxDay += pad;
	}
	const step = niceStep(Math.max(...inputs.map((input) => input.value), 1));
	const top = Math.ceil(Math.max(...inputs.map((input) => input.value), 1) / step) * step;
	const x = (day: number) => round(plot.left + ((day - minDay) / (maxDay - minDay)) * (plot.right - plot.left));
	const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
	const yTicks: ChartTick[] = [];
	for (let value = 0; value <= top + step / 2; value += step) yTicks.push({ position: y(value), text: format.number(value) });
	// One tick per date as precise as the source gives it: "8 Feb 2026", "February 2026", "2025", never an invented day.
	const distinct = [...new Set(inputs.map((input) => input.when))].sort((a, b) => dateToDay(a) - dateToDay(b));
	const xTicks = distinct.map((when) => ({ position: x(dateToDay(when)), text: periodDays(when) ? format.date(when) : format.shortDay(new Date(dateToDay(when) * 86_400_000)) }));
	const placed = inputs.map((input, i) => {
		const period = periods[i];
		return { ...input, x: x(days[i] as number), y: y(input.value), ...(period ? { span: { from: x(period.from), to: x(period.to) } } : {}) };
	});
	return {
		width: size.width,
		height: size.height,
		plot,
		points: placeLabels(placed, plot),
		yTicks,
		xTicks,
	};
}

/** The smallest vertical gap between two labels in the same column. */
const LABEL_GAP = 15;

/**
 * Places each label beside its point: to the right in the left half of the
 * plot, to the left in the right half (so no label runs off the drawing),
 * and, among labels whose points share a column, pushed apart vertically so
 * none overlaps another.
 */
export function placeLabels(
	points: readonly (ChartInput & { x: number; y: number; span?: NonNullable<ChartPoint['span']> })[],
	plot: ChartGeometry['plot'],
): ChartPoint[] {
	const middle = (plot.left + plot.right) / 2;
	const result = points.map((point) => ({
		...point,
		labelAnchor: (point.x > middle ? 'end' : 'start') as 'start' | 'end',
		labelX: round(point.x > middle ? point.x - 10 : point.x + 10),
		labelY: round(point.y - 8),
	}));
	const columns = new Map<number, typeof result>();
	for (const point of result) {
		const column = columns.get(point.x);
		if (column) column.push(point);
		else columns.set(point.x, [point]);
	}
	for (const column of columns.values()) {
		column.sort((a, b) => a.labelY - b.labelY);
		for (let i = 1; i < column.length; i++) {
			const above = column[i - 1] as (typeof result)[number];
			const current = column[i] as (typeof result)[number];
			if (current.labelY - above.labelY < LABEL_GAP) current.labelY = round(above.labelY + LABEL_GAP);
		}
		// A label pushed below the axis comes back up, pushing the others up with it.
		const overflow = (column[column.length - 1]?.labelY ?? 0) - (plot.bottom - 4);
		if (overflow > 0) for (const point of column) point.labelY = round(point.labelY - overflow);
	}
	return result;
}
