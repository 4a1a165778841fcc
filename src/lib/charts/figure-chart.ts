import type { PartialDate } from '../../schemas/index.ts';
import type { Formats } from '../i18n/format.ts';

/** A value to plot: when, how much, and the label of whoever reported it. */
export interface ChartInput {
	readonly when: PartialDate;
	readonly value: number;
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
 * 15th, a year its 1 July — the middle of what the source allows, so that a
 * month-precise figure is not drawn as if it were known to the day.
 */
export function dateToDay(date: PartialDate): number {
	const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
	return Date.UTC(year, (month ?? 7) - 1, day ?? (month === undefined ? 1 : 15)) / 86_400_000;
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
	let minDay = Math.min(...days);
	let maxDay = Math.max(...days);
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
	const distinctDays = [...new Set(days)].sort((a, b) => a - b);
	const xTicks = distinctDays.map((day) => ({ position: x(day), text: format.shortDay(new Date(day * 86_400_000)) }));
	const placed = inputs.map((input, i) => ({ ...input, x: x(days[i] as number), y: y(input.value) }));
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
	points: readonly (ChartInput & { x: number; y: number })[],
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
