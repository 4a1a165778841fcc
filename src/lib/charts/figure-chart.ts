import type { PartialDate } from '../../schemas/index.ts';
import type { Formats } from '../i18n/format.ts';
import { placeLabelsNearest, type PlacedLabel } from './labels.ts';
import { boxesOverlap, textWidth, wrapText, type Box } from './text.ts';

/** A value to plot: when, how much, and whose series it belongs to. */
export interface ChartInput {
	readonly when: PartialDate;
	readonly value: number;
	/** The value as a reader reads it, with its qualifier and unit ("at least 7,002 deaths"). */
	readonly text: string;
	/** The claimant's series: values with the same key are joined by one line. */
	readonly series: string;
	/** The claimant's name as the chart writes it beside the series' last value. */
	readonly seriesLabel: string;
	/** The claimant's name in full, for the point's accessible name. */
	readonly label: string;
	/** Where the point links to (the fact). */
	readonly href: string;
}

export interface ChartPoint extends ChartInput {
	readonly x: number;
	readonly y: number;
	/** The position of its series in `ChartGeometry.series`, which gives its colour and dash. */
	readonly seriesIndex: number;
	/** For a value known only to the month or the year: the stretch of the x axis it covers, drawn as a bar instead of a dot on an invented day. */
	readonly span?: { readonly from: number; readonly to: number };
	/** Its label: the lines of text, where they go (clear of every other label and inside the drawing), and a leader line if it had to move away. */
	readonly labelLines: readonly string[];
	/**
	 * For a value labelled alone, its accessible name: the label's words first
	 * (WCAG 2.5.3, label in name), then the claimant's full name. A label that
	 * names its claimant is the point's name as it stands (undefined here).
	 */
	readonly accessibleName?: string;
	readonly labelPlace: PlacedLabel;
	/** Where the label's text is drawn: the anchor's x, and the baseline of its first line. */
	readonly labelX: number;
	readonly labelY: number;
}

/** One claimant's values in order, for its line and the legend. */
export interface ChartSeries {
	readonly key: string;
	/** The claimant's name in full, for the legend. */
	readonly label: string;
	/** The line through its values (`x,y` pairs), when it has more than one. */
	readonly line?: string;
}

export interface ChartTick {
	readonly position: number;
	/** The baseline of the tick's text (x ticks may take a second row when they would touch). */
	readonly baseline: number;
	readonly text: string;
}

export interface ChartGeometry {
	readonly width: number;
	readonly height: number;
	/** The size of the chart's text in the drawing's units; one unit is one CSS pixel while the drawing is not scaled down. */
	readonly fontSize: number;
	readonly lineHeight: number;
	readonly plot: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
	readonly points: readonly ChartPoint[];
	readonly series: readonly ChartSeries[];
	readonly yTicks: readonly ChartTick[];
	readonly xTicks: readonly ChartTick[];
}

/** The drawing's size; its text is `fontSize` units high. */
export interface ChartLayout {
	readonly width: number;
	readonly plotHeight: number;
	readonly fontSize: number;
}

/**
 * Two layouts of one chart. The drawing is never scaled up (src/styles/site.css),
 * and scaled down only a little, so its text stays at least 12 CSS px: the wide
 * one fills the 640 px text column; the narrow one, shown on screens narrower
 * than 40rem, fits a 390 px phone (358 px of column) at full size.
 */
export const WIDE_CHART: ChartLayout = { width: 640, plotHeight: 280, fontSize: 13 };
export const NARROW_CHART: ChartLayout = { width: 340, plotHeight: 320, fontSize: 13 };

/**
 * A partial date as a day number for plotting: a day is itself, a month its
 * 15th, a year its 1 July — the middle of what the source allows, where the
 * mark of a month's or a year's bar (`periodDays`) goes.
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
const MARK_RADIUS = 6;

/** How the chart writes its numbers and dates, and a series' last value with the claimant's name ("1,204 homes (Acme Institute)"). */
export interface ChartText {
	readonly format: Formats;
	readonly named: (value: string, claimant: string) => string;
}

/**
 * Places tick texts along the x axis, centred under their positions and kept
 * inside the drawing; a text that would touch the one before it goes down a row.
 */
function placeXTicks(ticks: readonly { position: number; text: string }[], layout: ChartLayout, top: number, lineHeight: number): ChartTick[] {
	const rows: Box[][] = [];
	return ticks.map((tick) => {
		const width = textWidth(tick.text, layout.fontSize);
		const x = Math.min(Math.max(tick.position - width / 2, 2), layout.width - 2 - width);
		let row = 0;
		for (; ; row++) {
			const box = { x, y: row * lineHeight, width, height: lineHeight };
			const taken = (rows[row] ??= []);
			if (taken.every((other) => !boxesOverlap(box, other, layout.fontSize / 2))) {
				taken.push(box);
				break;
			}
		}
		return { position: round(x + width / 2), baseline: round(top + layout.fontSize + row * lineHeight), text: tick.text };
	});
}

/**
 * Lays out a chart of values over time, one line per claimant; the y axis
 * starts at zero so sizes compare honestly. Each series' last value is
 * labelled with the claimant's name, the others with their value alone, and
 * every label is placed clear of the others (`placeLabels`), wrapped, never cut.
 */
export function chartGeometry(inputs: readonly ChartInput[], text: ChartText, layout: ChartLayout = WIDE_CHART): ChartGeometry {
	const { fontSize, width } = layout;
	const lineHeight = Math.round(fontSize * 1.25);
	const { format } = text;

	const step = niceStep(Math.max(...inputs.map((input) => input.value), 1));
	const top = Math.ceil(Math.max(...inputs.map((input) => input.value), 1) / step) * step;
	const yValues: number[] = [];
	for (let value = 0; value <= top + step / 2; value += step) yValues.push(value);
	const left = Math.ceil(Math.max(...yValues.map((value) => textWidth(format.number(value), fontSize)))) + 10;
	const plot = { left, top: lineHeight, right: width - 12, bottom: lineHeight + layout.plotHeight };

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
	const x = (day: number) => round(plot.left + ((day - minDay) / (maxDay - minDay)) * (plot.right - plot.left));
	const y = (value: number) => round(plot.bottom - (value / top) * (plot.bottom - plot.top));
	const yTicks = yValues.map((value) => ({ position: y(value), baseline: round(y(value) + fontSize * 0.35), text: format.number(value) }));

	// One tick per date as precise as the source gives it: "8 Feb 2026", "February 2026", "2025", never an invented day.
	const distinct = [...new Set(inputs.map((input) => input.when))].sort((a, b) => dateToDay(a) - dateToDay(b));
	const xTicks = placeXTicks(
		distinct.map((when) => ({ position: x(dateToDay(when)), text: periodDays(when) ? format.date(when) : format.shortDay(new Date(dateToDay(when) * 86_400_000)) })),
		layout,
		plot.bottom + 6,
		lineHeight,
	);

	const seriesKeys = [...new Set(inputs.map((input) => input.series))];
	const lastOfSeries = new Map(inputs.map((input, i) => [input.series, i]));
	const placed = inputs.map((input, i) => {
		const period = periods[i];
		const named = lastOfSeries.get(input.series) === i;
		const label = named ? text.named(input.text, input.seriesLabel) : input.text;
		return { input, label, accessibleName: named ? undefined : text.named(input.text, input.label), x: x(days[i] as number), y: y(input.value), span: period ? { from: x(period.from), to: x(period.to) } : undefined };
	});

	const maxLabelWidth = Math.min((plot.right - plot.left) * 0.6, fontSize * 15);
	const requests = placed.map((point) => {
		const lines = wrapText(point.label, maxLabelWidth, fontSize);
		return { x: point.x, y: point.y, lines, width: Math.max(...lines.map((line) => textWidth(line, fontSize))), height: lines.length * lineHeight };
	});
	const obstacles: Box[] = placed.map((point) => ({ x: point.x - MARK_RADIUS, y: point.y - MARK_RADIUS, width: 2 * MARK_RADIUS, height: 2 * MARK_RADIUS }));
	const bars: Box[] = placed.flatMap((point) => (point.span ? [{ x: point.span.from, y: point.y - 2, width: point.span.to - point.span.from, height: 4 }] : []));
	// A series' line, as small boxes along it: labels keep off it where they can, as off the bars.
	for (const key of new Set(placed.map((point) => point.input.series))) {
		const own = placed.filter((point) => point.input.series === key);
		for (let i = 1; i < own.length; i++) {
			const [from, to] = [own[i - 1] as (typeof own)[number], own[i] as (typeof own)[number]];
			const steps = Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 6);
			for (let k = 0; k <= steps; k++) bars.push({ x: from.x + ((to.x - from.x) * k) / steps - 1.5, y: from.y + ((to.y - from.y) * k) / steps - 1.5, width: 3, height: 3 });
		}
	}
	const places = placeLabelsNearest(requests, {
		bounds: { x: plot.left + 2, y: 2, width: width - 4 - plot.left, height: plot.bottom - 4 },
		obstacles,
		avoid: bars,
		offset: MARK_RADIUS + 4,
		gap: 2,
		step: lineHeight / 2,
	});

	const points: ChartPoint[] = placed.map((point, i) => {
		const place = places[i] as PlacedLabel;
		const { box } = place;
		return {
			...point.input,
			x: point.x,
			y: point.y,
			seriesIndex: seriesKeys.indexOf(point.input.series),
			...(point.span ? { span: point.span } : {}),
			labelLines: (requests[i] as (typeof requests)[number]).lines,
			...(point.accessibleName === undefined ? {} : { accessibleName: point.accessibleName }),
			labelPlace: place,
			labelX: round(place.anchor === 'start' ? box.x : place.anchor === 'end' ? box.x + box.width : box.x + box.width / 2),
			// The first baseline sits one ascent (about 0.8 em) below the box's top, centred in its line.
			labelY: round(box.y + (lineHeight - fontSize) / 2 + fontSize * 0.8),
		};
	});
	const series = seriesKeys.map((key) => {
		const own = points.filter((point) => point.series === key);
		return { key, label: (own[0] as ChartPoint).label, ...(own.length > 1 ? { line: own.map((point) => `${point.x},${point.y}`).join(' ') } : {}) };
	});
	const height = Math.ceil(Math.max(plot.bottom, ...xTicks.map((tick) => tick.baseline)) + lineHeight / 2);
	return { width, height, fontSize, lineHeight, plot, points, series, yTicks, xTicks };
}
