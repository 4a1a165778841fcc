/**
 * Serves a built site under its base path the way GitHub Pages does:
 * directories answer with their index.html, anything else missing answers
 * 404 with the site's 404.html.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain',
	'.csv': 'text/csv',
	'.wasm': 'application/wasm',
};

export interface StaticServer {
	/** The site's address, ending in the base path: `http://127.0.0.1:PORT/fact-sheets/`. */
	readonly url: string;
	close(): Promise<void>;
}

/** Serves `dist` under `base` on a free loopback port. */
export async function serveStatic(dist: string, base: string): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file: string | undefined;
		if (pathname.startsWith(base)) {
			const candidate = normalize(join(dist, pathname.slice(base.length)));
			if (candidate.startsWith(dist)) {
				if (existsSync(candidate) && statSync(candidate).isDirectory()) {
					const index = join(candidate, 'index.html');
					// Like GitHub Pages: a directory without its final slash redirects to it.
					if (existsSync(index) && !pathname.endsWith('/')) {
						response.writeHead(301, { location: `${pathname}/` }).end();
						return;
					}
					file = existsSync(index) ? index : undefined;
				} else if (existsSync(candidate)) file = candidate;
			}
		}
		if (!file) {
			const notFound = join(dist, '404.html');
			response.writeHead(404, { 'content-type': TYPES['.html'] as string });
			response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		response.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
