/**
 * Finding a sheet (issue 16, item 6) and showing figures (item 3, in part),
 * in built fixture sites: the names A–Z files people surname first and as
 * written, and `sortName` overrides; the search index is made from the
 * verified content and holds sheets, sources and figure pages; the 404 page
 * suggests the closest sheet with a script its Content-Security-Policy
 * allows, and without it links to the names A–Z; a figure keeps its
 * qualifier and unit, and a month-only figure is drawn across its month.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, readPage, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';
import { suggestionsFor } from '../helpers/not-found-script.ts';

const ACME = 'content/sheets/organisations/acme-institute.md';

describe('finding a sheet', () => {
	let site: FixtureSite;
	let build: BuildResult;
	beforeAll(() => {
		site = prepareFixture('valid', 'p2-finding', { [ACME]: (text) => text.replace('name: Acme Institute\n', 'name: Acme Institute\nsortName: Institute, Acme\n') });
		build = buildFixture(site);
	});
	const page = (path: string) => parse(readPage(site, path));

	it('builds', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
	});

	it('lists a person under the surname and the name as written, and a sheet with a sortName under it and as written', () => {
		const names = page('names/');
		const letters = names.querySelectorAll('main section').map((section) => [
			section.querySelector('h2')!.text,
			section.querySelectorAll('ul.name-grid > li').map((item) => `${item.querySelector('a')!.text} → ${item.querySelector('a')!.getAttribute('href')}`),
		]);
		expect(letters).toEqual([
			['A', ['Acme Institute → /organisations/acme-institute/']],
			['D', ['Doe, Jane → /people/jane-doe/']],
			['I', ['Institute, Acme → /organisations/acme-institute/']],
			['J', ['J. Doe → /people/jane-doe/', 'Jane Doe → /people/jane-doe/']],
		]);
	});

	it('indexes sheets, sources and figure pages for search from the verified content, not from their pages', () => {
		// Pagefind reads records made from the site model (src/lib/search/records.ts; tests/unit/srch-records.test.ts pins the weights of names and aliases), so no page needs its attributes.
		expect(readPage(site, 'people/jane-doe/')).not.toContain('data-pagefind');
		// Pagefind's fragments: one per indexed page, gzipped JSON behind an 12-byte signature.
		const folder = join(site.dist, 'pagefind/fragment');
		const urls = readdirSync(folder)
			.map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).subarray(12).toString('utf8')) as { url: string })
			.map((fragment) => fragment.url)
			.sort();
		expect(urls).toEqual(['/figures/flooded-homes/', '/organisations/acme-institute/', '/people/jane-doe/', '/sources/harbour-report/']);
	});

	it('writes a figure with its qualifier and unit on the sheet, in the figure table and on the chart', () => {
		expect(page('organisations/acme-institute/').querySelector('.fact-meta data')!.text).toBe('at least 1,204 homes');
		const figures = page('figures/flooded-homes/');
		expect(figures.querySelectorAll('table.figures tbody td:nth-child(2)').map((cell) => cell.text)).toEqual(['at least 1,204 homes']);
		// A label's lines are tspans (src/lib/charts/figure-chart.ts wraps long labels).
		expect(figures.querySelector('.chart .point-label')!.querySelectorAll('tspan').map((line) => line.text).join(' ')).toBe('at least 1,204 homes (Acme Institute)');
	});

	it('draws a month-only figure as a bar across the month, labelled with the month', () => {
		const month = prepareFixture('valid', 'p2-finding-month', { [ACME]: (text) => text.replace('asOf: "2026-03-03"', 'asOf: "2026-03"') });
		const result = buildFixture(month);
		expect(result.status, result.output.slice(-3000)).toBe(0);
		const chart = parse(readPage(month, 'figures/flooded-homes/')).querySelector('.chart svg')!;
		expect(chart.querySelectorAll('.axis text').map((text) => text.text).at(-1)).toBe('March 2026');
		const bar = chart.querySelector('line.span')!;
		expect(Number(bar.getAttribute('x2')) - Number(bar.getAttribute('x1'))).toBeGreaterThan(100);
		expect(chart.querySelector('circle')!.getAttribute('class')).toBe('imprecise');
		expect(chart.querySelector('desc')!.text).toContain('A value known only to the month or the year is drawn as a bar across it');
	});

	it('suggests the closest sheet on the 404 page, with a script its policy allows by hash, and links to the names A–Z without it', async () => {
		const notFound = page('404.html');
		const script = notFound.querySelectorAll('script').find((element) => !element.getAttribute('type'))!;
		const hash = `'sha256-${createHash('sha256').update(script.rawText, 'utf8').digest('base64')}'`;
		const policy = notFound.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
		expect(policy).toContain(`script-src ${hash}`);
		expect(policy).toContain("connect-src 'self'");
		const box = notFound.querySelector('#suggestions')!;
		expect(box.hasAttribute('hidden')).toBe(true);
		expect(box.querySelector('p')!.text).toBe('Perhaps you meant:');
		expect(notFound.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual(['/names/', '/search/', '/']);
		const paths = JSON.parse(readFileSync(join(site.dist, box.getAttribute('data-paths')!), 'utf8')) as { slug: string; path: string; name: string }[];
		expect(paths).toEqual([
			{ slug: 'acme-institute', path: 'organisations/acme-institute/', name: 'Acme Institute' },
			{ slug: 'jane-doe', path: 'people/jane-doe/', name: 'Jane Doe' },
		]);
		expect(await suggestionsFor('/people/doe/', paths)).toEqual(['Jane Doe → /people/jane-doe/']);
		expect(await suggestionsFor('/people/acme-institue/', paths)).toEqual(['Acme Institute → /organisations/acme-institute/']);
	});

	it('suggests under a base path, from the paths file under it', async () => {
		const based = prepareFixture('valid', 'p2-finding-base');
		const result = buildFixture(based, { BASE_PATH: '/fact-sheets/' });
		expect(result.status, result.output.slice(-3000)).toBe(0);
		const box = parse(readPage(based, '404.html')).querySelector('#suggestions')!;
		expect([box.getAttribute('data-base'), box.getAttribute('data-paths')]).toEqual(['/fact-sheets/', '/fact-sheets/404-paths.json']);
		const paths = JSON.parse(readFileSync(join(based.dist, '404-paths.json'), 'utf8')) as { slug: string; path: string; name: string }[];
		expect(await suggestionsFor('/fact-sheets/people/jane-dou/', paths, '/fact-sheets/')).toEqual(['Jane Doe → /fact-sheets/people/jane-doe/']);
	});
});
