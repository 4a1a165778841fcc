/** What a built site weighs: in all, per sheet page, and in CSS and JavaScript a reader downloads. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DistStats {
	readonly files: number;
	readonly bytes: number;
	readonly sheetPages: number;
	readonly medianHtmlBytes: number;
	readonly medianHtmlGzipBytes: number;
	readonly maxSheetHtmlBytes: number;
	/** Stylesheets linked from any page, plus the inline styles of the median sheet page, gzipped. */
	readonly cssGzipBytes: number;
	/** Stylesheets (gzipped) a sheet page needs: its linked files and inline styles. */
	readonly sheetCssGzipBytes: number;
	/** JavaScript a sheet page loads (script files, module preloads, inline scripts): what reading costs. */
	readonly jsBytesToRead: number;
	/** Every JavaScript file in dist/, including what only the search page loads. */
	readonly jsBytesInDist: number;
	/** The largest page of any kind (network graph, timeline, indexes). */
	readonly largestPage: { readonly path: string; readonly bytes: number; readonly gzipBytes: number };
}

interface DistFile {
	readonly path: string;
	readonly full: string;
	readonly bytes: number;
}

function filesUnder(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const full = join(directory, entry.name);
		return entry.isDirectory() ? filesUnder(full) : [full];
	});
}

const gzipped = (data: Buffer | string) => gzipSync(data).length;

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	if (sorted.length === 0) return 0;
	return sorted.length % 2 ? (sorted[middle] as number) : Math.round(((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2);
}

const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLESHEET = /<link\b[^>]*rel="stylesheet"[^>]*>/g;
const PRELOAD = /<link\b[^>]*rel="modulepreload"[^>]*>/g;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The dist file an absolute or base-prefixed href points to. */
function resolveHref(href: string, byPath: ReadonlyMap<string, DistFile>): DistFile | undefined {
	if (/^[a-z]+:/i.test(href)) return undefined;
	const segments = href.split(/[?#]/)[0]?.split('/').filter(Boolean) ?? [];
	// Drop leading segments (the base path) until the rest names a file.
	for (let i = 0; i < segments.length; i++) {
		const file = byPath.get(segments.slice(i).join('/'));
		if (file) return file;
	}
	return undefined;
}

/** What one page loads besides itself. */
function pageAssets(html: string, byPath: ReadonlyMap<string, DistFile>) {
	const styles = new Set<DistFile>();
	const scripts = new Set<DistFile>();
	let inlineStyle = '';
	let inlineScriptBytes = 0;
	for (const [tag] of html.matchAll(STYLESHEET)) {
		const file = resolveHref(attribute(tag, 'href') ?? '', byPath);
		if (file) styles.add(file);
	}
	for (const [tag] of html.matchAll(PRELOAD)) {
		const file = resolveHref(attribute(tag, 'href') ?? '', byPath);
		if (file) scripts.add(file);
	}
	for (const match of html.matchAll(INLINE_SCRIPT)) {
		const src = attribute(match[1] ?? '', 'src');
		const type = attribute(match[1] ?? '', 'type');
		// JSON and other data blocks are not scripts a browser runs.
		if (type && !/javascript|module/.test(type)) continue;
		if (src) {
			const file = resolveHref(src, byPath);
			if (file) scripts.add(file);
		} else inlineScriptBytes += Buffer.byteLength(match[2] ?? '');
	}
	for (const match of html.matchAll(INLINE_STYLE)) inlineStyle += match[1] ?? '';
	return { styles, scripts, inlineStyle, inlineScriptBytes };
}

/**
 * Measures `dist`. `isSheetPage` picks the sheet pages among the HTML files
 * (by path relative to dist, forward slashes, and the page's HTML).
 */
export function distStats(dist: string, isSheetPage: (path: string, html: string) => boolean): DistStats {
	const files: DistFile[] = filesUnder(dist).map((full) => ({ path: relative(dist, full).split(sep).join('/'), full, bytes: statSync(full).size }));
	const byPath = new Map(files.map((file) => [file.path, file]));
	const html = files.filter((file) => file.path.endsWith('.html'));
	const sheets: DistFile[] = [];
	const gzipSizes: number[] = [];
	const allStyles = new Set<DistFile>();
	let sheetJsMax = 0;
	for (const file of html) {
		const text = readFileSync(file.full, 'utf8');
		const assets = pageAssets(text, byPath);
		for (const style of assets.styles) allStyles.add(style);
		if (!isSheetPage(file.path, text)) continue;
		sheets.push(file);
		gzipSizes.push(gzipped(text));
		let js = assets.inlineScriptBytes;
		for (const script of assets.scripts) js += script.bytes;
		sheetJsMax = Math.max(sheetJsMax, js);
	}
	const medianBytes = median(sheets.map((file) => file.bytes));
	const medianPage = [...sheets].sort((a, b) => Math.abs(a.bytes - medianBytes) - Math.abs(b.bytes - medianBytes))[0];
	const medianAssets = medianPage ? pageAssets(readFileSync(medianPage.full, 'utf8'), byPath) : undefined;
	const inlineCss = medianAssets?.inlineStyle ? gzipped(medianAssets.inlineStyle) : 0;
	const cssOf = (styles: Iterable<DistFile>) => [...styles].reduce((sum, file) => sum + gzipped(readFileSync(file.full)), 0);
	const largest = [...html].sort((a, b) => b.bytes - a.bytes)[0];
	return {
		files: files.length,
		bytes: files.reduce((sum, file) => sum + file.bytes, 0),
		sheetPages: sheets.length,
		medianHtmlBytes: medianBytes,
		medianHtmlGzipBytes: median(gzipSizes),
		maxSheetHtmlBytes: sheets.reduce((max, file) => Math.max(max, file.bytes), 0),
		cssGzipBytes: cssOf(allStyles) + inlineCss,
		sheetCssGzipBytes: cssOf(medianAssets?.styles ?? []) + inlineCss,
		jsBytesToRead: sheetJsMax,
		jsBytesInDist: files.filter((file) => /\.m?js$/.test(file.path)).reduce((sum, file) => sum + file.bytes, 0),
		largestPage: largest
			? { path: largest.path, bytes: largest.bytes, gzipBytes: gzipped(readFileSync(largest.full)) }
			: { path: '', bytes: 0, gzipBytes: 0 },
	};
}

/**
 * Our sheet pages: /people/<slug>/ and /organisations/<slug>/, not the
 * section indexes, nor the redirect pages at a sheet's address in the other
 * section or at a former slug (a `<meta http-equiv="refresh">` page).
 */
export const isOurSheetPage = (path: string, html: string) => /^(people|organisations)\/[^/]+\/index\.html$/.test(path) && !html.includes('http-equiv="refresh"');

/** The baseline's sheet pages: every page but the (absent) home page. */
export const isBaselineSheetPage = (path: string) => path !== 'index.html' && path.endsWith('/index.html');
