/**
 * Debian's Chromium driven by playwright-core: no browser download, which
 * cannot work on this machine. Where Chromium is missing the browser tests
 * are skipped, loudly; with REQUIRE_BROWSER=1 (set by .ci/run) a missing
 * browser fails the run instead, so CI can never pass by skipping them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
