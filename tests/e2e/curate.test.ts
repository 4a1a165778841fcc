/**
 * The curation view under `astro dev` (src/integration/curate-routes/), in
 * Chromium: the list of sources with their coverage, and a source's stored
 * text with its cited passages highlighted and linked to their items, the
 * page around the article greyed, an uncovered name marked, and a citation
 * offered for the words a curator selects; a source that cannot be read yet
 * is named. (That a build never holds it is
 * tested in tests/build/curation-tools.test.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser } from '../helpers/browser.ts';
import { childEnv, prepareFixture, PROJECT_ROOT } from '../helpers/fixture-site.ts';

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

const SEED = 'seeds/harbour-report.txt';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe.skipIf(!HAS_BROWSER)('the curation view, under astro dev', () => {
	let server: ChildProcess;
	let browser: Browser;
	let page: Page;
	let url = '';
	let output = '';

	beforeAll(async () => {
		// The article names someone no sheet covers.
		let seed = '';
		const site = prepareFixture('valid', 'h-curate-view', {
			[SEED]: (text) => (seed = text.replace('Acme Institute volunteers walked', 'Acme Institute volunteers, led by Sam Okafor, walked')),
			'content/sources/harbour-report.yaml': (text) => text.replace(/^sha256: \w+$/mu, () => `sha256: ${sha256(seed)}`),
			// A source add-source has just written, its placeholders not filled yet.
			'content/sources/draft-article.yaml': 'title: "TODO: the headline, as the stored text gives it"\n',
		});
		const port = await freePort();
		url = `http://127.0.0.1:${port}/`;
		server = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--root', site.root, '--host', '127.0.0.1', '--port', String(port)], {
			cwd: site.root,
			env: childEnv(),
		});
		server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		for (let tries = 0; ; tries++) {
			if (server.exitCode !== null || tries > 120) throw new Error(`astro dev did not answer at ${url}:\n${output}`);
			if (await fetch(url).then((response) => response.ok, () => false)) break;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		browser = await launchBrowser();
		page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
	}, 120_000);
	afterAll(async () => {
		await browser?.close();
		server?.kill();
	});

	it('lists the sources with their coverage', async () => {
		await page.goto(`${url}_curate/`);
		const row = page.locator('tr[data-source="harbour-report"]');
		expect(await row.locator('a').getAttribute('href')).toBe('/_curate/harbour-report/');
		expect(await row.locator('.uncovered-names').textContent()).toBe('Sam Okafor');
		expect(await row.textContent()).toContain('3 of 7 (43%)');
		expect(await page.locator('.unreadable').textContent()).toContain('draft-article');
	});

	it('shows the stored text: cited passages in their sheet’s colour, linked to their items; chrome greyed; uncovered names marked', async () => {
		await page.goto(`${url}_curate/harbour-report/`);
		const marks = page.locator('#article mark');
		expect(await marks.count()).toBeGreaterThan(4);
		expect(await marks.first().evaluate((mark) => getComputedStyle(mark).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		expect(await page.locator('#article .chrome').first().textContent()).toContain('Daily Harbour | Home');
		expect(await page.locator('#article .chrome').first().evaluate((span) => getComputedStyle(span).color)).toBe('rgb(138, 138, 138)');
		expect(await page.locator('#article .uncovered').allTextContents()).toEqual(['Sam Okafor']);
		// Each sheet has one colour: Jane Doe's marks share a hue that is not Acme's.
		const hues = await page.locator('#article sup').evaluateAll((sups) => sups.map((sup) => [sup.querySelector('a')?.getAttribute('href'), (sup as HTMLElement).style.getPropertyValue('--hue')]));
		const jane = new Set(hues.filter(([href]) => href?.startsWith('/people/jane-doe/')).map(([, hue]) => hue));
		const acme = new Set(hues.filter(([href]) => href?.startsWith('/organisations/acme-institute/')).map(([, hue]) => hue));
		expect([jane.size, acme.size]).toEqual([1, 1]);
		expect([...jane][0]).not.toBe([...acme][0]);
		// A passage's link leads to its item on the sheet's page.
		await page.locator('#article sup a[href="/people/jane-doe/#joined-2019"]').first().click();
		await page.waitForURL(`${url}people/jane-doe/#joined-2019`);
		expect(await page.locator('[id="joined-2019"]').count()).toBe(1);
	});

	it('offers a citation for the words a curator selects, and warns about words outside the article', async () => {
		await page.goto(`${url}_curate/harbour-report/`);
		const select = (text: string) =>
			page.evaluate((wanted) => {
				const walker = document.createTreeWalker(document.getElementById('article') as HTMLElement, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const at = node.textContent?.indexOf(wanted) ?? -1;
					if (at < 0) continue;
					const range = document.createRange();
					range.setStart(node, at);
					range.setEnd(node, at + wanted.length);
					document.getSelection()?.removeAllRanges();
					document.getSelection()?.addRange(range);
					return true;
				}
				return false;
			}, text);
		expect(await select('Acme Institute volunteers')).toBe(true);
		await page.locator('#snippet').waitFor({ state: 'visible' });
		expect(await page.locator('#snippet-text').textContent()).toBe('      - source: harbour-report\n        quote: "Acme Institute volunteers"');
		expect(await page.locator('#snippet-warning').textContent()).toBe('');
		expect(await select('Other headlines: Council approves')).toBe(true);
		await expect.poll(() => page.locator('#snippet-warning').textContent()).toBe('It is in the page around the article, which cannot be cited.');
	});
});
