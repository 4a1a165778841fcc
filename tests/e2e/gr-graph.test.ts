/**
 * Graphs in Chromium (issue 16, Deliver 5), on the project's own content
 * built as a fixture: the network page and the best-connected sheet's
 * Connections, on a desktop and on a 390 px phone. As the browser renders
 * them, no two names overprint, no name is clipped by the drawing's edge, the
 * drawing leaves no empty band, and the page never scrolls sideways (the
 * drawing scrolls inside its frame). Screenshots go to
 * test-results/screenshots/graph-*.png.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_BROWSER, launchBrowser, saveScreenshot } from '../helpers/browser.ts';
import { buildFixture, prepareFixture, PROJECT_ROOT, type FixtureSite } from '../helpers/fixture-site.ts';
import { builtPages, siteSamples } from '../helpers/site-samples.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screenshots');

/** The sheet page whose Connections draw the most nodes, relative to the base; undefined when no sheet page draws any. */
function busiestSheet(dist: string): string | undefined {
	let best = { path: '', nodes: 0 };
	for (const section of ['people', 'organisations']) {
		for (const slug of builtPages(dist, section)) {
			const html = readFileSync(join(dist, section, slug, 'index.html'), 'utf8');
			const nodes = html.match(/class="node (?:focus|person|organisation)"/g)?.length ?? 0;
			if (nodes > best.nodes) best = { path: `${section}/${slug}/`, nodes };
		}
	}
	return best.path || undefined;
}

interface Measured {
	overlaps: string[];
	clipped: string[];
	/** Empty space between the drawing's content and its frame, top and bottom, in CSS px. */
	bandTop: number;
	bandBottom: number;
	pageWidth: number;
}

/** Measures the first graph on the page as rendered: each label's box against the others' and the SVG's. */
function measure(page: Page): Promise<Measured> {
	return page.evaluate(() => {
		const svg = document.querySelector('.graph svg') as SVGSVGElement;
		const frame = svg.getBoundingClientRect();
		const boxes = [...svg.querySelectorAll('text')].map((text) => ({ name: text.textContent ?? '', box: text.getBoundingClientRect() }));
		const overlaps: string[] = [];
		const clipped: string[] = [];
		const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
		boxes.forEach(({ name, box }, i) => {
			for (const other of boxes.slice(i + 1)) if (hit(box, other.box)) overlaps.push(`${name} × ${other.name}`);
			if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5) clipped.push(name);
		});
		const content = [...svg.querySelectorAll('text, circle')].map((element) => element.getBoundingClientRect());
		return {
			overlaps,
			clipped,
			bandTop: Math.min(...content.map((box) => box.top)) - frame.top,
			bandBottom: frame.bottom - Math.max(...content.map((box) => box.bottom)),
			pageWidth: document.documentElement.scrollWidth,
		};
	});
}

describe.skipIf(!HAS_BROWSER)('graphs in a browser', () => {
	let site: FixtureSite;
	let server: StaticServer;
	let browser: Browser;
	/** The drawings this site has: the network once any two sheets are linked, and the busiest sheet's Connections. */
	let drawings: (readonly [path: string, name: string])[];

	beforeAll(async () => {
		site = prepareFixture('valid', 'gr-graph-e2e');
		for (const dir of ['content', 'seeds']) {
			rmSync(join(site.root, dir), { recursive: true, force: true });
			cpSync(join(PROJECT_ROOT, dir), join(site.root, dir), { recursive: true });
		}
		const build = buildFixture(site);
		if (build.status !== 0) throw new Error(`The site did not build:\n${build.output.slice(-3000)}`);
		const sheet = busiestSheet(site.dist);
		// A site just started by `npm run new-site` links no sheets yet: its network page says so and draws nothing.
		// A site whose sheets are linked must draw them: judged from its data (a relation in data/sheets.json), not
		// from the drawing's markup, so that a drawing which stops rendering fails instead of skipping.
		const linked = siteSamples(site.dist, '/').relation !== undefined;
		if (linked && !sheet) throw new Error('The site has relations, but no sheet page draws its Connections.');
		drawings = linked && sheet ? [['graph/', 'network'], [sheet, 'connections']] : [];
		server = await serveStatic(site.dist, '/');
		browser = await launchBrowser();
		mkdirSync(SCREENSHOTS, { recursive: true });
	});

	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	for (const [width, device] of [[1280, 'desktop'], [390, 'phone']] as const) {
		it(`draws the network and a sheet's connections clear and unclipped on a ${device}`, async (context) => {
			if (drawings.length === 0) return context.skip('no sheet of this site is linked to another yet: nothing is drawn');
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			for (const [path, name] of drawings) {
				await page.goto(`${server.url}${path}`);
				const measured = await measure(page);
				expect(measured.overlaps, `${path}: names overprinting`).toEqual([]);
				expect(measured.clipped, `${path}: names clipped`).toEqual([]);
				expect(measured.bandTop, `${path}: empty band above the drawing`).toBeLessThan(12);
				expect(measured.bandBottom, `${path}: empty band below the drawing`).toBeLessThan(12);
				expect(measured.pageWidth, `${path}: the page scrolls sideways`).toBeLessThanOrEqual(width);
				// The legend and the list are there, next to the drawing.
				expect(await page.locator('.graph-legend li').count()).toBeGreaterThan(1);
				expect(await page.locator('.graph-links li').count()).toBeGreaterThan(0);
				// The figure only, in page coordinates (a sheet page is far taller than its graph).
				const clip = await page.evaluate(() => {
					const box = (document.querySelector('figure.graph') as HTMLElement).getBoundingClientRect();
					return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height };
				});
				await saveScreenshot(page, { path: join(SCREENSHOTS, `graph-${name}-${device}.png`), fullPage: true, clip });
			}
			await page.close();
		});
	}
});
