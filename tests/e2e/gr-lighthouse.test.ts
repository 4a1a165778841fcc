/**
 * Lighthouse (issue 16, "Done when"): performance, accessibility, best
 * practices and SEO at 100 on a sheet page, a source page and a figure page
 * (those of them the site has; the home page of a site with none yet),
 * on a phone (and on a desktop too with LIGHTHOUSE_DESKTOP=1: each run takes
 * 15-40 s on a loaded 2-core machine, so by default only the stricter phone
 * runs). The site is the project's own content built as a fixture (so the
 * test needs no other suite's build), served gzipped as GitHub Pages serves
 * it: Lighthouse times the bytes sent. Lighthouse drives Debian's Chromium
 * through chrome-launcher (a dependency of lighthouse) and downloads nothing.
 * A score under 1 fails with the audits that cost it. Performance is
 * simulated from the page's own main-thread work, so a machine under load
 * can cost it a point that an idle one does not: a page whose only score
 * under 1 is performance is run again a few times, with the CPU slowdown
 * calibrated to this host as Lighthouse's throttling guide says (below).
 */
import { cpSync, rmSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAS_BROWSER } from '../helpers/browser.ts';
import { rerunCpuSlowdown } from '../helpers/lighthouse-throttling.ts';
import { buildFixture, prepareFixture, PROJECT_ROOT, type FixtureSite } from '../helpers/fixture-site.ts';
import { builtPages, siteSamples, type SiteSamples } from '../helpers/site-samples.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** Runs of a page whose only category under 1 is performance, before the test gives up on it (see the loop below). */
const PERFORMANCE_ATTEMPTS = 5;
const FORM_FACTORS = process.env.LIGHTHOUSE_DESKTOP === '1' ? (['mobile', 'desktop'] as const) : (['mobile'] as const);

/**
 * A gzipping proxy in front of the static server (which keeps the routing,
 * base path and 404 of GitHub Pages): text answers go out compressed, as a
 * host sends them, so that the page weight Lighthouse measures is the real one.
 */
async function gzipProxy(upstream: string): Promise<{ url: string; close(): Promise<void> }> {
	const target = new URL(upstream);
	const server: Server = createServer((request, response) => {
		get(new URL(request.url ?? '/', target), (answer) => {
			const chunks: Buffer[] = [];
			answer.on('data', (chunk: Buffer) => chunks.push(chunk));
			answer.on('end', () => {
				const body = Buffer.concat(chunks);
				const type = String(answer.headers['content-type'] ?? '');
				const headers = { ...answer.headers };
				delete headers['content-length'];
				if (/^(text\/|application\/(json|xml)|image\/svg)/.test(type)) {
					response.writeHead(answer.statusCode ?? 500, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
					response.end(gzipSync(body));
				} else {
					response.writeHead(answer.statusCode ?? 500, headers);
					response.end(body);
				}
			});
		}).on('error', (error) => response.writeHead(502).end(String(error)));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}${target.pathname}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The audits of a category that lost it points: id, title and score, for the assertion message. */
function failures(result: Result, category: string): string[] {
	return (result.categories[category]?.auditRefs ?? [])
		.filter((ref) => ref.weight > 0)
		.map((ref) => result.audits[ref.id])
		.filter((audit) => audit && audit.score !== null && audit.score < 1)
		.map((audit) => `${audit!.id} (${audit!.title}): ${audit!.score}${audit!.displayValue ? `, ${audit!.displayValue}` : ''}`);
}

describe.skipIf(!HAS_BROWSER)('Lighthouse on the sheet, source and figure pages', () => {
	let site: FixtureSite;
	let server: StaticServer;
	let proxy: Awaited<ReturnType<typeof gzipProxy>>;
	let chrome: chromeLauncher.LaunchedChrome;
	let samples: SiteSamples;

	beforeAll(async () => {
		site = prepareFixture('valid', 'gr-lighthouse');
		for (const dir of ['content', 'seeds']) {
			rmSync(join(site.root, dir), { recursive: true, force: true });
			cpSync(join(PROJECT_ROOT, dir), join(site.root, dir), { recursive: true });
		}
		const build = buildFixture(site);
		if (build.status !== 0) throw new Error(`The site did not build:\n${build.output.slice(-3000)}`);
		samples = siteSamples(site.dist, '/');
		server = await serveStatic(site.dist, '/');
		proxy = await gzipProxy(server.url);
		chrome = await chromeLauncher.launch({
			chromePath: CHROMIUM,
			// The flags of tests/helpers/browser.ts, headless: nothing is fetched from the network but the site.
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
		});
	});

	afterAll(async () => {
		chrome?.kill();
		await proxy?.close();
		await server?.close();
	});

	for (const formFactor of FORM_FACTORS) {
		it(`scores 100 in every category on a ${formFactor}`, async () => {
			// The page types this site has; a site just started by `npm run new-site` has none of them yet, and its home
			// page is what a reader gets. What the site has is read from its build, not from the indexes the samples come
			// from, so that a page type the indexes stop linking fails here instead of dropping out of the test: a site
			// with sheets has sources (every item cites one), and one with figure pages has a figure to sample.
			if (samples.sheetCount > 0) {
				expect(samples.person ?? samples.organisation, 'a sheet page, from the people or organisations index').toBeTruthy();
				expect(samples.source, 'a source page, from the sources index').toBeTruthy();
			}
			if (builtPages(site.dist, 'figures').length > 0) expect(samples.figure, 'a figure page, from the figures index').toBeTruthy();
			const present = Object.entries({ sheet: samples.person ?? samples.organisation, source: samples.source, figure: samples.figure }).filter(([, path]) => path);
			const pages = present.length > 0 ? present : [['home', ''] as const];
			const report: string[] = [];
			for (const [name, path] of pages) {
				// No full-page screenshot: no audit scores it, and on a long source page it is the slowest step.
				const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableFullPageScreenshot: true };
				// Performance is simulated from main-thread work timed on this machine, and on an idle machine the long
				// source page still scored 0.99 in about one run in three (its Total Blocking Time swings between 5 and 140 ms
				// with where the first paint falls in the parse of 110 KB of HTML); CI's machine, slower, lost the point three
				// times running. Lighthouse's advice is to run several times and, on a host slower than it assumes, to
				// calibrate the CPU slowdown to the host (tests/helpers/lighthouse-throttling.ts). So while only performance
				// is under 1, a page is run again, at most four more times, each rerun with the slowdown calibrated to the
				// highest benchmark index its runs so far measured (never more than the profile's own). A page slow on the
				// emulated phone every time still fails. The other categories do not depend on load and are never retried.
				let result: Result | undefined;
				const runs: string[] = [];
				// The profile's own slowdown, as the first run (with no override) reports it.
				let profileSlowdown: number | undefined;
				// The highest benchmark index the runs of this page measured: the host at its fastest, so that one index
				// taken during a burst of load never buys a rerun more leeway than the host has shown it needs.
				let fastestIndex = 0;
				for (let attempt = 0; attempt < PERFORMANCE_ATTEMPTS; attempt++) {
					const throttling = result && {
						...result.configSettings.throttling,
						cpuSlowdownMultiplier: rerunCpuSlowdown(profileSlowdown!, fastestIndex),
					};
					const run = await lighthouse(`${proxy.url}${path}`, throttling ? { ...flags, throttling } : flags, formFactor === 'desktop' ? desktopConfig : undefined);
					result = run?.lhr;
					if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
					if (result.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${result.runtimeError.message}`);
					profileSlowdown ??= result.configSettings.throttling.cpuSlowdownMultiplier;
					fastestIndex = Math.max(fastestIndex, result.environment.benchmarkIndex);
					runs.push(`${result.categories['performance']?.score} (index ${Math.round(result.environment.benchmarkIndex)}, CPU ${result.configSettings.throttling.cpuSlowdownMultiplier.toFixed(2)}×)`);
					const below = CATEGORIES.filter((category) => result!.categories[category]?.score !== 1);
					if (!(below.length === 1 && below[0] === 'performance')) break;
				}
				if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
				for (const category of CATEGORIES) {
					const score = result.categories[category]?.score;
					if (score !== 1) report.push(`${name} page ${path}, ${category} ${score}: ${failures(result, category).join('; ') || 'no single audit below 1'}${category === 'performance' ? `; runs: ${runs.join(', ')}` : ''}`);
				}
			}
			expect(report, report.join('\n')).toEqual([]);
		});
	}
});
