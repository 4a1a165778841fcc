/**
 * Two fixture sites in other languages, built and opened in Chromium: a
 * French one (built-in interface) and a Persian one (written right to left,
 * its interface given whole in its options' `strings`). Each page must pass
 * axe-core (WCAG 2.2 AA), carry the language and direction on <html>, read in
 * the site's language, and, right to left, lay out without a horizontal
 * scrollbar on a phone or a desktop.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One page of each kind in the two fixtures (both tell the same story, with the same slugs). */
const PAGES = [
	'',
	'people/',
	'organisations/',
	'sources/',
	'sources/harbour-inquiry/',
	'organisations/harbour-commission/',
	'kinds/',
	'names/',
	'timeline/',
	'figures/',
	'figures/damaged-boats/',
	'graph/',
	'search/',
	'no-such-page/',
];

const SITES = [
	{ fixture: 'fr-site', name: 'g3-languages-fr', lang: 'fr', dir: 'ltr', person: 'people/claire-martin/' },
	{ fixture: 'fa-site', name: 'g3-languages-fa', lang: 'fa', dir: 'rtl', person: 'people/maryam-ahmadi/' },
] as const;

const built = new Map<string, FixtureSite>();
beforeAll(() => {
	for (const { fixture, name } of SITES) {
		const site = prepareFixture(fixture, name);
		const result = buildFixture(site);
		if (result.status !== 0) throw new Error(`The ${fixture} fixture did not build:\n${result.output}`);
		built.set(fixture, site);
	}
});
const site = (fixture: string) => built.get(fixture) as FixtureSite;

describe('the French site', () => {
	it('is in French, left to right, with the French interface and formats', () => {
		const home = readPage(site('fr-site'), '');
		expect(home).toContain('<html lang="fr" dir="ltr">');
		expect(home).toContain('<meta property="og:locale" content="fr_FR">');
		expect(home).toContain('>Noms de A à Z</a>');
		expect(home).toContain('2 fiches réunissent 3 faits tirés de <a href="/sources/">1 article</a>');
		const sheet = readPage(site('fr-site'), 'organisations/harbour-commission/');
		expect(sheet).toContain('<dt>À la date du</dt>');
		expect(sheet).toContain('<time datetime="2027-05-12">12 mai 2027</time>');
		expect(sheet).toContain('<h2 id="references">Références</h2>');
		expect(readFileSync(`${site('fr-site').dist}/feed.xml`, 'utf8')).toContain('xml:lang="fr"');
	});
});

describe('the Persian site', () => {
	it('is in Persian, right to left, with the interface its options give and Persian digits', () => {
		const home = readPage(site('fa-site'), '');
		expect(home).toContain('<html lang="fa" dir="rtl">');
		expect(home).toContain('<meta property="og:locale" content="fa_IR">');
		expect(home).toContain('>نام‌ها از الف تا ی</a>');
		const sheet = readPage(site('fa-site'), 'organisations/harbour-commission/');
		// Gregorian dates, as the sources give them, in Persian words and digits.
		expect(sheet).toContain('<time datetime="2027-05-12">۱۲ مهٔ ۲۰۲۷</time>');
		expect(readFileSync(`${site('fa-site').dist}/feed.xml`, 'utf8')).toContain('xml:lang="fa"');
	});
});

describe.skipIf(!HAS_BROWSER)('languages in the browser', () => {
	let browser: Browser;
	const servers = new Map<string, StaticServer>();
	beforeAll(async () => {
		for (const { fixture } of SITES) servers.set(fixture, await serveStatic(site(fixture).dist, '/'));
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		for (const server of servers.values()) await server.close();
	});

	for (const { fixture, lang, dir, person } of SITES) {
		it.each([...PAGES, person])(`${fixture}: /%s passes axe-core and carries lang="${lang}" dir="${dir}"`, async (path) => {
			// axe-core is injected as an inline script, which the pages' Content-Security-Policy blocks; the test's own is let through.
			const page = await browser.newPage({ bypassCSP: true });
			try {
				await page.goto(new URL(path, servers.get(fixture)?.url).href);
				expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
				await page.addScriptTag({ content: AXE_SOURCE });
				const violations = await page.evaluate(async (tags) => {
					const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
					const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
					return result.violations.map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
				}, WCAG_22_AA);
				expect(violations).toEqual([]);
			} finally {
				await page.close();
			}
		});
	}

	it.each([
		['phone', { width: 375, height: 800 }],
		['desktop', { width: 1280, height: 900 }],
	] as const)('lays the Persian site out right to left with no horizontal overflow (%s)', async (_name, viewport) => {
		const page = await browser.newPage({ viewport });
		try {
			for (const path of [...PAGES.filter((path) => path !== 'graph/'), 'people/maryam-ahmadi/']) {
				await page.goto(new URL(path, servers.get('fa-site')?.url).href);
				const layout = await page.evaluate(() => {
					const main = document.querySelector('main') as HTMLElement;
					// The heading's text, not its box (a block spans the column either way).
					const words = document.createRange();
					words.selectNodeContents(main.querySelector('h1') as HTMLElement);
					const columnEnd = main.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(main).paddingRight);
					return {
						overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
						// Right to left, a heading starts at the right edge of the main column.
						headingAtRight: Math.abs(words.getBoundingClientRect().right - columnEnd) < 1,
					};
				});
				expect({ path, ...layout }).toEqual({ path, overflow: 0, headingAtRight: true });
			}
		} finally {
			await page.close();
		}
	});

	it('keeps the chart axis labels of the Persian site beside the axis, inside the drawing', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		try {
			await page.goto(new URL('figures/damaged-boats/', servers.get('fa-site')?.url).href);
			const boxes = await page.evaluate(() => {
				const svg = document.querySelector('figure.chart svg') as SVGSVGElement;
				const frame = svg.getBoundingClientRect();
				const grid = (svg.querySelector('line.grid') as SVGLineElement).getBoundingClientRect();
				return [...svg.querySelectorAll('g.axis text')].map((text) => {
					const box = text.getBoundingClientRect();
					return { inside: box.left >= frame.left - 0.5 && box.right <= frame.right + 0.5, leftOfPlot: box.right <= grid.left + 0.5 || box.top >= grid.bottom - 0.5 };
				});
			});
			expect(boxes.length).toBeGreaterThan(0);
			expect(boxes.filter((box) => !box.inside || !box.leftOfPlot)).toEqual([]);
		} finally {
			await page.close();
		}
	});
});
