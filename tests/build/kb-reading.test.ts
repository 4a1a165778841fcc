/**
 * Issue 16, a sheet read like a reference page and the trust pages, on the
 * valid fixture: the key-facts box, the contents of a long sheet, "Mentioned
 * on" without quotation marks, and the About page built from the options and
 * content/about.md; in a browser, the key-facts box on a 390 px phone.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, PROJECT_ROOT, readPage, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';
import { brokenLinks, loadBuiltSite } from '../helpers/site-pages.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const words = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim();

const ABOUT = `## Who writes the sheets

The newsroom's curators write each sheet from the stored reports; [[Jane Doe]] has one.
`;

/** Six more facts make Jane Doe's sheet long (8 cited items, LONG_SHEET_ITEMS), each citing words the report has. */
const MORE_FACTS = Array.from(
	{ length: 6 },
	(_, i) => `  - id: joined-note-${i + 1}
    statement: Doe joined the institute in 2019 (note ${'abcdef'[i]}).
    citations:
      - source: harbour-report
        quote: Doe joined the institute in 2019
`,
).join('');

describe('a sheet read like a reference page, and the About page', () => {
	let site: FixtureSite;
	let build: BuildResult;
	beforeAll(() => {
		site = prepareFixture('valid', 'kb-reading', {
			'content/about.md': ABOUT,
			'content/sheets/people/jane-doe.mdx': (sheet) => sheet.replace('\n---\n\n', `\n${MORE_FACTS}---\n\n`),
		});
		build = buildFixture(site);
	});

	it('builds, with no broken link or fragment', () => {
		expect(build.status, build.output.slice(-2000)).toBe(0);
		expect(brokenLinks(loadBuiltSite(site.dist))).toEqual([]);
	});

	it('opens a sheet with its key facts, each linking to its item on the page', () => {
		const jane = parse(readPage(site, 'people/jane-doe/'));
		const box = jane.querySelector('.key-facts');
		expect(box?.querySelectorAll('dt').map(words)).toEqual(['Kind', 'Current roles', 'Member of']);
		expect(box?.querySelectorAll('dd').map(words)).toEqual(['Person', 'Director, Acme Institute', 'Acme Institute']);
		expect(box?.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(['/kinds/person/', '#role-1', '#relation-member-of-acme-institute']);
		const acme = parse(readPage(site, 'organisations/acme-institute/'));
		const figure = acme.querySelectorAll('.key-facts dd').at(-1);
		expect(words(figure)).toBe('Flooded homes: at least 1,204 homes, as of 3 March 2026');
		expect(figure?.querySelector('a')?.getAttribute('href')).toBe('#flooded-homes-2026-03-03');
		// The box comes before the prose and the sections it summarises (search reads no page, so it needs no attribute to leave the box out: src/lib/search/records.ts).
		expect(acme.querySelector('.sheet > header + .key-facts')).not.toBeNull();
	});

	it('gives a long sheet a table of contents, and a short one none', () => {
		const contents = parse(readPage(site, 'people/jane-doe/')).querySelector('nav.contents');
		expect(contents?.querySelectorAll('a').map((link) => `${words(link)} ${link.getAttribute('href')}`)).toEqual([
			'Roles #roles',
			'Relations #relations',
			'Facts #facts',
			'Timeline #timeline',
			'Claims by Jane Doe #claims',
			'Mentioned on #mentions',
			'Connections #graph',
			'References #references',
		]);
		expect(parse(readPage(site, 'organisations/acme-institute/')).querySelector('nav.contents')).toBeNull();
	});

	it('lists "Mentioned on" sentences as the sheets’ own words, not in quotation marks', () => {
		const mentions = parse(readPage(site, 'organisations/acme-institute/')).querySelector('section[aria-labelledby="mentions"]');
		expect(mentions?.querySelector('q')).toBeNull();
		expect(words(mentions?.querySelector('p'))).toBe('Other sheets whose text names Acme Institute, each with its sentence: the curators’ words, not a source’s.');
		expect(words(mentions?.querySelector('li'))).toBe('Jane Doe: Jane Doe leads the institute that counts flooded homes.');
	});

	it('explains the site on its About page: the site’s own words, how facts are checked, the licence and where to write', () => {
		const about = parse(readPage(site, 'about/'));
		expect(words(about.querySelector('h1'))).toBe('About this site');
		expect(words(about.querySelector('.lede'))).toBe('Harbour Watch is published by a fictional newsroom to test the site generator.');
		// content/about.md, rendered like a sheet's body: its wiki-link leads to the sheet.
		expect(about.querySelector('.prose h2 + p a')?.getAttribute('href')).toBe('/people/jane-doe/');
		expect(about.querySelectorAll('h2').map(words)).toEqual([
			'Who writes the sheets',
			'How facts are checked',
			'Claimants',
			'Superseded figures',
			'Single source',
			'Licence',
			'Corrections',
		]);
		expect(about.querySelector('a[rel="license"]')?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
		expect(words(about.querySelectorAll('section').at(-1)?.querySelector('p'))).toBe(
			'If a fact says more than its quote, or a name or date is wrong, please say so: write to corrections@example.org.',
		);
		expect(about.querySelector('a[href="mailto:corrections@example.org"]')).not.toBeNull();
		// Every page links to it from its footer.
		expect(parse(readPage(site, 'people/jane-doe/')).querySelector('.site-footer a[href="/about/"]')).not.toBeNull();
	});

	describe.skipIf(!HAS_BROWSER)('in a browser', () => {
		let server: StaticServer;
		let browser: Browser;
		beforeAll(async () => {
			mkdirSync(SCREENSHOTS, { recursive: true });
			server = await serveStatic(site.dist, '/');
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it('shows the key-facts box whole on a 390 px phone, its values under their labels, nothing scrolling sideways', async () => {
			const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
			await page.goto(new URL('people/jane-doe/', server.url).href);
			const box = await page.$eval('.key-facts', (element) => element.getBoundingClientRect().toJSON() as DOMRect);
			expect(box.right).toBeLessThanOrEqual(390);
			expect(box.bottom).toBeLessThan(844);
			const [label, value] = await page.$$eval('.key-facts dt, .key-facts dd', (elements) => elements.slice(0, 2).map((element) => element.getBoundingClientRect().left));
			expect(value).toBe(label);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			await saveScreenshot(page, { path: join(SCREENSHOTS, 'kb-key-facts-phone.png') });
			// A link in the box lands on its item.
			await page.click('.key-facts a[href="#role-1"]');
			expect(new URL(page.url()).hash).toBe('#role-1');
			await page.goto(new URL('about/', server.url).href);
			await saveScreenshot(page, { path: join(SCREENSHOTS, 'kb-about-phone.png'), fullPage: true });
			await page.close();
		});

		it('passes axe-core (WCAG 2.2 AA) on a sheet with key facts and contents, and on the About page', async () => {
			// As in tests/e2e/accessibility.test.ts: the CSP blocks the injected axe script, so the test's own is let through.
			const page = await browser.newPage({ bypassCSP: true });
			for (const path of ['people/jane-doe/', 'organisations/acme-institute/', 'about/']) {
				await page.goto(new URL(path, server.url).href);
				await page.addScriptTag({ content: AXE_SOURCE });
				const violations = await page.evaluate(async () => {
					const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
					const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
					return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
				});
				expect(violations, path).toEqual([]);
			}
			await page.close();
		});
	});
});
