/**
 * Graphs on the valid fixture site (issue 16, Deliver 5): each drawing has a
 * legend of what it draws, and its links are also an HTML list whose items
 * lead to both sheets and to the relation or role on its sheet, where it is
 * sourced; the view box is the drawing's own bounds, labels included.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, readPage, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

const squash = (text: string | undefined) => text?.replace(/\s+/g, ' ').trim();

describe('graphs on a built site', () => {
	let site: FixtureSite;
	let build: BuildResult;
	beforeAll(() => {
		site = prepareFixture('valid', 'gr-graph');
		build = buildFixture(site);
	});

	const graphOf = (path: string) => parse(readPage(site, path)).querySelector('main') as HTMLElement;

	it('builds', () => {
		expect(build.status, build.output.slice(-2000)).toBe(0);
	});

	it('gives a sheet’s connections a legend of what is drawn', () => {
		const main = graphOf('people/jane-doe/');
		expect(main.querySelectorAll('.graph-legend li').map((item) => squash(item.text))).toEqual([
			'this sheet',
			'an organisation or another body',
			'a relation, pointing away from the sheet that states it',
			'a role held at an organisation (dashed)',
		]);
		expect(main.querySelector('.graph-legend')?.getAttribute('aria-label')).toBe('Key to the drawing');
		// The drawing points to the list; the edges themselves are hidden from assistive technology, the list is not.
		expect(squash(main.querySelector('#sheet-graph-desc')?.text)).toMatch(/Every link drawn is also listed below the drawing\.$/);
		expect(main.querySelector('.graph .edges')?.getAttribute('aria-hidden')).toBe('true');
	});

	it('lists every link with links to both sheets and to where it is sourced', () => {
		const main = graphOf('people/jane-doe/');
		expect(squash(main.querySelector('.graph-links summary')?.text)).toBe('The 2 links in the drawing, as a list');
		const items = main.querySelectorAll('.graph-links li');
		expect(items.map((item) => squash(item.text))).toEqual(['Jane Doe — member of — Acme Institute', 'Jane Doe — director — Acme Institute']);
		expect(items.map((item) => item.querySelectorAll('a').map((link) => link.getAttribute('href')))).toEqual([
			['/people/jane-doe/', '/people/jane-doe/#relation-member-of-acme-institute', '/organisations/acme-institute/'],
			['/people/jane-doe/', '/people/jane-doe/#role-1', '/organisations/acme-institute/'],
		]);
		// Each anchor is the relation's or role's own item on the sheet page.
		for (const id of ['relation-member-of-acme-institute', 'role-1']) expect(main.querySelector(`[id="${id}"]`)?.tagName).toBe('LI');
		// From the other end, the same link is listed on the organisation's page.
		const other = graphOf('organisations/acme-institute/');
		expect(other.querySelectorAll('.graph-links li').map((item) => squash(item.text))).toEqual([
			'Jane Doe — member of — Acme Institute',
			'Jane Doe — director — Acme Institute',
		]);
	});

	it('sizes the drawing to its nodes and labels, two arrows between the same nodes side by side', () => {
		const svg = graphOf('people/jane-doe/').querySelector('.graph svg') as HTMLElement;
		const [left, top, width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];
		expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual([String(width), String(height)]);
		// Two nodes, one above the other: the drawing is narrow and only as tall as they and their names.
		expect(width).toBeLessThan(160);
		expect(height).toBeLessThan(200);
		for (const text of svg.querySelectorAll('text')) {
			const x = Number(text.getAttribute('x'));
			const y = Number(text.getAttribute('y'));
			expect(x).toBeGreaterThan(left);
			expect(x).toBeLessThan(left + width);
			expect(y).toBeGreaterThan(top);
			expect(y).toBeLessThan(top + height);
		}
		const lines = svg.querySelectorAll('.edges line').map((line) => line.getAttribute('x1'));
		expect(new Set(lines).size).toBe(2);
	});

	it('gives the network page the same legend and list', () => {
		const main = graphOf('graph/');
		expect(main.querySelectorAll('.graph-legend li').length).toBeGreaterThan(1);
		expect(main.querySelectorAll('.graph-links li').map((item) => squash(item.text))).toContain('Jane Doe — member of — Acme Institute');
	});
});
