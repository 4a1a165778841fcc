/**
 * The real site's source pages on a 390 px phone, without JavaScript: each
 * opens with a jump list whose every link lands on its sheet's section, the
 * page never scrolls sideways, and every quoted passage has one element per
 * quote anchor. Screenshots of the top of each page and of one passage are
 * saved to test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { builtPages } from '../helpers/site-samples.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');
// Read when the file is collected: the global setup has built the site by then.
const sources = builtPages(PUBLISHED_DIST, 'sources');

describe.skipIf(!HAS_BROWSER || sources.length === 0)('a source page on a 390 px phone', () => {
	let browser: Browser;
	let server: StaticServer;
	beforeAll(async () => {
		mkdirSync(SCREENSHOTS, { recursive: true });
		server = await serveStatic(PUBLISHED_DIST, PUBLISHED_BASE);
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it.each(sources)('%s: jump list, passages in context, nothing wider than the screen', async (id) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(new URL(`sources/${id}/`, server.url).href);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		const jumps = await page.locator('nav.source-jump a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(jumps.length).toBe(await page.locator('section.citing-sheet').count());
		for (const jump of jumps) expect(await page.locator(`section.citing-sheet > h3[id="${jump.slice(1)}"]`).count(), jump).toBe(1);
		const passages = page.locator('.passage');
		expect(await passages.count()).toBeGreaterThan(0);
		expect(await page.locator('.passage .excerpt mark').count()).toBeGreaterThanOrEqual(await passages.count());
		await saveScreenshot(page, { path: join(SCREENSHOTS, `src-source-${id}-top-390.png`) });
		const last = jumps.at(-1);
		if (last) {
			await page.goto(new URL(`sources/${id}/${last}`, server.url).href);
			await saveScreenshot(page, { path: join(SCREENSHOTS, `src-source-${id}-section-390.png`) });
		}
		await context.close();
	});
});
