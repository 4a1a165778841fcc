/**
 * The valid fixture site built as GitHub Pages publishes a project site:
 * under a base path, with an absolute site address. Everything a reader, a
 * crawler or a data user follows must work there: links, assets, search,
 * feeds, redirects from former slugs, previews, exports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS_CSV_COLUMNS } from '../../src/schemas/index.ts';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, type FixtureSite } from '../helpers/fixture-site.ts';
import { brokenLinks, loadBuiltSite, page, type BuiltSite } from '../helpers/site-pages.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/fact-sheets/';
const SITE = 'https://example.org';
const HOME = `${SITE}${BASE}`;

describe('the valid fixture site, published under a base path', () => {
	let fixture: FixtureSite;
	let build: { status: number | null; output: string };
	let site: BuiltSite;
	const file = (path: string) => readFileSync(join(fixture.dist, path), 'utf8');
	const json = (path: string) => JSON.parse(file(path)) as Record<string, unknown>;
	const meta = (url: string, key: string) =>
		page(site, url).querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

	beforeAll(() => {
		fixture = prepareFixture('valid', 'publishing', {
			// Jane Doe's sheet used to be at /people/old-jane/.
			'content/sheets/people/jane-doe.mdx': (text) => text.replace('kind: person', 'kind: person\nformerSlugs: [old-jane]'),
		});
		build = buildFixture(fixture, { BASE_PATH: BASE, SITE_URL: SITE });
		if (build.status === 0) site = loadBuiltSite(fixture.dist, BASE);
	});

	it('builds', () => {
		expect(build.output).not.toMatch(/problems? in the content/);
		expect(build.status).toBe(0);
	});

	it('has no broken internal link, asset or fragment, and every link stays under the base', () => {
		expect(brokenLinks(site)).toEqual([]);
		expect(page(site, `${BASE}people/jane-doe/`).querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toMatch(/^\/fact-sheets\/_astro\//);
	});

	it('gives every page a title, a description, a canonical address and OpenGraph and Twitter previews', () => {
		const url = `${BASE}people/jane-doe/`;
		const html = page(site, url);
		expect(html.querySelector('title')?.text).toBe('Jane Doe · Harbour Watch');
		expect(meta(url, 'description')).toBe('Director of the Acme Institute.');
		expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${HOME}people/jane-doe/`);
		expect(meta(url, 'og:title')).toBe('Jane Doe');
		expect(meta(url, 'og:type')).toBe('article');
		expect(meta(url, 'og:url')).toBe(`${HOME}people/jane-doe/`);
		expect(meta(url, 'og:image')).toBe(`${HOME}og/jane-doe.png`);
		expect(meta(url, 'twitter:card')).toBe('summary_large_image');
		expect(meta(url, 'twitter:image')).toBe(`${HOME}og/jane-doe.png`);
		for (const [other, html] of site.pages) {
			// Redirects (former slugs, a sheet's address in the other section) have their target's canonical address.
			if (other.endsWith('404.html') || html.toString().includes('http-equiv="refresh"')) continue;
			expect(page(site, other).querySelector('link[rel="canonical"]')?.getAttribute('href'), other).toBe(`${SITE}${other}`);
			expect(meta(other, 'description'), other).toBeTruthy();
			expect(meta(other, 'og:image'), other).toMatch(/^https:\/\/example\.org\/fact-sheets\/.+\.png$/);
		}
	});

	it('renders a 1200×630 PNG preview for every sheet and one for the other pages', () => {
		for (const image of ['og/jane-doe.png', 'og/acme-institute.png', 'preview.png']) {
			const png = readFileSync(join(fixture.dist, image));
			expect(png.subarray(1, 4).toString(), image).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
		}
	});

	it('describes sheets and their sources as schema.org structured data', () => {
		const data = (url: string) => JSON.parse(page(site, url).querySelector('script[type="application/ld+json"]')!.text);
		expect(data(`${BASE}people/jane-doe/`)).toMatchObject({
			'@type': 'WebPage',
			url: `${HOME}people/jane-doe/`,
			about: { '@type': 'Person', name: 'Jane Doe', alternateName: ['J. Doe'] },
			citation: [{ '@type': 'NewsArticle', headline: 'Harbour institute warns of rising tides', url: 'https://example.org/harbour-report', datePublished: '2026-03-04' }],
		});
		expect(data(`${BASE}organisations/acme-institute/`).about['@type']).toBe('NGO');
		expect(data(BASE).potentialAction.target).toBe(`${HOME}search/?q={search_term_string}`);
	});

	it('offers a citation of each sheet that works without JavaScript, and a permalink for each fact', () => {
		const html = page(site, `${BASE}people/jane-doe/`);
		const sheetCite = html.querySelector('article > details.cite')!;
		expect(sheetCite.querySelector('summary')?.text).toBe('Cite this sheet');
		expect(sheetCite.querySelectorAll('pre').map((pre) => pre.text)).toEqual([expect.stringMatching(/^@online\{jane-doe,/), expect.stringContaining(`"URL":"${HOME}people/jane-doe/"`)]);
		// One "Cite this" per sheet (issue 16): a fact is cited by its permalink.
		expect(html.querySelectorAll('details.cite').length).toBe(1);
		expect(html.querySelector('#harbour-wall-warning a.permalink')?.getAttribute('href')).toBe('#harbour-wall-warning');
	});

	it('links each citation of a source with a known address to the quoted words, with an archive lookup beside it', () => {
		const reference = page(site, `${BASE}people/jane-doe/`).querySelector('#ref-3')!;
		// The stored text's own words (with its curly quotes), so the browser finds them on the original page.
		expect(reference.querySelector('a.deep-link')?.getAttribute('href')).toBe(
			'https://example.org/harbour-report#:~:text=said%20on%20Monday%20that%20%E2%80%9Cthe,will%20not%20hold%20another%20winter%E2%80%9D',
		);
		// The archive lookup is the source's, given once where the reference list describes it.
		expect(reference.parentNode!.parentNode!.querySelector('a.archive-link')?.getAttribute('href')).toBe('https://web.archive.org/web/*/https://example.org/harbour-report');
	});

	it('redirects a former slug to the sheet, keeping the fact anchor when JavaScript runs', () => {
		const html = page(site, `${BASE}people/old-jane/`);
		// node-html-parser keeps <noscript> as text, so its content is read from the file.
		expect(file('people/old-jane/index.html')).toContain(`<noscript><meta http-equiv="refresh" content="0; url=${BASE}people/jane-doe/"></noscript>`);
		expect(html.querySelector('head script')?.text).toContain('location.replace(target + location.hash)');
		expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${HOME}people/jane-doe/`);
		expect(meta(`${BASE}people/old-jane/`, 'robots')).toBe('noindex');
		expect(html.querySelector('main a')?.getAttribute('href')).toBe(`${BASE}people/jane-doe/`);
	});

	it('lists the pages in a sitemap, without redirects, the search page or the 404 page, and writes no robots.txt under the base', () => {
		const sitemap = file('sitemap-0.xml');
		expect(sitemap).toContain(`<loc>${HOME}people/jane-doe/</loc>`);
		expect(sitemap).toContain(`<loc>${HOME}sources/harbour-report/</loc>`);
		expect(sitemap).not.toMatch(/old-jane|search|404/);
		// Crawlers read robots.txt only at the host's root, which is not this site's (tests/build/reader-fixes.test.ts has the root's).
		expect(existsSync(join(fixture.dist, 'robots.txt'))).toBe(false);
	});

	it('has an Atom feed of every sheet and source with absolute links', () => {
		const feed = file('feed.xml');
		expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${HOME}feed.xml"/>`);
		const links = [...feed.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((match) => match[1]);
		expect(links.sort()).toEqual([`${HOME}organisations/acme-institute/`, `${HOME}people/jane-doe/`, `${HOME}sources/harbour-report/`]);
		expect(page(site, BASE).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(`${BASE}feed.xml`);
	});

	it('builds the search index under the base, indexing sheets and sources by every name, each with its kind', () => {
		for (const asset of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind.js', 'pagefind-entry.json']) expect(existsSync(join(fixture.dist, 'pagefind', asset)), asset).toBe(true);
		const search = page(site, `${BASE}search/`);
		expect(search.querySelector('script[src]')?.getAttribute('src')).toBe(`${BASE}pagefind/pagefind-ui.js`);
		expect(file('search/index.html')).toMatch(new RegExp(`<noscript>[\\s\\S]*href="${BASE}names/"[\\s\\S]*</noscript>`));
		const header = page(site, `${BASE}people/jane-doe/`).querySelector('form[role="search"]')!;
		expect([header.getAttribute('action'), header.getAttribute('method'), header.querySelector('input')?.getAttribute('name')]).toEqual([`${BASE}search/`, 'get', 'q']);
		// Pagefind's fragments are gzipped JSON after a signature; read back what was indexed.
		const fragments = readdirSync(join(fixture.dist, 'pagefind/fragment')).map((name) => {
			const text = gunzipSync(readFileSync(join(fixture.dist, 'pagefind/fragment', name))).toString('utf8');
			return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string; meta: Record<string, string> };
		});
		// Stored from the site's root: Pagefind's scripts prefix the base they are served under (checked in a browser below).
		expect(fragments.map((fragment) => fragment.url).sort()).toEqual(['/figures/flooded-homes/', '/organisations/acme-institute/', '/people/jane-doe/', '/sources/harbour-report/']);
		const jane = fragments.find((fragment) => fragment.url.endsWith('jane-doe/'))!;
		expect(jane.meta.title).toBe('Jane Doe');
		expect(jane.meta.kind).toBe('Person');
		expect(jane.content).toContain('J. Doe');
		// Reference marks, permalinks and citation blocks are not indexed.
		expect(jane.content).not.toMatch(/\[\d\]|Cite this|@misc/);
	});

	it('publishes the data exports, valid against their published JSON Schemas', () => {
		const ajv = new Ajv2020({ strict: true, allErrors: true });
		for (const name of ['sheets', 'facts', 'sources']) {
			const schema = json(`data/${name}.schema.json`);
			expect(schema.$id).toBe(`${HOME}data/${name}.schema.json`);
			const data = json(`data/${name}.json`);
			expect(data.$schema).toBe(schema.$id);
			expect(data.schemaVersion).toBe(1);
			const validate = ajv.compile(schema);
			expect(validate(data) ? [] : validate.errors, name).toEqual([]);
		}
		const facts = json('data/facts.json').facts as { page: string }[];
		expect(facts.map((fact) => fact.page)).toContain(`${HOME}people/jane-doe/#harbour-wall-warning`);
		const csv = file('data/facts.csv').split('\r\n');
		expect(csv[0]).toBe(FACTS_CSV_COLUMNS.join(','));
		expect(csv.length - 2).toBe(facts.length);
	});

	it('has a 404 page whose links work from any address, and tells GitHub Pages not to run Jekyll', () => {
		const notFound = page(site, `${BASE}404.html`);
		expect(notFound.querySelector('h1')?.text).toBe('Page not found');
		expect(notFound.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toEqual([`${BASE}names/`, `${BASE}search/`, BASE]);
		expect(notFound.querySelector('link[rel="canonical"]')).toBeNull();
		expect(existsSync(join(fixture.dist, '.nojekyll'))).toBe(true);
	});

	describe.skipIf(!HAS_BROWSER)('in a browser, served under the base path', () => {
		let server: StaticServer;
		let browser: Browser;
		beforeAll(async () => {
			server = await serveStatic(fixture.dist, BASE);
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it('finds a sheet by an alias from the header’s search box, and its result opens the sheet', async () => {
			const tab = await browser.newPage();
			await tab.goto(`${server.url}people/`);
			await tab.fill('#site-search-q', 'J. Doe');
			await tab.press('#site-search-q', 'Enter');
			await tab.waitForURL(`${server.url}search/?q=J.+Doe`);
			const result = tab.locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a').first();
			await result.waitFor({ timeout: 15_000 });
			expect(await result.textContent()).toBe('Jane Doe');
			await result.click();
			await tab.waitForURL(`${server.url}people/jane-doe/`);
			expect(await tab.locator('h1').textContent()).toBe('Jane Doe');
			await tab.close();
		});

		it('says what each result is', async () => {
			const tab = await browser.newPage();
			await tab.goto(`${server.url}search/?q=harbour`);
			await tab.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
			// The kind is each record's metadata, not a filter (src/lib/search/records.ts): no filter's page list is downloaded.
			const source = tab.locator('.pagefind-ui__result', { hasText: 'Harbour institute warns of rising tides' });
			expect((await source.locator('.pagefind-ui__result-tag').textContent())?.trim()).toBe('Kind: Source');
			await tab.close();
		});

		it('sends an old link to a fact, by a former slug, to the fact on the sheet', async () => {
			const tab = await browser.newPage();
			await tab.goto(`${server.url}people/old-jane/#harbour-wall-warning`);
			await tab.waitForURL(`${server.url}people/jane-doe/#harbour-wall-warning`);
			await tab.close();
		});

		it('follows the refresh to the sheet without JavaScript', async () => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const tab = await context.newPage();
			await tab.goto(`${server.url}people/old-jane/`);
			await tab.waitForURL(`${server.url}people/jane-doe/`);
			await context.close();
		});
	});
});
