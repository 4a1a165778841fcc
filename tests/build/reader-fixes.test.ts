/**
 * Issue 16's small breakages, each on the valid fixture site built at the
 * root of its host: footer and network text spacing, the current section in
 * the navigation, relation anchors that do not move, robots.txt at the root,
 * addresses that survive a sheet changing section, the licence in the exports;
 * and, in a browser, a cite
 * box that fits a 320 px screen and permalink targets kept off the top edge.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, readPage, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';
import { brokenLinks, loadBuiltSite } from '../helpers/site-pages.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const text = (html: string, selector: string) => parse(html).querySelector(selector)?.text.replace(/\s+/g, ' ').trim();

describe('the small breakages of a reader’s page', () => {
	let site: FixtureSite;
	let build: BuildResult;
	beforeAll(() => {
		site = prepareFixture('valid', 'p1-reader-fixes', {
			// Jane Doe's sheet was once at /people/old-jane/; naming its own slug says it was once at /organisations/jane-doe/.
			'content/sheets/people/jane-doe.mdx': (sheet) => sheet.replace('kind: person', 'kind: person\nformerSlugs: [old-jane, jane-doe]'),
		});
		build = buildFixture(site);
	});

	it('builds, with no broken link or fragment', () => {
		expect(build.status, build.output.slice(-2000)).toBe(0);
		expect(brokenLinks(loadBuiltSite(site.dist))).toEqual([]);
	});

	it('spaces the separators of the footer and the sentences of the network page', () => {
		const footer = parse(readPage(site, 'people/jane-doe/')).querySelectorAll('.site-footer p')[1]?.text.replace(/\s+/g, ' ').trim();
		expect(footer).toBe('Atom feed · Data downloads · Search · About this site');
		expect(text(readPage(site, 'graph/'), 'main p')).toMatch(/between them\. Each circle leads to its sheet/);
	});

	it('marks the current section in the navigation', () => {
		const current = (path: string) =>
			parse(readPage(site, path))
				.querySelectorAll('.site-header nav a[aria-current]')
				.map((link) => `${link.text.trim()}=${link.getAttribute('aria-current')}`);
		expect(current('people/')).toEqual(['People=page']);
		expect(current('people/jane-doe/')).toEqual(['People=true']);
		expect(current('organisations/acme-institute/')).toEqual(['Organisations=true']);
		expect(current('graph/')).toEqual(['Network=page']);
		expect(current('')).toEqual([]);
	});

	it('anchors a relation by its type and the other sheet, on both sheets and where its source links to it', () => {
		const jane = parse(readPage(site, 'people/jane-doe/'));
		expect(jane.querySelector('#relation-member-of-acme-institute')).not.toBeNull();
		expect(jane.querySelector('[id^="relation-1"]')).toBeNull();
		const acme = parse(readPage(site, 'organisations/acme-institute/'));
		expect(acme.querySelector('#inverse-member-of-jane-doe')).not.toBeNull();
		expect(acme.querySelector('[id^="inverse-1"]')).toBeNull();
		const source = parse(readPage(site, 'sources/harbour-report/'));
		expect(source.querySelector('a[href="/people/jane-doe/#relation-member-of-acme-institute"]')).not.toBeNull();
	});

	it('writes robots.txt at the root of the host, pointing at the sitemap', () => {
		expect(readFileSync(join(site.dist, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n\nSitemap: http://localhost:4321/sitemap-index.xml\n');
	});

	it('keeps a sheet’s address in the other section, and its former slugs in both, as redirects left out of the sitemap', () => {
		// The refresh is inside <noscript>, which node-html-parser keeps as text.
		const target = (path: string) => /<meta http-equiv="refresh" content="([^"]*)"/.exec(readPage(site, path))?.[1];
		expect(target('organisations/jane-doe/')).toBe('0; url=/people/jane-doe/');
		expect(target('people/old-jane/')).toBe('0; url=/people/jane-doe/');
		expect(target('organisations/old-jane/')).toBe('0; url=/people/jane-doe/');
		// Automatically, for a sheet that names no former slug.
		expect(target('people/acme-institute/')).toBe('0; url=/organisations/acme-institute/');
		expect(existsSync(join(site.dist, 'people/jane-doe/index.html'))).toBe(true);
		expect(target('people/jane-doe/')).toBeUndefined();
		const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('<loc>http://localhost:4321/people/jane-doe/</loc>');
		expect(sitemap).not.toMatch(/organisations\/jane-doe|old-jane|people\/acme-institute/);
	});

	it('names the licence of the content in the exports’ metadata', () => {
		const license = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
		for (const name of ['sheets', 'facts', 'sources']) {
			expect((JSON.parse(readFileSync(join(site.dist, `data/${name}.json`), 'utf8')) as { license: unknown }).license, name).toEqual(license);
		}
		const db = new DatabaseSync(join(site.dist, 'data/fact-sheets.sqlite'), { readOnly: true });
		try {
			expect(db.prepare("SELECT key, value FROM meta WHERE key LIKE 'license%' ORDER BY key").all()).toEqual([
				{ key: 'license', value: license.name },
				{ key: 'license_url', value: license.url },
			]);
		} finally {
			db.close();
		}
	});

	describe.skipIf(!HAS_BROWSER)('in a browser', () => {
		let server: StaticServer;
		let browser: Browser;
		beforeAll(async () => {
			server = await serveStatic(site.dist, '/');
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it('fits every open cite box on a 320 px screen, without sideways scrolling (WCAG 1.4.10)', async () => {
			const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
			for (const path of ['people/jane-doe/', 'sources/harbour-report/']) {
				await page.goto(new URL(path, server.url).href);
				const opened = await page.$$eval('details.cite', (boxes) => boxes.map((box) => ((box as HTMLDetailsElement).open = true)).length);
				expect(opened, path).toBeGreaterThan(0);
				expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
			}
			await page.close();
		});

		it('keeps a permalink’s target clear of the top edge', async () => {
			const page = await browser.newPage({ viewport: { width: 390, height: 500 } });
			await page.goto(new URL('people/jane-doe/#joined-2019', server.url).href);
			const top = await page.$eval('#joined-2019', (element) => element.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(16);
			expect(top).toBeLessThan(40);
			await page.close();
		});
	});
});
