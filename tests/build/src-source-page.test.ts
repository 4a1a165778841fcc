/**
 * A source page on the valid fixture site: each quoted passage once, in
 * context (the sentence before and after it, never text outside the
 * article), grouped by sheet behind a jump list, an element for every
 * quote's anchor; and, in a browser on a 390 px phone, a page that fits.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passageAnchor } from '../../src/lib/site/model.ts';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, PROJECT_ROOT, readPage, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';
import { brokenLinks, loadBuiltSite } from '../helpers/site-pages.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/** Every quote the fixture's sheets cite from the harbour report. */
const QUOTES = [
	'The institute counted at least 1,204 flooded homes as of March 3, according to its own survey.',
	'the harbour wall will not hold another winter',
	'Jane Doe, director of the Acme Institute',
	'Doe joined the institute in 2019',
	'said on Monday that "the harbour wall will not hold another winter"',
	'Doe joined the institute in 2019 ... and has led it since.',
];
const squash = (element: HTMLElement | null | undefined) => element?.text.replace(/\s+/g, ' ').trim();

describe('a source page', () => {
	let site: FixtureSite;
	let build: BuildResult;
	let page: HTMLElement;
	beforeAll(() => {
		site = prepareFixture('valid', 'src-source-page');
		build = buildFixture(site);
		if (build.status === 0) page = parse(readPage(site, 'sources/harbour-report/'));
	});

	it('builds, with no broken link or fragment (the jump list’s included)', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(brokenLinks(loadBuiltSite(site.dist))).toEqual([]);
	});

	it('has an element for each quote’s anchor, once', () => {
		for (const quote of QUOTES) expect(page.querySelectorAll(`[id="${passageAnchor(quote)}"]`), quote).toHaveLength(1);
	});

	it('shows each passage once, with the sentence before and after it, under the first sheet citing it', () => {
		const sections = page.querySelectorAll('section.citing-sheet');
		expect(sections.map((section) => squash(section.querySelector('h3')))).toEqual(['Acme Institute', 'Jane Doe']);
		// Paragraphs of the stored text stay paragraphs (¶ here); "[…]" marks text of the article left out.
		const passages = (section: HTMLElement | undefined) => section?.querySelectorAll('.excerpt').map((excerpt) => excerpt.querySelectorAll('p').map(squash).join(' ¶ '));
		// Two passages of one sheet whose context overlaps (“Her reports are signed J. Doe.”) are one.
		expect(passages(sections[0])).toEqual([
			'Harbour institute warns of rising tides ¶ Jane Doe, director of the Acme Institute, said on Monday that “the harbour wall will not hold another winter”. Her reports are signed J. Doe. ¶ The institute counted at least 1,204 flooded homes as of March 3, according to its own survey. Acme Institute volunteers walked every flooded street. […]',
		]);
		expect(passages(sections[1])).toEqual(['[…] Acme Institute volunteers walked every flooded street. ¶ Doe joined the institute in 2019 — the year the Acme Institute opened its harbour office — and has led it since.']);
		expect(page.querySelectorAll('.excerpt mark').map(squash)).toEqual([
			'Jane Doe, director of the Acme Institute',
			'said on Monday that “the harbour wall will not hold another winter”',
			'The institute counted at least 1,204 flooded homes as of March 3, according to its own survey.',
			'Doe joined the institute in 2019',
			'and has led it since.',
		]);
		const body = squash(page.querySelector('article'));
		expect(body).not.toContain('Other headlines');
		expect(body).not.toContain('Ferry timetable');
	});

	it('lists beneath each passage the items of its sheet citing it and the other sheets citing it; a later sheet lists its items with a link to it', () => {
		// The passage's own id is its first quote's (by position in the text); the others' anchors are inside it.
		const first = page.querySelector(`#${passageAnchor(QUOTES[2] as string)}`);
		expect(first?.classList.contains('passage')).toBe(true);
		for (const quote of [QUOTES[0], QUOTES[1], QUOTES[4]]) expect(first?.querySelector(`span.passage-anchor[id="${passageAnchor(quote as string)}"]`), quote).not.toBeNull();
		expect(first?.querySelectorAll('.passage-items a').map((a) => [a.getAttribute('href'), squash(a)])).toEqual([
			['/organisations/acme-institute/#wall-warning', "The institute's director warned that the harbour wall will not hold another winter."],
			['/organisations/acme-institute/#flooded-homes-2026-03-03', expect.stringMatching(/1,204/)],
		]);
		expect(squash(first?.querySelector('.also-on'))).toBe('Also cited on Jane Doe.');
		expect(first?.querySelector('.also-on a')?.getAttribute('href')).toBe('#sheet-jane-doe');
		const elsewhere = page.querySelectorAll('.shown-elsewhere li');
		expect(elsewhere.map((li) => li.querySelectorAll('a').map((a) => a.getAttribute('href')))).toEqual([
			['/people/jane-doe/#role-1', `#${passageAnchor(QUOTES[2] as string)}`],
			['/people/jane-doe/#harbour-wall-warning', `#${passageAnchor(QUOTES[2] as string)}`],
		]);
		expect(squash(elsewhere[0])).toBe('Role: director (quoted under Acme Institute)');
	});

	it('links each passage to its words on the original page and to archived copies', () => {
		const links = page.querySelectorAll('.passage')[1]?.querySelectorAll('.passage-links a').map((a) => a.getAttribute('href'));
		expect(links).toEqual(['https://example.org/harbour-report#:~:text=Doe%20joined%20the%20institute%20in%202019&text=and%20has%20led%20it%20since.', 'https://web.archive.org/web/*/https://example.org/harbour-report']);
	});

	it('opens with a jump list of the citing sheets', () => {
		const jump = page.querySelector('nav.source-jump');
		expect(jump?.querySelectorAll('li').map(squash)).toEqual(['Acme Institute', 'Jane Doe']);
		expect(jump?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['#sheet-acme-institute', '#sheet-jane-doe']);
	});

	describe.skipIf(!HAS_BROWSER)('on a 390 px phone', () => {
		let browser: Browser;
		let server: StaticServer;
		beforeAll(async () => {
			server = await serveStatic(site.dist, '/');
			browser = await launchBrowser();
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it('fits the screen, and a quote’s anchor lands on its passage', async () => {
			const screenshots = join(PROJECT_ROOT, 'test-results/screenshots');
			mkdirSync(screenshots, { recursive: true });
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
			const tab = await context.newPage();
			await tab.goto(new URL(`sources/harbour-report/#${passageAnchor(QUOTES[4] as string)}`, server.url).href);
			expect(await tab.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			const top = await tab.$eval(`[id="${passageAnchor(QUOTES[4] as string)}"]`, (element) => element.closest('.passage')?.getBoundingClientRect().top ?? -1);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(60);
			await saveScreenshot(tab, { path: join(screenshots, 'src-source-passage-390.png') });
			await saveScreenshot(tab, { path: join(screenshots, 'src-source-page-390.png'), fullPage: true });
			await context.close();
		});
	});
});
