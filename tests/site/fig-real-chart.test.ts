/**
 * This site's own crowded chart (issue 16, Deliver 3): the protest deaths
 * reported for January 2026 — 4,519 and 5,000 nearly level, the doctors'
 * estimate with its long claimant — and HRANA's count of 8 February, laid
 * out in both layouts with every label whole, inside the drawing and clear
 * of the others. The generator's own tests use the fixtures' names
 * (tests/unit/fig-chart-labels.test.ts); this one may name the story.
 */
import { describe, expect, it } from 'vitest';
import { chartGeometry, NARROW_CHART, WIDE_CHART, type ChartInput } from '../../src/lib/charts/figure-chart.ts';
import { boxesOverlap, boxInside } from '../../src/lib/charts/text.ts';
import { englishUi } from '../helpers/ui.ts';

const DOCTORS = 'A group of doctors gathering information from their colleagues inside Iran';
const point = (when: string, value: number, text: string, series: string, seriesLabel: string): ChartInput => ({ when, value, text, series, seriesLabel, label: seriesLabel, href: '#' });
const deaths = [
	point('2026-01', 4519, '4,519 people killed', 'hrana', 'HRANA'),
	point('2026-01', 5000, '5,000 people killed', 'party:Iranian officials', 'Iranian officials'),
	point('2026-01', 30000, 'as many as 30,000 people killed', `party:${DOCTORS}`, DOCTORS),
	point('2026-01', 16500, 'at least 16,500 people killed', 'the-sunday-times', 'The Sunday Times'),
	point('2026-02-08', 6961, '6,961 people killed', 'hrana', 'HRANA'),
];
const text = { format: englishUi.format, named: (value: string, claimant: string) => englishUi.t('figures.point', { value, label: claimant }) };

describe('the protest-deaths chart', () => {
	it.each([['wide', WIDE_CHART], ['narrow', NARROW_CHART]] as const)('labels every value whole, apart and inside the %s drawing', (_name, layout) => {
		const geometry = chartGeometry(deaths, text, layout);
		expect(geometry.points.map((p) => p.labelLines.join(' '))).toEqual([
			'4,519 people killed',
			'5,000 people killed (Iranian officials)',
			`as many as 30,000 people killed (${DOCTORS})`,
			'at least 16,500 people killed (The Sunday Times)',
			'6,961 people killed (HRANA)',
		]);
		const boxes = geometry.points.map((p) => p.labelPlace.box);
		for (const [i, box] of boxes.entries()) {
			expect(boxInside(box, { x: geometry.plot.left, y: 0, width: geometry.width - geometry.plot.left, height: geometry.height })).toBe(true);
			for (const other of boxes.slice(i + 1)) expect(boxesOverlap(box, other)).toBe(false);
		}
		expect(geometry.points.some((p) => p.labelPlace.crowded)).toBe(false);
		// HRANA's two counts are one series, drawn as one line.
		expect(geometry.series.filter((series) => series.line).map((series) => series.label)).toEqual(['HRANA']);
	});
});
