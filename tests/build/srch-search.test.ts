/**
 * Search built from the verified content (issue 17): in the valid fixture
 * site, built under a base path, Pagefind holds one record per sheet, source
 * and figure page with the words the site model gives them, and in Chromium
 * a search ranks the page named by the search first, shows each result's
 * kind, downloads no Web Worker and no filter file, breaks no rule of the
 * page's Content-Security-Policy and leaves axe nothing to report.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, PROJECT_ROOT, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const BASE = '/fact-sheets/';
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('search from the verified content', () => {
	let site: FixtureSite;
	let build: BuildResult;
	beforeAll(() => {
		site = prepareFixture('valid', 'srch-search');
		build = buildFixture(site, { BASE_PATH: BASE });
	});

	it('builds, and says how many pages it indexed', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(build.output).toMatch(/Built the search index of 4 pages, the data exports \([\d.]+ MB\) and 2 pages at former addresses from the verified content in \d+ ms on their own thread, \d+ ms of it after the pages\./);
	});

	it('stores one record per sheet, source and figure page: title, kind and the words searched, nothing from the pages around them', () => {
		// Pagefind's fragments: gzipped JSON behind a 12-byte signature.
		const folder = join(site.dist, 'pagefind/fragment');
		const fragments = readdirSync(folder)
			.map((file) => JSON.parse(gunzipSync(readFileSync(join(folder, file))).subarray(12).toString('utf8')) as { url: string; content: string; meta: Record<string, string>; filters: object })
			.map(({ url, content, meta, filters }) => ({ url, meta, filters, content }))
			.sort((a, b) => a.url.localeCompare(b.url));
		expect(fragments).toEqual([
			{ url: '/figures/flooded-homes/', meta: { title: 'Flooded homes', kind: 'Figures' }, filters: {}, content: 'Flooded homes. Homes flooded by the tides. Unit: homes.' },
			{
				url: '/organisations/acme-institute/',
				meta: { title: 'Acme Institute', kind: 'NGO' },
				filters: {},
				content:
					"Acme Institute. An institute that surveys flooding in the harbour. The institute counted at least 1,204 flooded homes as of March 3. The institute's director warned that the harbour wall will not hold another winter.",
			},
			{
				url: '/people/jane-doe/',
				meta: { title: 'Jane Doe', kind: 'Person' },
				filters: {},
				content:
					'Jane Doe. J. Doe. Director of the Acme Institute. director, Acme Institute. Jane Doe said the harbour wall will not hold another winter. Doe joined the institute in 2019 and has led it since.',
			},
			{ url: '/sources/harbour-report/', meta: { title: 'Harbour institute warns of rising tides', kind: 'Source' }, filters: {}, content: 'Harbour institute warns of rising tides. Daily Harbour.' },
		]);
		expect(readdirSync(join(site.dist, 'pagefind'))).not.toContain('filter');
	});

	describe.skipIf(!HAS_BROWSER)('in Chromium', () => {
		let server: StaticServer;
		let browser: Browser;
		beforeAll(async () => {
			server = await serveStatic(site.dist, BASE);
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		/** Opens the search page with a query, as the header's search box does, and waits for its results. */
		async function search(query: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<{ tab: Page; requests: string[]; refused: string[] }> {
			const tab = await browser.newPage(options);
			const requests: string[] = [];
			const refused: string[] = [];
			tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
			tab.on('console', (message) => {
				if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
			});
			await tab.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
			await tab.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
			await tab.waitForLoadState('networkidle');
			return { tab, requests, refused };
		}
		const titles = (tab: Page) => tab.locator('.pagefind-ui__result-title a').allTextContents();

		it('ranks the pages whose title holds the word above a sheet that only mentions it, and says what each result is', async () => {
			// Jane Doe's record has "institute" three times, all at the ordinary weight; the source and Acme Institute have it in their title, weighed 10.
			const { tab, refused } = await search('institute');
			expect(await titles(tab)).toEqual(['Harbour institute warns of rising tides', 'Acme Institute', 'Jane Doe']);
			expect((await tab.locator('.pagefind-ui__result-tag').allTextContents()).map((tag) => tag.trim())).toEqual(['Kind: Source', 'Kind: NGO', 'Kind: Person']);
			expect(refused).toEqual([]);
			mkdirSync(SCREENSHOTS, { recursive: true });
			await saveScreenshot(tab, { path: join(SCREENSHOTS, 'srch-search-results.png'), fullPage: true });
			await tab.close();
		});

		it('downloads neither a Web Worker nor a filter file, and links results under the base path', async () => {
			const { tab, requests } = await search('Doe');
			expect(requests.filter((path) => /pagefind-worker|\/filter\//.test(path))).toEqual([]);
			expect(await tab.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe(`${BASE}people/jane-doe/`);
			await tab.close();
		});

		it('leaves axe nothing to report on a page of results, light and dark', async () => {
			for (const colorScheme of ['light', 'dark'] as const) {
				// The page's policy blocks an injected script, as it should (tests/gates/csp.test.ts): axe's is let through.
				const { tab } = await search('harbour', { colorScheme, bypassCSP: true });
				await tab.addScriptTag({ content: AXE_SOURCE });
				const violations = await tab.evaluate(async (tags) => {
					const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
					const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
					return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
				}, WCAG_22_AA);
				expect(violations, colorScheme).toEqual([]);
				await tab.close();
			}
		});
	});
});
