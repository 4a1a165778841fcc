/**
 * The figure chart's labels (issue 16, Deliver 3): wrapped, never cut, clear
 * of each other and inside the drawing, in both layouts; one line per
 * claimant (src/lib/charts/).
 */
import { describe, expect, it } from 'vitest';
import { chartGeometry, NARROW_CHART, WIDE_CHART, type ChartGeometry, type ChartInput } from '../../src/lib/charts/figure-chart.ts';
import { placeLabels } from '../../src/lib/charts/labels.ts';
import { boxesOverlap, boxInside, textWidth, wrapText } from '../../src/lib/charts/text.ts';
import { englishUi } from '../helpers/ui.ts';

const text = { format: englishUi.format, named: (value: string, claimant: string) => englishUi.t('figures.point', { value, label: claimant }) };
const VOLUNTEERS = 'A group of volunteers gathering reports from their neighbours along the harbour';
const point = (when: string, value: number, shown: string, series: string, href: string): ChartInput => ({ when, value, text: shown, series, seriesLabel: series, label: series, href });
/** A crowded month like the real site's (tests/site/fig-real-chart.test.ts has its own): four values in January 2026, 4,519 and 5,000 nearly level, one on 8 February. */
const homes = [
	point('2026-01', 4519, '4,519 homes', 'Acme Institute', '#a'),
	point('2026-01', 5000, '5,000 homes', 'harbour officials', '#b'),
	point('2026-01', 30000, 'as many as 30,000 homes', VOLUNTEERS, '#c'),
	point('2026-01', 16500, 'at least 16,500 homes', 'The Daily Harbour', '#d'),
	point('2026-02-08', 6961, '6,961 homes', 'Acme Institute', '#e'),
];

function expectClear(geometry: ChartGeometry) {
	const boxes = geometry.points.map((p) => p.labelPlace.box);
	const drawing = { x: 0, y: 0, width: geometry.width, height: geometry.height };
	for (const [i, box] of boxes.entries()) {
		expect(boxInside(box, drawing), `label ${i} inside the drawing`).toBe(true);
		expect(box.x, `label ${i} clear of the y axis`).toBeGreaterThanOrEqual(geometry.plot.left);
		for (const other of boxes.slice(i + 1)) expect(boxesOverlap(box, other)).toBe(false);
		for (const mark of geometry.points) expect(boxesOverlap(box, { x: mark.x - 6, y: mark.y - 6, width: 12, height: 12 })).toBe(false);
	}
	expect(geometry.points.some((p) => p.labelPlace.crowded)).toBe(false);
	const ticks = geometry.xTicks.map((tick) => ({ x: tick.position - textWidth(tick.text, geometry.fontSize) / 2, y: tick.baseline - geometry.fontSize, width: textWidth(tick.text, geometry.fontSize), height: geometry.fontSize }));
	for (const [i, tick] of ticks.entries()) {
		expect(boxInside(tick, drawing)).toBe(true);
		for (const other of ticks.slice(i + 1)) expect(boxesOverlap(tick, other)).toBe(false);
	}
}

describe('wrapping a label', () => {
	it('breaks at spaces within the width and keeps every word', () => {
		const lines = wrapText(`as many as 30,000 people killed (${VOLUNTEERS})`, 195, 13);
		expect(lines.join(' ')).toBe(`as many as 30,000 people killed (${VOLUNTEERS})`);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(195);
	});
	it('keeps a word wider than the line whole, on a line of its own', () => {
		expect(wrapText('a Supercalifragilisticexpialidocious b', 40, 13)).toEqual(['a', 'Supercalifragilisticexpialidocious', 'b']);
	});
});

describe('placing labels', () => {
	const space = { bounds: { x: 0, y: 0, width: 300, height: 200 }, obstacles: [], offset: 10, gap: 2, step: 8 };
	it('puts a label beside its point when there is room, and the next one elsewhere when not', () => {
		const label = { x: 100, y: 100, lines: ['4,519'], width: 40, height: 16 };
		const [first, second] = placeLabels([label, { ...label, y: 103, lines: ['5,000'] }], space);
		expect(first!.box).toEqual({ x: 110, y: 92, width: 40, height: 16 });
		expect(first!.anchor).toBe('start');
		expect(boxesOverlap(first!.box, second!.box, 2)).toBe(false);
		expect(second!.crowded).toBe(false);
	});
	it('moves a label up or down the side, with a leader line, rather than overlap', () => {
		const label = { x: 150, y: 100, lines: ['x'], width: 120, height: 16 };
		const placed = placeLabels([label, label, label, label, label, label, label], space);
		for (const [i, one] of placed.entries()) for (const other of placed.slice(i + 1)) expect(boxesOverlap(one.box, other.box)).toBe(false);
		expect(placed.at(-1)!.leader).toBeDefined();
		expect(placed.every((one) => !one.crowded)).toBe(true);
	});
	it('says so when nothing fits, rather than leave the drawing', () => {
		const placed = placeLabels([{ x: 10, y: 10, lines: ['x'], width: 50, height: 30 }], { ...space, bounds: { x: 0, y: 0, width: 40, height: 40 } });
		expect(placed[0]!.crowded).toBe(true);
	});
});

describe('a chart of a crowded month', () => {
	for (const [name, layout] of [['wide', WIDE_CHART], ['narrow', NARROW_CHART]] as const) {
		it(`labels 4,519 and 5,000 and the volunteers' estimate clear of each other, whole and inside the ${name} drawing`, () => {
			const geometry = chartGeometry(homes, text, layout);
			expectClear(geometry);
			const labels = geometry.points.map((p) => p.labelLines.join(' '));
			expect(labels).toEqual([
				'4,519 homes',
				'5,000 homes (harbour officials)',
				`as many as 30,000 homes (${VOLUNTEERS})`,
				'at least 16,500 homes (The Daily Harbour)',
				'6,961 homes (Acme Institute)',
			]);
		});
	}
	it('draws one line per claimant with more than one value, and lists every claimant once', () => {
		const geometry = chartGeometry(homes, text);
		expect(geometry.series.map((series) => [series.label, series.line !== undefined])).toEqual([
			['Acme Institute', true],
			['harbour officials', false],
			[VOLUNTEERS, false],
			['The Daily Harbour', false],
		]);
		expect(geometry.points.map((p) => p.seriesIndex)).toEqual([0, 1, 2, 3, 0]);
		// A value labelled alone is named with its claimant too, its label's words first (WCAG 2.5.3); a named label is the name as it stands.
		expect(geometry.points.map((p) => p.accessibleName)).toEqual(['4,519 homes (Acme Institute)', undefined, undefined, undefined, undefined]);
	});
	it('sets text at 13 units and never wider than the layout, so a 390 px phone shows it at 12 CSS px or more', () => {
		// A 390 px screen leaves 358 px of column (1rem padding each side); the narrow drawing is 340 units wide, so it is not scaled down.
		expect(NARROW_CHART.width).toBeLessThanOrEqual(358);
		expect(chartGeometry(homes, text, NARROW_CHART).fontSize).toBeGreaterThanOrEqual(12);
	});
	it('labels crowded x ticks on a second row instead of overprinting them', () => {
		const geometry = chartGeometry([point('2026-01-08', 1, '1', 'a', '#'), point('2026-01-09', 2, '2', 'a', '#'), point('2026-01-10', 3, '3', 'a', '#'), point('2026-03-01', 4, '4', 'a', '#')], text, NARROW_CHART);
		expect(new Set(geometry.xTicks.map((tick) => tick.baseline)).size).toBeGreaterThan(1);
		expectClear(geometry);
	});
});
