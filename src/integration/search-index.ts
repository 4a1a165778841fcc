import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the search bundle is written, relative to the built site; the search page loads it from there. */
export const SEARCH_BUNDLE = 'pagefind/';

/** Page furniture that would only add noise to results: reference marks, permalinks, citation blocks, drawings. */
const NOT_INDEXED = ['.ref-mark', '.permalink', '.cite', '.backlinks', 'svg'];

/**
 * Builds the Pagefind index of a built site into `<dist>/pagefind/`. Only
 * pages that mark their content with `data-pagefind-body` (sheets, sources
 * and figure pages) are indexed; names and aliases weigh the most
 * (`data-pagefind-weight`, docs/content-model.md "Finding a sheet").
 * Result URLs are stored relative to the site's root; Pagefind's scripts
 * prefix them with the path they are served from, minus `pagefind/`, so
 * results link correctly under a base such as `/fact-sheets/`.
 *
 * `language` is the site's (a BCP 47 tag).
 *
 * @returns the number of HTML files Pagefind read (pages without `data-pagefind-body` are read and skipped).
 */
export async function writeSearchIndex(dist: string, language: string): Promise<number> {
	// The site's language (options `language`), for Pagefind's stemming and word splitting; it would otherwise split the index by each page's <html lang>.
	const { index, errors } = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: NOT_INDEXED });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const added = await index.addDirectory({ path: dist });
		if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(dist, SEARCH_BUNDLE) });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
