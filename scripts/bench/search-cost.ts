/**
 * What one search costs a reader: the built site is served locally, a real
 * Chromium opens the search page with a query (`/search/?q=…`, which the
 * page runs on load), and every response is counted. Pagefind's index and
 * fragment files are compressed already; text files (JS, CSS, HTML, JSON,
 * WebAssembly) are counted as a server would send them, gzipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
};

export interface SearchCost {
	readonly query: string;
	readonly results: number;
	/** Everything the search page and the query downloaded, as served (text gzipped). */
	readonly totalBytes: number;
	/** What the query itself needed beyond the page and its interface: Pagefind's engine, index and result fragments. */
	readonly queryBytes: number;
	readonly requests: number;
}

/** Why the search cost cannot be measured here, or undefined when it can. */
export function searchUnavailable(dist: string): string | undefined {
	if (!existsSync(join(dist, 'search/index.html')) || !existsSync(join(dist, 'pagefind'))) return 'the site has no search page and Pagefind bundle';
	if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
	return undefined;
}

const COMPRESSIBLE = /\.(html|css|js|json|wasm|svg)$|\/$/;

export async function measureSearch(dist: string, query: string): Promise<SearchCost> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(dist, path));
		if (file.startsWith(dist) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(dist) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
	try {
		const page = await browser.newPage();
		const sizes: Promise<{ url: string; bytes: number }>[] = [];
		page.on('response', (response) => {
			sizes.push(
				response
					.body()
					.then((body) => ({ url: response.url(), bytes: COMPRESSIBLE.test(new URL(response.url()).pathname) ? gzipSync(body).length : body.length }))
					.catch(() => ({ url: response.url(), bytes: 0 })),
			);
		});
		await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
		await page.waitForSelector('.pagefind-ui__result', { timeout: 60_000 });
		await page.waitForLoadState('networkidle');
		const results = await page.locator('.pagefind-ui__result').count();
		const responses = await Promise.all(sizes);
		const isQuery = (url: string) => /\/pagefind\//.test(url) && !/pagefind-(component-|modular-)?ui\.(js|css)$/.test(url);
		return {
			query,
			results,
			totalBytes: responses.reduce((sum, response) => sum + response.bytes, 0),
			queryBytes: responses.filter((response) => isQuery(response.url)).reduce((sum, response) => sum + response.bytes, 0),
			requests: responses.length,
		};
	} finally {
		await browser.close();
		server.close();
	}
}
