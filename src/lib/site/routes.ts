import type { SheetKind, SheetSection } from '../../schemas/index.ts';

/**
 * URL paths, relative to the site's base (no leading slash; a page's path
 * ends with a slash, a file's does not). Pages turn them into links with
 * `withBase`, so every link honours Astro's `base` and a fork can publish
 * under any prefix.
 */
export type SitePath = string & { readonly __brand: 'SitePath' };

const path = (value: string) => value as SitePath;

export const HOME_PATH = path('');
export const SOURCES_PATH = path('sources/');
export const TIMELINE_PATH = path('timeline/');

/** Page `number` of the site-wide timeline: the first is /timeline/ itself. */
export function timelinePagePath(number: number): SitePath {
	return number <= 1 ? TIMELINE_PATH : path(`timeline/${number}/`);
}
export const FIGURES_PATH = path('figures/');
export const NAMES_PATH = path('names/');
export const GRAPH_PATH = path('graph/');
export const KINDS_PATH = path('kinds/');
export const SEARCH_PATH = path('search/');
/** How the site checks its facts, its licence and where to report a mistake (src/pages/about.astro). */
export const ABOUT_PATH = path('about/');
export const FEED_PATH = path('feed.xml');
export const SITEMAP_PATH = path('sitemap-index.xml');
export const FAVICON_PATH = path('favicon.svg');
/** Every sheet's path and name, read by the 404 page's script to suggest the sheet closest to a mistyped address. */
export const NOT_FOUND_PATHS_PATH = path('404-paths.json');
/** The preview image of pages other than sheets; sheets have their own (sheetImagePath). */
export const SITE_IMAGE_PATH = path('preview.png');

export const DATA_INDEX_PATH = path('data/');

/** The data exports and their JSON Schemas (docs/data-exports.md). */
export const DATA_PATHS = {
	sheets: path('data/sheets.json'),
	facts: path('data/facts.json'),
	factsCsv: path('data/facts.csv'),
	sources: path('data/sources.json'),
	ftm: path('data/entities.ftm.json'),
	statementsCsv: path('data/statements.csv'),
	sqlite: path('data/fact-sheets.sqlite'),
	cslJson: path('data/citations.json'),
	bibtex: path('data/citations.bib'),
} as const;

export function dataSchemaPath(name: 'sheets' | 'facts' | 'sources'): SitePath {
	return path(`data/${name}.schema.json`);
}

/** A sheet's preview image for social media (OpenGraph), by slug: slugs are unique across sections. */
export function sheetImagePath(slug: string): SitePath {
	return path(`og/${slug}.png`);
}

export function figurePath(metric: string): SitePath {
	return path(`figures/${metric}/`);
}

export function kindPath(kind: SheetKind): SitePath {
	return path(`kinds/${kind}/`);
}

/** A list page's number as its route's `[...page]` parameter: none for the first page, whose address is the list's own. */
export const pageParam = (page: number): string | undefined => (page > 1 ? String(page) : undefined);

/** The same as the last segment of its address. */
const pageSegment = (page: number) => (pageParam(page) ? `${page}/` : '');

/**
 * One letter of a kind's sheets, when the kind has too many for one page
 * (letter-pages.ts); `slug` as `letterSlug` gives it; `page` for a letter
 * cut into pages, the first at the letter's own address.
 */
export function kindLetterPath(kind: SheetKind, slug: string, page = 1): SitePath {
	return path(`kinds/${kind}/${slug}/${pageSegment(page)}`);
}

/** One letter of the A–Z of names, when it is too long for one page; `page` as for kindLetterPath. */
export function namesLetterPath(slug: string, page = 1): SitePath {
	return path(`names/${slug}/${pageSegment(page)}`);
}

/** A sheet's page, in the section its kind lives in (`sectionOf` in src/lib/vocabulary.ts). */
export function sheetPath(slug: string, section: SheetSection): SitePath {
	return path(`${section}/${slug}/`);
}

export function sourcePath(id: string): SitePath {
	return path(`sources/${id}/`);
}

export function sectionPath(section: SheetSection): SitePath {
	return path(`${section}/`);
}

/**
 * The absolute address of a path: for canonical links, feeds, sitemaps,
 * structured data and exports, which are read away from the site.
 */
export function absoluteUrl(site: URL | string, base: string, sitePath: SitePath, fragment?: string): string {
	const origin = typeof site === 'string' ? site : site.href;
	const key = `${origin}\u0000${base}\u0000${sitePath}`;
	let href = absoluteUrls.get(key);
	if (href === undefined) {
		if (absoluteUrls.size >= RECENT_ADDRESSES) absoluteUrls.clear();
		absoluteUrls.set(key, (href = new URL(withBase(base, sitePath), origin).href));
	}
	if (!fragment) return href;
	// A fragment of characters that URL never percent-encodes is appended as it is, which is what parsing the
	// whole address would give; any other is left to URL.
	return SAFE_FRAGMENT.test(fragment) && !href.includes('#') ? `${href}#${fragment}` : new URL(withBase(base, sitePath, fragment), origin).href;
}

/**
 * Each page's address resolved once per build (by path, not fragment: a fact's permalink is asked for once or
 * twice, a page's address many times, in its own head and structured data and by every page naming it); parsing a
 * URL for each was ~0.2 s of a 1,000-sheet build. Bounded, so that a site of 50,000 sheets does not keep them all.
 */
const absoluteUrls = new Map<string, string>();
const RECENT_ADDRESSES = 20_000;
const SAFE_FRAGMENT = /^[\w.~-]+$/;

/** Joins Astro's `base` (`/` or `/fact-sheets/`, with or without the final slash) and a site path. */
export function withBase(base: string, sitePath: SitePath, fragment?: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${sitePath}${fragment ? `#${fragment}` : ''}`;
}
