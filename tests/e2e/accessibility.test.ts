/**
 * axe-core in Chromium on every page type of the published site, in light
 * and dark mode: no violation of WCAG 2.2 level A or AA. The pages come from
 * the site's own indexes, so the test runs on whatever story the site tells.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { siteSamples } from '../helpers/site-samples.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One page of each type, picked from the site's own indexes (tests/helpers/site-samples.ts); an empty site has only the fixed pages. */
const samples = siteSamples(PUBLISHED_DIST, PUBLISHED_BASE);
const PAGES = Object.entries({
	home: '',
	'people index': 'people/',
	'organisations index': 'organisations/',
	'sources index': 'sources/',
	'kinds index': 'kinds/',
	'kind page': samples.kind,
	'names A–Z': 'names/',
	person: samples.person,
	'pseudonymous person': samples.personOnPhone,
	organisation: samples.organisation,
	source: samples.source,
	timeline: 'timeline/',
	'figures index': 'figures/',
	'figure page': samples.figure,
	graph: 'graph/',
	search: 'search/',
	about: 'about/',
	'404': 'no-such-page/',
}).filter((entry): entry is [string, string] => entry[1] !== undefined);

describe.skipIf(!HAS_BROWSER)('accessibility (axe-core, WCAG 2.2 AA)', () => {
	let browser: Browser;
	let server: StaticServer;
	beforeAll(async () => {
		server = await serveStatic(PUBLISHED_DIST, PUBLISHED_BASE);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	for (const scheme of ['light', 'dark'] as const) {
		it.each(PAGES)(`%s (${scheme})`, async (_name, path) => {
			// The test injects axe-core as an inline script, which the pages' Content-Security-Policy
			// blocks (as it should: tests/gates/csp.test.ts); the test's own script is let through.
			const page = await browser.newPage({ colorScheme: scheme, bypassCSP: true });
			try {
				await page.goto(new URL(path, server.url).href);
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
});
