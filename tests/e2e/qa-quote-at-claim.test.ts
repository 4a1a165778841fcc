/**
 * The quote at the claim, read in Chromium without JavaScript (issue 16): on
 * a 390 px phone and at 320 px, with the long quote and the sheet's one cite
 * box open, nothing scrolls sideways (WCAG 1.4.10); the source label leads to
 * the quote's entry on the source page; axe finds nothing. Screenshots are
 * saved as the other browser tests save them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, PROJECT_ROOT, type FixtureSite } from '../helpers/fixture-site.ts';
import { quoteFixtureChanges } from '../helpers/qa-quote-fixture.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHEET = 'organisations/acme-institute/';

describe.skipIf(!HAS_BROWSER)('the quote at the claim, in a browser without JavaScript', () => {
	let site: FixtureSite;
	let server: StaticServer;
	let browser: Browser;
	beforeAll(async () => {
		site = prepareFixture('valid', 'qa-e2e-quotes', quoteFixtureChanges());
		const result = buildFixture(site);
		if (result.status !== 0) throw new Error(`The fixture did not build:\n${result.output}`);
		server = await serveStatic(site.dist, '/');
		browser = await launchBrowser();
	}, 300_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const open = async (width: number): Promise<Page> => {
		const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(new URL(SHEET, server.url).href);
		return page;
	};
	const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

	for (const width of [390, 320]) {
		it(`fits a ${width} px screen with the long quote and the cite box open`, async () => {
			const page = await open(width);
			const fact = page.locator('#survey-method');
			await fact.locator('.support summary').click();
			expect(await fact.locator('.support details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
			await page.locator('details.cite summary').click();
			expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
			await fact.scrollIntoViewIfNeeded();
			await saveScreenshot(page, { path: join(SCREENSHOTS, `qa-quote-at-claim-${width}.png`) });
			await saveScreenshot(page, { path: join(SCREENSHOTS, `qa-quote-at-claim-${width}-full.png`), fullPage: true });
			await page.context().close();
		});
	}

	it('shows each quote under its fact, and its label leads to the quote on the source page', async () => {
		const page = await open(390);
		const item = page.locator('#wall-warning-two-sources');
		expect(await item.locator('.support q').first().isVisible()).toBe(true);
		expect(await item.locator('.source-count').textContent()).toBe('2 sources');
		const label = item.locator('a.source-label').nth(1);
		const href = (await label.getAttribute('href'))!;
		await label.click();
		await expect.poll(() => page.url()).toBe(new URL(href, server.url).href);
		// The source page carries the quote's anchor (helper SRC's part of issue 16).
		const anchor = href.split('#')[1]!;
		expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
		await page.context().close();
	});

	it('passes axe (WCAG 2.2 AA) with the long quote open', async () => {
		// axe is injected as a script, which the page's CSP blocks (as it should): the test's own script is let through.
		const page = await browser.newPage({ viewport: { width: 390, height: 800 }, bypassCSP: true });
		await page.goto(new URL(SHEET, server.url).href);
		await page.locator('#survey-method .support summary').click();
		await page.addScriptTag({ content: AXE_SOURCE });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
			return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
		await page.close();
	});
});
