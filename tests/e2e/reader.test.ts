/**
 * What a reader does, in a real browser (Debian's Chromium), on the site as
 * published under a base path: follow a citation to its source, land on a
 * fact's permalink, search for another spelling, follow a relation both
 * ways, hit the 404 page. Screenshots of the main page types are saved to
 * test-results/screenshots/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');

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

	it('goes from the home page to a sheet, a citation, its reference and the source page', async () => {
		await withoutJavaScript(async (page) => {
			await page.goto(at(''));
			await page.screenshot({ path: join(SCREENSHOTS, 'home.png'), fullPage: true });
			await page.getByRole('link', { name: 'Ali Khamenei', exact: true }).first().click();
			await expect.poll(() => page.url()).toBe(at('people/ali-khamenei/'));
			await page.screenshot({ path: join(SCREENSHOTS, 'person.png') });
			const mark = page.locator('.facts .ref-mark a').first();
			const target = (await mark.getAttribute('href'))!;
			await mark.click();
			expect(page.url()).toBe(at(`people/ali-khamenei/${target}`));
			const reference = page.locator(`li${target}`);
			await expect.poll(() => reference.evaluate((element) => element.matches(':target'))).toBe(true);
			expect(await reference.isVisible()).toBe(true);
			await reference.locator('cite a').click();
			await expect.poll(() => page.url()).toMatch(new RegExp(`${PUBLISHED_BASE}sources/[a-z0-9-]+/$`));
			expect(await page.locator('h1').textContent()).toBeTruthy();
			expect(await page.locator(`a[href="${PUBLISHED_BASE}people/ali-khamenei/"]`).count()).toBeGreaterThan(0);
			await page.screenshot({ path: join(SCREENSHOTS, 'source.png') });
		});
	});

	it('opens a fact’s permalink and lands on that fact', async () => {
		await withoutJavaScript(async (page) => {
			await page.goto(at('organisations/hrana/#deaths-2026-02-08'));
			const fact = page.locator('#deaths-2026-02-08');
			expect(await fact.evaluate((element) => element.matches(':target'))).toBe(true);
			const box = (await fact.boundingBox())!;
			expect(box.y).toBeGreaterThanOrEqual(0);
			expect(box.y).toBeLessThan(900);
			// The visible link-to-this-fact control points at the same address.
			expect(await fact.locator('a.permalink').getAttribute('href')).toContain('#deaths-2026-02-08');
			await page.screenshot({ path: join(SCREENSHOTS, 'organisation-fact.png') });
		});
	});

	it('follows a relation both ways', async () => {
		await withoutJavaScript(async (page) => {
			await page.goto(at('people/hossein-karroubi/'));
			await page.locator('.relations li', { hasText: 'child of' }).getByRole('link', { name: 'Mehdi Karroubi' }).click();
			await expect.poll(() => page.url()).toBe(at('people/mehdi-karroubi/'));
			await page.locator('.relations li', { hasText: 'parent of' }).getByRole('link', { name: 'Hossein Karroubi' }).click();
			await expect.poll(() => page.url()).toBe(at('people/hossein-karroubi/'));
		});
	});

	it('finds a sheet by another spelling of the name', async () => {
		await page.goto(at('search/'));
		await page.getByRole('searchbox').first().fill('Jiranieh Hokambad');
		const result = page.locator('a', { hasText: 'Alireza Jeyrani Hokmabad' }).first();
		await result.waitFor({ timeout: 20_000 });
		await page.screenshot({ path: join(SCREENSHOTS, 'search.png') });
		await result.click();
		await expect.poll(() => page.url()).toBe(at('people/alireza-jeyrani-hokmabad/'));
	});

	it('shows the 404 page for an unknown address', async () => {
		await withoutJavaScript(async (page) => {
			const response = await page.goto(at('people/no-such-person/'));
			expect(response?.status()).toBe(404);
			expect(await page.locator('h1').textContent()).toMatch(/not found/i);
			// Its links honour the base, so a reader can get back.
			expect(await page.locator(`a[href="${PUBLISHED_BASE}"]`).count()).toBeGreaterThan(0);
			await page.screenshot({ path: join(SCREENSHOTS, '404.png') });
		});
	});

	it('saves screenshots of the other page types, on a phone and in dark mode', async () => {
		for (const [path, name] of [
			['timeline/', 'timeline'],
			['figures/protest-deaths/', 'figure'],
			['graph/', 'graph'],
			['names/', 'names'],
			['people/', 'index-people'],
		] as const) {
			await page.goto(at(path));
			await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
		}
		const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
		await phone.goto(at('people/ava/'));
		await phone.screenshot({ path: join(SCREENSHOTS, 'person-phone-dark.png'), fullPage: true });
		// Nothing is wider than the phone's screen.
		expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await phone.close();
	});
});
