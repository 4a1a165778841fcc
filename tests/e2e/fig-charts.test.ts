/**
 * Figure charts and the timeline in Chromium (issue 16, Deliver 3): on a
 * 390 px phone and on a desktop, every chart text is drawn at 12 CSS px or
 * more, no two labels overlap, no text leaves the drawing; axe finds nothing.
 * Runs on the figures fixture (tests/helpers/fig-fixture.ts: the crowded
 * month, the long claimant) and on every figure page of the published site.
 * Screenshots of a figure page and the timeline go to test-results/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { prepareFigureFixture } from '../helpers/fig-fixture.ts';
import { buildFixture, PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { builtPages } from '../helpers/site-samples.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1100, height: 900 };
const publishedFigures = builtPages(PUBLISHED_DIST, 'figures')
	// A metric whose values are all vague counts ("tens of thousands") has a table and no chart: nothing to measure.
	.filter((metric) => readFileSync(join(PUBLISHED_DIST, 'figures', metric, 'index.html'), 'utf8').includes('<svg class="chart-'))
	.map((metric) => `figures/${metric}/`);

/** What the reader sees of the chart shown: its layout, the smallest text, overlapping labels and ticks, text outside the drawing. */
function measureChart(page: Page) {
	return page.evaluate(() => {
		const svg = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="group"]')].find((element) => getComputedStyle(element).display !== 'none');
		if (!svg) return undefined;
		const frame = svg.getBoundingClientRect();
		const scale = frame.width / svg.viewBox.baseVal.width;
		const texts = [...svg.querySelectorAll('text')];
		// Each line of text: a tspan of a label, or a text of its own (an axis tick).
		const lines = texts.flatMap((text) => (text.querySelector('tspan') ? [...text.querySelectorAll('tspan')] : [text]));
		const overlapping = (boxes: DOMRect[]) => {
			const pairs: string[] = [];
			boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b, j) => {
				if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push(`${i}×${i + 1 + j}`);
			}));
			return pairs;
		};
		return {
			layout: svg.getAttribute('class'),
			smallestFontPx: Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale)),
			smallestLinePx: Math.min(...lines.map((line) => line.getBoundingClientRect().height)),
			overlappingLabels: overlapping([...svg.querySelectorAll('.point-label')].map((label) => label.getBoundingClientRect())),
			overlappingTicks: overlapping([...svg.querySelectorAll('g.axis text')].map((tick) => tick.getBoundingClientRect())),
			outside: texts.map((text) => text.getBoundingClientRect()).filter((box) => box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5).length,
			pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
		};
	});
}

describe.skipIf(!HAS_BROWSER)('figure charts in Chromium', () => {
	let browser: Browser;
	let fixture: StaticServer;
	let published: StaticServer | undefined;
	beforeAll(async () => {
		mkdirSync(SCREENSHOTS, { recursive: true });
		const site = prepareFigureFixture('fig-e2e');
		const result = buildFixture(site);
		expect(result.status, result.output.slice(-3000)).toBe(0);
		fixture = await serveStatic(site.dist, '/');
		if (publishedFigures.length > 0) published = await serveStatic(PUBLISHED_DIST, PUBLISHED_BASE);
		browser = await launchBrowser();
	}, 300_000);
	afterAll(async () => {
		await browser?.close();
		await fixture?.close();
		await published?.close();
	});

	const expectReadable = (measured: Awaited<ReturnType<typeof measureChart>>, layout: string) =>
		expect(measured).toMatchObject({ layout, overlappingLabels: [], overlappingTicks: [], outside: 0 });

	for (const [name, viewport, layout] of [['phone', PHONE, 'chart-narrow'], ['desktop', DESKTOP, 'chart-wide']] as const) {
		it(`draws the crowded month readably on a ${name}: text of 12 CSS px or more, labels apart, all inside`, async () => {
			const page = await browser.newPage({ viewport });
			try {
				await page.goto(new URL('figures/flooded-homes/', fixture.url).href);
				const measured = await measureChart(page);
				expectReadable(measured, layout);
				expect(measured!.smallestFontPx).toBeGreaterThanOrEqual(12);
				expect(measured!.smallestLinePx).toBeGreaterThanOrEqual(12);
				expect(measured!.pageOverflow).toBeLessThanOrEqual(0);
				await saveScreenshot(page, { path: join(SCREENSHOTS, `fig-figure-${name}.png`), fullPage: true });
			} finally {
				await page.close();
			}
		});
	}

	it('lists the timeline, each event once, readably on a phone', async () => {
		const page = await browser.newPage({ viewport: PHONE });
		try {
			await page.goto(new URL('timeline/', fixture.url).href);
			const pier = await page.locator('ol.timeline > li', { hasText: 'pier would close' }).count();
			expect(pier).toBe(1);
			await saveScreenshot(page, { path: join(SCREENSHOTS, 'fig-timeline-phone.png'), fullPage: true });
		} finally {
			await page.close();
		}
	});

	it.each(['light', 'dark'] as const)('finds no axe violation on a figure page, phone and desktop (%s)', async (scheme) => {
		for (const viewport of [PHONE, DESKTOP]) {
			const page = await browser.newPage({ viewport, colorScheme: scheme, bypassCSP: true });
			try {
				await page.goto(new URL('figures/flooded-homes/', fixture.url).href);
				await page.addScriptTag({ content: AXE_SOURCE });
				const violations = await page.evaluate(async () => {
					const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
					const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
					return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
				});
				expect(violations).toEqual([]);
			} finally {
				await page.close();
			}
		}
	});

	it.skipIf(publishedFigures.length === 0).each(publishedFigures)('draws %s of the published site readably on a phone and a desktop', async (path) => {
		for (const [viewport, layout] of [[PHONE, 'chart-narrow'], [DESKTOP, 'chart-wide']] as const) {
			const page = await browser.newPage({ viewport });
			try {
				await page.goto(new URL(path, published!.url).href);
				const measured = await measureChart(page);
				expectReadable(measured, layout);
				expect(measured!.smallestFontPx).toBeGreaterThanOrEqual(12);
			} finally {
				await page.close();
			}
		}
	});
});
