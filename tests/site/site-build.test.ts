/**
 * Checks this site as published (built once per run under a base path by
 * tests/global-setup.ts), whatever its content, for what readers navigate by: cross-links both ways,
 * wiki-links, the timeline, figure pages and that no sheet is an orphan.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compareFigureDates } from '../../src/lib/site/figures.ts';
import { indexLetter } from '../../src/lib/site/letter-pages.ts';
import { isPersonSheet, sortNameOf } from '../../src/lib/site/names.ts';
import { relationTypeOf } from '../../src/lib/vocabulary.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { loadRealContent } from '../helpers/real-content.ts';
import { brokenLinks, loadBuiltSite, page, type BuiltSite } from '../helpers/site-pages.ts';

const { site: model } = loadRealContent();
const url = (path: string) => `${PUBLISHED_BASE}${path}`;

describe('the site, built under a base path', () => {
	let site: BuiltSite;
	beforeAll(() => {
		site = loadBuiltSite(PUBLISHED_DIST, PUBLISHED_BASE);
	});

	it('has a page per sheet and per source', () => {
		for (const sheet of model.sheetList) page(site, url(sheet.path));
		for (const source of model.sourceList) page(site, url(source.path));
	});

	it('has no broken internal link, asset or fragment', () => {
		expect(brokenLinks(site)).toEqual([]);
	});

	it('shows every relation on both of its sheets, with the inverse label on the target', () => {
		for (const sheet of model.sheetList) {
			for (const relation of sheet.data.relations) {
				const target = model.sheets.get(relation.target)!;
				const outbound = page(site, url(sheet.path)).querySelectorAll('.relations li');
				const inbound = page(site, url(target.path)).querySelectorAll('.relations li');
				const shows = (items: typeof outbound, label: string, other: string) =>
					items.some((item) => item.querySelector('.relation-label')?.text === label && item.querySelector(`a[href="${other}"]`));
				const type = relationTypeOf(model.vocabulary, relation.type);
				expect(shows(outbound, type.label, url(target.path)), `${sheet.slug} → ${relation.target}`).toBe(true);
				expect(shows(inbound, type.inverse, url(sheet.path)), `${relation.target} ← ${sheet.slug}`).toBe(true);
			}
		}
	});

	it('resolves every wiki-link in the prose', () => {
		for (const sheet of model.sheetList) {
			const prose = page(site, url(sheet.path)).querySelector('.prose')!;
			expect(prose.text, sheet.slug).not.toContain('[[');
		}
		// Each sheet whose prose mentions another sheet links it.
		const mentioning = new Set([...model.mentions.values()].flat().map((mention) => mention.fromSlug));
		for (const slug of mentioning) {
			expect(page(site, url(model.sheets.get(slug)!.path)).querySelectorAll('.prose a.wiki-link').length, slug).toBeGreaterThan(0);
		}
	});

	it('puts exactly the dated facts on the timeline, each once, in date order', () => {
		const timeline = page(site, url('timeline/'));
		const entries = timeline.querySelectorAll('.timeline > li').map((item) => ({
			when: item.querySelector('time')!.getAttribute('datetime')!,
			// Every fact the entry reports: its own, and those on other sheets or worded otherwise that tell the same event.
			facts: item.querySelectorAll('.timeline-text a[href*="#"]').map((link) => link.getAttribute('href')!),
		}));
		const expected = model.sheetList
			.flatMap((sheet) => sheet.data.facts.filter((fact) => fact.date ?? fact.asOf).map((fact) => `${url(sheet.path)}#${fact.id}`))
			.sort();
		const shown = entries.flatMap((entry) => entry.facts);
		expect([...shown].sort()).toEqual(expected);
		// Two facts telling one event make one entry, so there are fewer entries than dated facts, never a fact in two.
		expect(new Set(shown).size).toBe(shown.length);
		const whens = entries.map((entry) => entry.when);
		expect(whens).toEqual([...whens].sort(compareFigureDates));
	});

	it('lists every figure of a metric on its page, and draws a chart with a text alternative', () => {
		for (const [metric, points] of model.figures) {
			const figurePage = page(site, url(`figures/${metric}/`));
			const links = new Set(figurePage.querySelectorAll('table.figures a').map((link) => link.getAttribute('href')));
			for (const point of points) expect(links.has(`${url(point.sheet.path)}#${point.fact.id}`), `${metric}: ${point.fact.id}`).toBe(true);
			expect(figurePage.querySelectorAll('table.figures tbody tr').length).toBe(points.length);
			if (points.some((point) => point.figure.value !== undefined)) {
				const svg = figurePage.querySelector('figure.chart svg')!;
				expect(svg.querySelector('title')?.text).toBeTruthy();
				expect(svg.querySelector('desc')?.text).toBeTruthy();
			}
		}
	});

	it('links every sheet from at least one other sheet', () => {
		const linkedFrom = new Map<string, Set<string>>();
		for (const sheet of model.sheetList) {
			for (const link of page(site, url(sheet.path)).querySelectorAll('main a[href]')) {
				const href = (link.getAttribute('href') ?? '').split('#')[0]!;
				if (href === url(sheet.path)) continue;
				linkedFrom.set(href, (linkedFrom.get(href) ?? new Set()).add(sheet.slug));
			}
		}
		expect(model.sheetList.filter((sheet) => !linkedFrom.has(url(sheet.path))).map((sheet) => sheet.slug)).toEqual([]);
	});

	it('lists every name and alias on the A–Z page, each leading to its sheet', () => {
		const names = page(site, url('names/'));
		for (const sheet of model.sheetList) {
			// A person's name is filed surname first too, and only that way when both start with one letter ("Tugendhat, Tom").
			const sortName = sortNameOf(sheet, isPersonSheet(sheet));
			for (const label of [sortName, ...(indexLetter(sortName) === indexLetter(sheet.data.name) ? [] : [sheet.data.name]), ...sheet.data.aliases]) {
				const link = names.querySelectorAll('a').find((a) => a.text === label);
				expect(link?.getAttribute('href'), label).toBe(url(sheet.path));
			}
		}
	});

	it('draws each sheet’s neighbourhood and the whole network as linked SVG', () => {
		// The sheet with the most neighbours: its own node and one per neighbour.
		const [busiest] = [...model.neighbours].sort(([, a], [, b]) => b.length - a.length);
		if (busiest) {
			const [slug, neighbours] = busiest;
			const nodes = page(site, url(model.sheets.get(slug)!.path)).querySelectorAll('figure.graph svg a');
			expect(nodes.length, slug).toBe(neighbours.length + 1);
		}
		const network = page(site, url('graph/')).querySelectorAll('figure.graph svg a');
		expect(network.length).toBe(model.neighbours.size);
	});
});
