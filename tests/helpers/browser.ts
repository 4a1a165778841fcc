/**
 * Debian's Chromium driven by playwright-core: no browser download, which
 * cannot work on this machine. Where Chromium is missing the browser tests
 * are skipped, loudly; with REQUIRE_BROWSER=1 (set by .ci/run) a missing
 * browser fails the run instead, so CI can never pass by skipping them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_BROWSER = existsSync(CHROMIUM);

if (!HAS_BROWSER) {
	const message = `Chromium not found at ${CHROMIUM}: browser tests are SKIPPED. Install it with \`apt-get install chromium\`.`;
	if (process.env.REQUIRE_BROWSER === '1') throw new Error(`${message} REQUIRE_BROWSER=1 forbids skipping them.`);
	console.warn(`\n${'!'.repeat(78)}\n${message}\n${'!'.repeat(78)}\n`);
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
		],
	});
}

/**
 * Saves a screenshot for people to look at (test-results/screenshots/). A
 * screenshot asserts nothing, and headless Chromium on a loaded 2-core
 * machine sometimes answers "Unable to capture screenshot" while it is still
 * painting, so it is tried again after a pause before that counts as a failure.
 */
export async function saveScreenshot(page: Page, options: Parameters<Page['screenshot']>[0]): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await page.screenshot(options);
			return;
		} catch (error) {
			if (attempt >= 3 || !String(error).includes('Unable to capture screenshot')) throw error;
			await page.waitForTimeout(1000);
		}
	}
}
