/**
 * Figures and the timeline on a built fixture (issue 16, Deliver 3, and the
 * timeline listing some events twice): values with qualifier and unit, one
 * order for table, chart and timeline that respects `supersedes` and
 * partial dates, a line and a legend entry per claimant, labels never cut,
 * two chart layouts, the Dataset description, one timeline entry per event.
 * The fixture: tests/helpers/fig-fixture.ts.
 */
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';
import { prepareFigureFixture, VOLUNTEERS } from '../helpers/fig-fixture.ts';
import { schemaOrgProblems } from '../helpers/schema-org.ts';

let site: FixtureSite;
const page = (path: string) => parse(readPage(site, path));
const text = (element: { text: string }) => element.text.replace(/\s+/g, ' ').trim();

beforeAll(() => {
	site = prepareFigureFixture('fig-figures');
	const result = buildFixture(site);
	expect(result.status, result.output.slice(-3000)).toBe(0);
}, 300_000);

describe('a figure page', () => {
	it('lists the values in one order: by the last day each date can mean, a value after the one it supersedes', () => {
		const rows = page('figures/flooded-homes/').querySelectorAll('table.figures tbody tr').map((row) => row.querySelectorAll('td').slice(0, 3).map(text).join(' · '));
		expect(rows).toEqual([
			'3 March 2026 · at least 1,204 homes · Acme Institute',
			'March 2026 · 1,300 homes · harbour officials',
			'March 2026 · 1,250 homes · The Daily Harbour',
			`March 2026 · as many as 2,400 homes · ${VOLUNTEERS}`,
			// It supersedes the count of 3 March, and comes after it, as on the chart.
			'March 2026 · at least 1,390 homes · Acme Institute',
		]);
	});

	it('draws the chart twice, wide and narrow, each month as a bar labelled with the month, never an invented day', () => {
		const charts = page('figures/flooded-homes/').querySelectorAll('.chart svg[role="group"]');
		expect(charts.map((svg) => [svg.getAttribute('class'), svg.getAttribute('width')])).toEqual([
			['chart-wide', '640'],
			['chart-narrow', '340'],
		]);
		for (const svg of charts) {
			expect(svg.querySelectorAll('.axis text').map(text).filter((tick) => /[A-Za-z]/.test(tick))).toEqual(['3 Mar 2026', 'March 2026']);
			expect(svg.querySelectorAll('line.span')).toHaveLength(4);
			expect(svg.querySelectorAll('circle.imprecise')).toHaveLength(4);
		}
	});

	it('joins each claimant’s values by one line and names every claimant in full in the legend', () => {
		const chart = page('figures/flooded-homes/').querySelector('.chart')!;
		expect(chart.querySelectorAll('svg.chart-wide polyline.series-line')).toHaveLength(1);
		expect(chart.querySelectorAll('.chart-legend li').map(text)).toEqual(['Acme Institute', 'harbour officials', 'The Daily Harbour', VOLUNTEERS]);
	});

	it('labels each value with its qualifier and unit, and the last of a series with its claimant, wrapped, never cut', () => {
		const labels = page('figures/flooded-homes/')
			.querySelectorAll('svg.chart-narrow .point-label')
			.map((label) => label.querySelectorAll('tspan').map(text).join(' '));
		expect(labels).toEqual([
			'at least 1,204 homes',
			'1,300 homes (harbour officials)',
			'1,250 homes (The Daily Harbour)',
			`as many as 2,400 homes (${VOLUNTEERS})`,
			'at least 1,390 homes (Acme Institute)',
		]);
		expect(page('figures/flooded-homes/').querySelector('svg.chart-narrow')!.toString()).not.toContain('…');
	});

	it('describes the page as a schema.org Dataset measuring the metric', () => {
		const data = JSON.parse(page('figures/flooded-homes/').querySelector('script[type="application/ld+json"]')!.text);
		expect(schemaOrgProblems(data)).toEqual([]);
		expect(data.mainEntity).toMatchObject({ '@type': 'Dataset', name: 'Flooded homes', variableMeasured: { '@type': 'PropertyValue', unitText: 'homes' } });
	});
});

describe('the timeline', () => {
	it('lists an event written on two sheets once, naming both, each linking to its own fact', () => {
		const entries = page('timeline/').querySelectorAll('ol.timeline > li');
		const pier = entries.filter((entry) => text(entry).includes('pier would close'));
		expect(pier).toHaveLength(1);
		expect(pier[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2026-03-20');
		expect(text(pier[0]!.querySelector('.timeline-text')!)).toBe(
			'Acme Institute: The institute and the harbour board warned on 20 March 2026 that the pier would close again. (also on Harbour Board) [source]',
		);
		expect(pier[0]!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
			'/organisations/acme-institute/',
			'/organisations/acme-institute/#pier-warning',
			'/organisations/harbour-board/#pier-warning',
			'/sources/tide-survey/',
		]);
	});

	it('orders events as figures are ordered: a month after the days within it', () => {
		const dates = page('timeline/').querySelectorAll('ol.timeline > li time').map((time) => time.getAttribute('datetime'));
		expect(dates).toEqual(['2019', '2026-03-03', '2026-03-20', '2026-03', '2026-03', '2026-03', '2026-03']);
	});
});
