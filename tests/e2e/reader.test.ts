/**
 * What a reader does, in a real browser (Debian's Chromium), on the site as
 * published under a base path: follow a citation to its source, land on a
 * fact's permalink, search for another spelling, follow a relation both
 * ways, hit the 404 page. The pages come from the site's own indexes
 * (tests/helpers/site-samples.ts), so the journeys run on whatever story the
 * site tells; a journey the content gives no page for is skipped. Screenshots
 * of the main page types are saved to test-results/screenshots/ for a person
 * to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { siteSamples } from '../helpers/site-samples.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');
// Read when the file is collected: the global setup has built the site by then.
const samples = siteSamples(PUBLISHED_DIST, PUBLISHED_BASE);
const { person, fact, relation, alias } = samples;

describe.skipIf(!HAS_BROWSER)('a reader in Chromium', () => {
	let browser: Browser;
	let server: StaticServer;
	let page: Page;
	const at = (path: string) => new URL(path, server.url).href;

	beforeAll(async () => {
		mkdirSync(SCREENSHOTS, { recursive: true });
		server = await serveStatic(PUBLISHED_DIST, PUBLISHED_BASE);
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
		// Pages must read without JavaScript: every journey but search runs with it off.
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	async function withoutJavaScript<T>(run: (page: Page) => Promise<T>): Promise<T> {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
		try {
			return await run(await context.newPage());
		} finally {
			await context.close();
		}
	}

	it('finds the pages it needs in the site’s own indexes whenever the site has sheets', () => {
		// A journey is skipped only for want of content, never because the indexes could not be read.
		if (samples.sheetCount === 0) return;
		expect(person ?? samples.organisation, 'a sheet linked from a section index').toBeDefined();
		expect(fact, 'a sheet with facts in data/sheets.json').toBeDefined();
	});

	it.skipIf(!person)('goes from the home page to a sheet, a citation, its reference and the source page', async () => {
		await withoutJavaScript(async (page) => {
			await page.goto(at(''));
			await saveScreenshot(page, { path: join(SCREENSHOTS, 'home.png'), fullPage: true });
			// A long site's home page lists kinds rather than names: the person is then found in its section's index.
			const link = page.locator(`main a[href="${PUBLISHED_BASE}${person}"]`);
			if ((await link.count()) === 0) await page.goto(at('people/'));
			await link.first().click();
			await expect.poll(() => page.url()).toBe(at(person!));
			await saveScreenshot(page, { path: join(SCREENSHOTS, 'person.png') });
			const mark = page.locator('.facts .ref-mark a').first();
			const target = (await mark.getAttribute('href'))!;
			await mark.click();
			expect(page.url()).toBe(at(`${person}${target}`));
			const reference = page.locator(`li${target}`);
			await expect.poll(() => reference.evaluate((element) => element.matches(':target'))).toBe(true);
			expect(await reference.isVisible()).toBe(true);
			// The reference list describes each source once, above its numbered passages (issue 16).
			await page.locator(`.reference-sources > li:has(li${target}) > cite a`).click();
			await expect.poll(() => page.url()).toMatch(new RegExp(`${PUBLISHED_BASE}sources/[a-z0-9-]+/$`));
			expect(await page.locator('h1').textContent()).toBeTruthy();
			expect(await page.locator(`a[href="${PUBLISHED_BASE}${person}"]`).count()).toBeGreaterThan(0);
			await saveScreenshot(page, { path: join(SCREENSHOTS, 'source.png') });
		});
	});

	it.skipIf(!fact)('opens a fact’s permalink and lands on that fact', async () => {
		await withoutJavaScript(async (page) => {
			await page.goto(at(`${fact!.sheet}#${fact!.id}`));
			const item = page.locator(`[id="${fact!.id}"]`);
			expect(await item.evaluate((element) => element.matches(':target'))).toBe(true);
			const box = (await item.boundingBox())!;
			// Scrolled to the fact, give or take the sub-pixel rounding of a layout (it lands at -0.11 px after ordinary edits).
			expect(box.y).toBeGreaterThan(-1);
			expect(box.y).toBeLessThan(900);
			// The visible link-to-this-fact control points at the same address.
			expect(await item.locator('a.permalink').getAttribute('href')).toContain(`#${fact!.id}`);
			await saveScreenshot(page, { path: join(SCREENSHOTS, 'organisation-fact.png') });
		});
	});

	it.skipIf(!relation)('follows a relation both ways', async () => {
		const { from, fromName, to, toName, label } = relation!;
		await withoutJavaScript(async (page) => {
			await page.goto(at(from));
			await page.locator('.relations li', { hasText: label }).getByRole('link', { name: toName, exact: true }).first().click();
			await expect.poll(() => page.url()).toBe(at(to));
			await page.locator('.relations li').getByRole('link', { name: fromName, exact: true }).first().click();
			await expect.poll(() => page.url()).toBe(at(from));
		});
	});

	it.skipIf(!alias)('finds a sheet by another spelling of the name', async () => {
		await page.goto(at('search/'));
		await page.getByRole('searchbox').first().fill(alias!.query);
		const result = page.locator('a', { hasText: alias!.name }).first();
		await result.waitFor({ timeout: 20_000 });
		await saveScreenshot(page, { path: join(SCREENSHOTS, 'search.png') });
		await result.click();
		await expect.poll(() => page.url()).toBe(at(alias!.path));
	});

	it('shows the 404 page for an unknown address', async () => {
		await withoutJavaScript(async (page) => {
			const response = await page.goto(at('people/no-such-person/'));
			expect(response?.status()).toBe(404);
			// The built 404 page, whatever the site's language calls it.
			const notFound = parse(readFileSync(join(PUBLISHED_DIST, '404.html'), 'utf8')).querySelector('h1')?.text.trim();
			expect(notFound).toBeTruthy();
			expect((await page.locator('h1').textContent())?.trim()).toBe(notFound);
			// Its links honour the base, so a reader can get back.
			expect(await page.locator(`a[href="${PUBLISHED_BASE}"]`).count()).toBeGreaterThan(0);
			await saveScreenshot(page, { path: join(SCREENSHOTS, '404.png') });
		});
	});

	it('saves screenshots of the other page types, on a phone and in dark mode', async () => {
		for (const [path, name] of [
			['timeline/', 'timeline'],
			...(samples.figure ? [[samples.figure, 'figure'] as const] : []),
			['graph/', 'graph'],
			['names/', 'names'],
			['people/', 'index-people'],
		] as const) {
			await page.goto(at(path));
			await saveScreenshot(page, { path: join(SCREENSHOTS, `${name}.png`) });
		}
		const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
		await phone.goto(at(samples.personOnPhone ?? ''));
		await saveScreenshot(phone, { path: join(SCREENSHOTS, 'person-phone-dark.png'), fullPage: true });
		// Nothing is wider than the phone's screen.
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await phone.close();
	});
});
