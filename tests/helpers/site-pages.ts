/**
 * Reads a built site as a reader's browser would see it: pages by URL, and
 * every internal link, asset and fragment checked against what was built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltSite {
	/** Pages by URL path under the base, e.g. `/fact-sheets/people/jane-doe/`. */
	readonly pages: ReadonlyMap<string, HTMLElement>;
	readonly base: string;
	readonly dist: string;
}

function htmlFiles(directory: string): string[] {
	return readdirSync(directory).flatMap((name) => {
		const full = join(directory, name);
		if (statSync(full).isDirectory()) return htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/** Loads every HTML page of `dist`, keyed by the URL it is served at under `base`. */
export function loadBuiltSite(dist: string, base = '/'): BuiltSite {
	const pages = new Map<string, HTMLElement>();
	for (const file of htmlFiles(dist).sort()) {
		const path = relative(dist, file).split(sep).join('/');
		const url = base + (path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path);
		pages.set(url, parse(readFileSync(file, 'utf8')));
	}
	return { pages, base, dist };
}

/** The page at a URL path, or a failing error naming what was built. */
export function page(site: BuiltSite, url: string): HTMLElement {
	const found = site.pages.get(url);
	if (!found) throw new Error(`No page at ${url}; built: ${[...site.pages.keys()].slice(0, 20).join(', ')}…`);
	return found;
}

/** Every internal reference (href, src) of every page that does not resolve to a built file or fragment. */
export function brokenLinks(site: BuiltSite): string[] {
	const broken: string[] = [];
	const ids = new Map<string, Set<string>>();
	const idsOf = (url: string) => {
		let set = ids.get(url);
		if (!set) {
			set = new Set(site.pages.get(url)?.querySelectorAll('[id]').map((element) => element.id) ?? []);
			ids.set(url, set);
		}
		return set;
	};
	for (const [from, html] of site.pages) {
		for (const element of html.querySelectorAll('[href], [src]')) {
			const raw = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
			if (/^(?:[a-z]+:|\/\/)/i.test(raw)) continue;
			const resolved = new URL(raw, `http://site${from}`);
			const path = decodeURI(resolved.pathname);
			const fragment = decodeURIComponent(resolved.hash.slice(1));
			if (!path.startsWith(site.base)) {
				broken.push(`${from}: ${raw} is outside the base ${site.base}`);
				continue;
			}
			if (site.pages.has(path)) {
				if (fragment && !fragment.startsWith(':~:') && !idsOf(path).has(fragment)) broken.push(`${from}: ${raw} has no #${fragment} on ${path}`);
				continue;
			}
			const file = join(site.dist, path.slice(site.base.length));
			if (!existsSync(file) || statSync(file).isDirectory()) broken.push(`${from}: ${raw} does not exist`);
		}
	}
	return broken;
}
