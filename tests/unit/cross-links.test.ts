import { describe, expect, it } from 'vitest';
import { englishUi } from '../helpers/ui.ts';
import { validSite } from '../helpers/project.ts';
import { chartGeometry, dateToDay, niceStep } from '../../src/lib/charts/figure-chart.ts';
import { adjacency, bestConnected, buildEdges, edgesAmong, edgesBySheet } from '../../src/lib/graph/edges.ts';
import { forceLayout, radialLayout } from '../../src/lib/graph/layout.ts';
import { LinkResolver } from '../../src/lib/links/resolver.ts';
import { bodyLinks, parseBody } from '../../src/lib/body/index.ts';
import { positionAt } from '../../src/lib/links/wiki-links.ts';
import { indexFigures } from '../../src/lib/site/figures.ts';
import { indexMentions } from '../../src/lib/site/mentions.ts';
import { indexLetter } from '../../src/lib/site/letter-pages.ts';
import { buildNameIndex } from '../../src/lib/site/names.ts';
import { buildTimeline, paginateTimeline } from '../../src/lib/site/timeline.ts';
import { sheetSchema, type SheetInput } from '../../src/schemas/index.ts';

const cite = [{ source: 's', quote: 'q' }];
const sheet = (slug: string, input: Partial<SheetInput> & { name: string }) => ({
	slug,
	data: sheetSchema.parse({ kind: 'person', description: 'd', ...input }),
});

const resolver = new LinkResolver([
	{ slug: 'jane-doe', name: 'Jane Doe', aliases: ['Doe'], path: 'people/jane-doe/' },
	{ slug: 'hrwa', name: 'Humber Rights Watch Agency', aliases: ['HRWA'], path: 'organisations/hrwa/' },
]);

describe('wiki-links', () => {
	it('gives lines and columns from 1', () => {
		expect(positionAt('ab\ncd [[x]]', 6)).toEqual({ line: 2, column: 4 });
	});
	it('resolves slugs, names and aliases whatever their case', () => {
		expect(resolver.resolve('hrwa')?.slug).toBe('hrwa');
		expect(resolver.resolve('doe')?.slug).toBe('jane-doe');
		expect(resolver.resolve('Jane  Doe')?.slug).toBe('jane-doe');
		expect(resolver.resolve('nobody')).toBeUndefined();
		expect(resolver.unknownMessage('hrw')).toBe('The wiki-link [[hrw]] does not match any sheet\'s slug, name or alias. Did you mean "hrwa"?');
	});
});

describe('indexMentions', () => {
	const linksOf = (body: string) => bodyLinks(parseBody(body, 'md').tree ?? { type: 'root', children: [] }, resolver);
	it('indexes each link by target with its sentence in plain words, never a sheet mentioning itself', () => {
		const mentions = indexMentions([
			{ slug: 'hrwa', links: linksOf('It counts closures under [[jane-doe|the director]]. It is [[hrwa]].') },
			{ slug: 'jane-doe', links: linksOf('Reports come from [[HRWA]].') },
		]);
		expect(mentions.get('jane-doe')).toEqual([{ fromSlug: 'hrwa', sentence: 'It counts closures under the director.' }]);
		expect(mentions.get('hrwa')).toEqual([{ fromSlug: 'jane-doe', sentence: 'Reports come from HRWA.' }]);
		// A bare slug reads as the sheet's name.
		expect(indexMentions([{ slug: 'x', links: linksOf('See [[hrwa]].') }]).get('hrwa')?.[0]?.sentence).toBe('See Humber Rights Watch Agency.');
	});
});

describe('buildTimeline', () => {
	it('holds exactly the dated facts, oldest first, a month after the days within it (compareFigureDates)', () => {
		const sheets = [
			sheet('a', {
				name: 'A',
				facts: [
					{ id: 'undated', statement: 'u', citations: cite },
					{ id: 'feb-8', statement: 's', asOf: '2026-02-08', citations: cite },
					{ id: 'jan', statement: 's', date: '2026-01', citations: cite },
				],
			}),
			sheet('b', { name: 'B', facts: [{ id: 'jan-8', statement: 's', date: '2026-01-08', asOf: '2026-02-01', citations: cite }] }),
		];
		const timeline = buildTimeline(sheets);
		expect(timeline.map((entry) => [entry.fact.id, entry.when, entry.whenIs])).toEqual([
			['jan-8', '2026-01-08', 'date'],
			['jan', '2026-01', 'date'],
			['feb-8', '2026-02-08', 'asOf'],
		]);
	});

	it('pages by count, with each page\'s first and last date; one page, maybe empty, when all fit', () => {
		// Each fact its own passage: two facts of one date on one passage are one event (tests/unit/fig-timeline.test.ts).
		const facts = ['2026-01', '2026-01-08', '2026-01-08', '2026-02-08', '2026-03'].map((date, index) => ({ id: `f${index}`, statement: 's', date, citations: [{ source: 's', quote: `q${index}` }] }));
		const timeline = buildTimeline([sheet('a', { name: 'A', facts })]);
		expect(paginateTimeline(timeline, 2).map((page) => [page.number, page.entries.length, page.first, page.last])).toEqual([
			[1, 2, '2026-01-08', '2026-01-08'],
			[2, 2, '2026-01', '2026-02-08'],
			[3, 1, '2026-03', '2026-03'],
		]);
		expect(paginateTimeline(timeline, 5)).toHaveLength(1);
		expect(paginateTimeline([], 5)).toEqual([{ number: 1, entries: [], first: undefined, last: undefined }]);
	});
});

describe('indexFigures', () => {
	it('keeps every value of a metric, by date, whoever reported it', () => {
		const figure = (id: string, value: number, asOf: string, party: string) => ({
			id,
			statement: 's',
			asOf,
			claimant: { party },
			figure: { metric: 'deaths', value },
			citations: cite,
		});
		const figures = indexFigures([
			sheet('a', { name: 'A', facts: [figure('later', 6961, '2026-02-08', 'HRWA'), figure('earlier', 4519, '2026-01', 'HRWA')] }),
			sheet('b', { name: 'B', facts: [figure('other', 5000, '2026-01', 'officials')] }),
		]);
		expect(figures.get('deaths')?.map((point) => [point.fact.id, point.figure.value])).toEqual([
			['earlier', 4519],
			['other', 5000],
			['later', 6961],
		]);
	});
});

describe('buildNameIndex', () => {
	it('lists names and aliases under their letter, aliases leading to their sheet', () => {
		const groups = buildNameIndex([
			sheet('hrwa', { name: 'Humber Rights Watch Agency', aliases: ['HRWA'] }),
			sheet('x', { name: 'Élodie', aliases: ['12th Harbour Patrol'] }),
		], englishUi.format.compare);
		expect(groups.map((group) => [group.letter, group.entries.map((entry) => [entry.label, entry.sheet.slug, entry.isAlias])])).toEqual([
			['#', [['12th Harbour Patrol', 'x', true]]],
			['E', [['Élodie', 'x', false]]],
			['H', [['HRWA', 'hrwa', true], ['Humber Rights Watch Agency', 'hrwa', false]]],
		]);
		expect(indexLetter('Ávila')).toBe('A');
	});
});

describe('graph', () => {
	const sheets = [
		sheet('a', { name: 'A', relations: [{ type: 'member-of', target: 'b', citations: cite }], roles: [{ title: 'head', org: 'c', citations: cite }] }),
		sheet('b', { name: 'B', kind: 'organisation' }),
		sheet('c', { name: 'C', kind: 'organisation', relations: [{ type: 'part-of', target: 'missing', citations: cite }] }),
	];
	it('draws an edge for each relation and role between existing sheets', () => {
		const edges = buildEdges(sheets, validSite().vocabulary);
		expect(edges).toEqual([
			{ from: 'a', to: 'b', label: 'member of', kind: 'relation', anchor: 'relation-member-of-b' },
			{ from: 'a', to: 'c', label: 'head', kind: 'role', anchor: 'role-1', former: false },
		]);
		expect(Object.fromEntries(adjacency(edges))).toEqual({ a: ['b', 'c'], b: ['a'], c: ['a'] });
	});
	it('finds the edges among a set of sheets through each sheet’s own edges', () => {
		const edges = [
			{ from: 'a', to: 'b', label: 'x', kind: 'relation', anchor: 'relation-x-b' },
			{ from: 'b', to: 'c', label: 'y', kind: 'relation', anchor: 'relation-y-c' },
			{ from: 'c', to: 'd', label: 'z', kind: 'relation', anchor: 'relation-z-d' },
		] as const;
		const bySheet = edgesBySheet(edges);
		expect(bySheet.get('b')).toEqual([edges[0], edges[1]]);
		expect(edgesAmong(new Set(['a', 'b', 'c']), bySheet)).toEqual([edges[0], edges[1]]);
	});
	it('picks the best-connected sheets, ties by slug, the same every time', () => {
		const neighbours = new Map([
			['d', ['a']],
			['a', ['b', 'c', 'd']],
			['c', ['a', 'b']],
			['b', ['a', 'c']],
		]);
		expect(bestConnected(neighbours, 3)).toEqual(['a', 'b', 'c']);
	});
	it('lays out a neighbourhood around its centre, the same every time', () => {
		const layout = radialLayout('a', ['b', 'c', 'd']);
		expect(layout.nodes[0]).toEqual({ id: 'a', x: layout.width / 2, y: layout.height / 2 });
		expect(layout.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(radialLayout('a', ['b', 'c', 'd'])).toEqual(layout);
	});
	it('puts many neighbours on more than one ring', () => {
		const many = Array.from({ length: 30 }, (_, i) => `n${i}`);
		const layout = radialLayout('a', many);
		const radii = new Set(layout.nodes.slice(1).map((node) => Math.round(Math.hypot(node.x - layout.width / 2, node.y - layout.height / 2))));
		expect(radii.size).toBeGreaterThan(1);
	});
	it('gives the same force layout on every run, inside its bounds', () => {
		const ids = ['a', 'b', 'c', 'd'];
		const links = [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }];
		const first = forceLayout(ids, links);
		expect(forceLayout(ids, links)).toEqual(first);
		for (const node of first.nodes) {
			expect(node.x).toBeGreaterThan(0);
			expect(node.x).toBeLessThan(first.width);
			expect(node.y).toBeGreaterThan(0);
			expect(node.y).toBeLessThan(first.height);
		}
	});
});

describe('chartGeometry', () => {
	it('places partial dates mid-period', () => {
		expect(dateToDay('2026-01')).toBe(dateToDay('2026-01-15'));
		expect(dateToDay('2025')).toBe(dateToDay('2025-07-01'));
	});
	it('rounds steps to 1, 2 or 5 times a power of ten', () => {
		expect(niceStep(6961)).toBe(2000);
		expect(niceStep(30000)).toBe(10000);
		expect(niceStep(40)).toBe(10);
	});
	it('starts the y axis at zero and orders points by date', () => {
		const geometry = chartGeometry([
			{ when: '2026-01', value: 4519, text: '4,519', series: 'hrwa', seriesLabel: 'HRWA', label: 'HRWA', href: '#a' },
			{ when: '2026-02-08', value: 6961, text: '6,961', series: 'hrwa', seriesLabel: 'HRWA', label: 'HRWA', href: '#b' },
		], { format: englishUi.format, named: (value, claimant) => `${value} (${claimant})` });
		expect(geometry.yTicks[0]).toMatchObject({ position: geometry.plot.bottom, text: '0' });
		const [first, second] = geometry.points;
		expect(first!.x).toBeLessThan(second!.x);
		expect(first!.y).toBeGreaterThan(second!.y);
		// A month is labelled as a month, never as an invented day ("15 Jan 2026").
		expect(geometry.xTicks.map((tick) => tick.text)).toEqual(['January 2026', '8 Feb 2026']);
	});
});
