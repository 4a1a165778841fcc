/**
 * Where a build's time went, read from Astro's own log: its phases, and the
 * render time of every page summed by route (Astro logs `├─ /path (+12ms)`
 * for each page it generates, one after another).
 */
import { readFileSync } from 'node:fs';

export interface BuildLog {
	/** Astro's phase durations in seconds, as it reports them. */
	readonly phases: Record<string, number>;
	/** Render time by route, slowest first: `/people/*` sums every sheet page of that section. */
	readonly routes: readonly { readonly route: string; readonly pages: number; readonly seconds: number }[];
	/** Pages Astro's incremental build copied from the previous build (`(cached)` or `(restored)` in its log) instead of rendering them. */
	readonly reusedPages: number;
	/** Pages it rendered. */
	readonly renderedPages: number;
}

const seconds = (text: string): number => {
	// "1m 9s", "30.92s", "156ms"
	let total = 0;
	for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) total += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
	return total;
};

/** `/people/amir-tehrani/index.html` → `/people/*`; `/og/x.png` → `/og/*`; single pages stay themselves. */
function routeOf(path: string, groupSizes: ReadonlyMap<string, number>): string {
	const segments = path.replace(/\/index\.html$/, '/').split('/').filter(Boolean);
	if (segments.length < 2) return path;
	const group = `/${segments[0]}/*`;
	return (groupSizes.get(group) ?? 0) >= 10 ? group : path;
}

export function readBuildLog(file: string): BuildLog {
	// eslint-disable-next-line no-control-regex
	const text = readFileSync(file, 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
	const phases: Record<string, number> = {};
	const phase = (name: string, pattern: RegExp) => {
		const match = pattern.exec(text);
		if (match?.[1]) phases[name] = Math.round(seconds(match[1]) * 100) / 100;
	};
	phase('content sync and types', /\[types\] Generated ([^\n]+)/);
	phase('until bundling (verify, sync, route scan)', /Collecting build info\.\.\.\n[^\n]*Completed in ([^\n]+)/);
	phase('bundling (vite)', /\[vite\] ✓ built in ([^\n]+)/);
	phase('generating pages', /(?:generating|prerendering) static routes[\s\S]*?\n\S+ ✓ Completed in ([^\n]+)/);
	// Made on a thread of their own while the pages render: its whole time, and what was left once the pages were built.
	phase('search index and exports (own thread)', /\[fact-sheets\] Built the search index[^\n]* in ([\d.]+ ?m?s) on their own thread/);
	phase('search index and exports (after the pages)', /\[fact-sheets\] Built the search index[^\n]*, ([\d.]+ ?m?s) of it after the pages/);
	// Counted from the end of the pages, like the search index: the two run at once.
	phase('preview cards (after the pages)', /\[fact-sheets\] Wrote \d+ preview cards in ([\d.]+ ?m?s)/);
	phase('total', /page\(s\) built in ([^\n]+)/);

	const pages: { path: string; ms: number }[] = [];
	// Astro writes "(+12ms)", "(+1.20s)" or "(+1m 9s)".
	for (const [, path, time] of text.matchAll(/├─ (\S+)\s*\(\+([^)]+)\)/g)) pages.push({ path: path as string, ms: seconds(time as string) * 1000 });
	const groupSizes = new Map<string, number>();
	for (const { path } of pages) {
		const segments = path.split('/').filter(Boolean);
		if (segments.length >= 2) groupSizes.set(`/${segments[0]}/*`, (groupSizes.get(`/${segments[0]}/*`) ?? 0) + 1);
	}
	const byRoute = new Map<string, { pages: number; ms: number }>();
	for (const { path, ms } of pages) {
		const route = routeOf(path, groupSizes);
		const entry = byRoute.get(route) ?? { pages: 0, ms: 0 };
		entry.pages++;
		entry.ms += ms;
		byRoute.set(route, entry);
	}
	const routes = [...byRoute]
		.map(([route, { pages: count, ms }]) => ({ route, pages: count, seconds: Math.round(ms / 10) / 100 }))
		.sort((a, b) => b.seconds - a.seconds);
	const reusedPages = [...text.matchAll(/├─ \S+\s*\((?:cached|restored)\)/g)].length;
	return { phases, routes, reusedPages, renderedPages: pages.length };
}
