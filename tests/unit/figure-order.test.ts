/**
 * One order for a metric's values (issue 16, item 3): dates of different
 * precision compared by the last day they can mean, and `supersedes` above
 * dates (src/lib/site/figures.ts).
 */
import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../src/lib/charts/figure-chart.ts';
import { compareFigureDates, indexFigures, lastDayOf } from '../../src/lib/site/figures.ts';
import { formatFigureWithUnit } from '../../src/lib/site/format.ts';
import { sheetSchema, type SheetInput } from '../../src/schemas/index.ts';
import { englishUi } from '../helpers/ui.ts';

const cite = [{ source: 's', quote: 'q' }];
const figure = (id: string, value: number, asOf: string, extra: Record<string, unknown> = {}) => ({
	id,
	statement: `${value}`,
	asOf,
	figure: { metric: 'flooded-homes', value, qualifier: 'exact' as const },
	claimant: { party: 'the institute' },
	citations: cite,
	...extra,
});
const sheet = (slug: string, facts: SheetInput['facts']) => ({ slug, data: sheetSchema.parse({ name: slug, kind: 'organisation', description: 'd', facts }) });
const order = (...sheets: ReturnType<typeof sheet>[]) => indexFigures(sheets).get('flooded-homes')?.map((point) => `${point.when} ${point.figure.value}`);

describe('the order of figures', () => {
	it('gives the last day a date can mean', () => {
		expect([lastDayOf('2026-02-08'), lastDayOf('2026-02'), lastDayOf('2024-02'), lastDayOf('2025')]).toEqual(['2026-02-08', '2026-02-28', '2024-02-29', '2025-12-31']);
	});
	it('puts a month after its days, a year after its months, and the more precise of dates that end alike last', () => {
		const dates = ['2026', '2026-02', '2026-02-08', '2026-12-31', '2026-01-31', '2026-01'];
		expect([...dates].sort(compareFigureDates)).toEqual(['2026-01', '2026-01-31', '2026-02-08', '2026-02', '2026', '2026-12-31']);
	});
	it('lists the same order in every table and chart: by date', () => {
		expect(order(sheet('harbour-report', [figure('in-february', 7002, '2026-02'), figure('on-8-february', 6961, '2026-02-08'), figure('in-2025', 100, '2025')]))).toEqual([
			'2025 100',
			'2026-02-08 6961',
			'2026-02 7002',
		]);
	});
	it('puts a value after the one it supersedes, whatever their dates', () => {
		expect(
			order(
				sheet('harbour-report', [
					figure('revised', 1204, '2026-03-01', { supersedes: 'first-count' }),
					figure('first-count', 1100, '2026-03-03'),
					figure('final', 1300, '2026-02-20', { supersedes: 'revised' }),
				]),
				sheet('acme-institute', [figure('other', 900, '2026-03-02')]),
			),
		).toEqual(['2026-03-02 900', '2026-03-03 1100', '2026-03-01 1204', '2026-02-20 1300']);
	});
	it('stops on a cycle of supersedes', () => {
		expect(order(sheet('harbour-report', [figure('a', 1, '2026-01-01', { supersedes: 'b' }), figure('b', 2, '2026-01-02', { supersedes: 'a' })]))).toHaveLength(2);
	});
});

describe('the figure chart', () => {
	const input = (when: string, value: number, text: string) => ({ when, value, text, series: 'institute', seriesLabel: 'the institute', label: 'the institute', href: '#x' });
	const chartText = { format: englishUi.format, named: (value: string, claimant: string) => `${value} (${claimant})` };
	it('draws a month or a year as a bar across it, labelled at its own precision, and a day as a dot on its day', () => {
		const geometry = chartGeometry([input('2026-01-08', 4519, '4,519 homes'), input('2026-02', 7002, 'at least 7,002 homes'), input('2025', 100, 'about 100 homes')], chartText);
		expect(geometry.xTicks.map((tick) => tick.text)).toEqual(['2025', '8 Jan 2026', 'February 2026']);
		const [day, month, year] = geometry.points;
		expect(day!.span).toBeUndefined();
		// The bar runs from the first day of the period to the first day after it; the axis holds it whole.
		const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
		const [first, last] = [dayOf('2025-01-01'), dayOf('2026-03-01')];
		const pad = (last - first) * 0.08;
		const x = (date: string) => geometry.plot.left + ((dayOf(date) - (first - pad)) / (last - first + 2 * pad)) * (geometry.plot.right - geometry.plot.left);
		expect(month!.span!.from).toBeCloseTo(x('2026-02-01'), 0);
		expect(month!.span!.to).toBeCloseTo(x('2026-03-01'), 0);
		expect(year!.span!.from).toBeCloseTo(x('2025-01-01'), 0);
		expect(year!.span!.to).toBeCloseTo(x('2026-01-01'), 0);
		expect(geometry.points.every((point) => point.x >= geometry.plot.left && point.x <= geometry.plot.right)).toBe(true);
		expect(year!.span!.from).toBeGreaterThanOrEqual(geometry.plot.left);
		expect(month!.span!.to).toBeLessThanOrEqual(geometry.plot.right);
	});
	it('keeps the value as a reader reads it for the label', () => {
		expect(chartGeometry([input('2026-02-08', 6961, 'at least 6,961 deaths')], chartText).points[0]!.text).toBe('at least 6,961 deaths');
	});
});

describe('a figure with its unit', () => {
	it('writes the unit after the number, and none after a vague count', () => {
		expect(formatFigureWithUnit({ metric: 'm' as never, value: 7002, qualifier: 'at-least' }, 'deaths', englishUi)).toBe('at least 7,002 deaths');
		expect(formatFigureWithUnit({ metric: 'm' as never, value: 119, qualifier: 'exact' }, 'per cent', englishUi)).toBe('119 per cent');
		expect(formatFigureWithUnit({ metric: 'm' as never, qualifier: 'hundreds' }, 'arrests', englishUi)).toBe('hundreds');
		expect(formatFigureWithUnit({ metric: 'm' as never, value: 40, qualifier: 'nearly' }, undefined, englishUi)).toBe('nearly 40');
	});
});
