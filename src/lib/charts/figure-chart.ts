import type { PartialDate } from '../../schemas/index.ts';

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

function dayLabel(dayNumber: number): string {
	const date = new Date(dayNumber * 86_400_000);
	return `${date.getUTCDate()} ${date.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${date.getUTCFullYear()}`;
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

/** Lays out a dot chart of values over time; the y axis starts at zero so sizes compare honestly. */
export function chartGeometry(inputs: readonly ChartInput[], size = { width: 640, height: 320 }): ChartGeometry {
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
	for (let value = 0; value <= top + step / 2; value += step) yTicks.push({ position: y(value), text: value.toLocaleString('en-GB') });
	const distinctDays = [...new Set(days)].sort((a, b) => a - b);
	const xTicks = distinctDays.map((day) => ({ position: x(day), text: dayLabel(day) }));
	return {
		width: size.width,
		height: size.height,
		plot,
		points: inputs.map((input, i) => ({ ...input, x: x(days[i] as number), y: y(input.value) })),
		yTicks,
		xTicks,
	};
}
