import { SHEET_KINDS, type SheetKind } from '../../schemas/index.ts';

/**
 * URL paths, relative to the site's base (no leading slash, trailing slash
 * always). Pages turn them into links with `withBase`, so every link honours
 * Astro's `base` and a fork can publish under any prefix.
 */
export type SitePath = string & { readonly __brand: 'SitePath' };

const path = (value: string) => value as SitePath;

export const HOME_PATH = path('');
export const SOURCES_PATH = path('sources/');
export const TIMELINE_PATH = path('timeline/');
export const FIGURES_PATH = path('figures/');
export const NAMES_PATH = path('names/');
export const GRAPH_PATH = path('graph/');
export const KINDS_PATH = path('kinds/');

export function figurePath(metric: string): SitePath {
	return path(`figures/${metric}/`);
}

export function kindPath(kind: SheetKind): SitePath {
	return path(`kinds/${kind}/`);
}

export function sheetPath(slug: string, kind: SheetKind): SitePath {
	return path(`${SHEET_KINDS[kind].section}/${slug}/`);
}

export function sourcePath(id: string): SitePath {
	return path(`sources/${id}/`);
}

export function sectionPath(section: 'people' | 'organisations'): SitePath {
	return path(`${section}/`);
}

/** Joins Astro's `base` (`/` or `/fact-sheets/`, with or without the final slash) and a site path. */
export function withBase(base: string, sitePath: SitePath, fragment?: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return `${prefix}${sitePath}${fragment ? `#${fragment}` : ''}`;
}
