import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { createUi } from '../lib/i18n/ui.ts';
import { recordHtml, searchRecords } from '../lib/search/records.ts';
import { buildSite } from '../lib/site/model.ts';
import type { SiteOptions } from '../schemas/options.ts';
import { readCorpusFile, type CorpusFileRef } from './corpus-file.ts';

/** Where the search bundle is written, relative to the built site; the search page loads it from there. */
export const SEARCH_BUNDLE = 'pagefind/';

/**
 * Builds the Pagefind index into `<dist>/pagefind/` from the verified corpus
 * the pages were rendered from (the file verification wrote, refused if its
 * bytes changed since), not from the built HTML: one small record per sheet,
 * source and figure page (src/lib/search/records.ts). At 10,000 sheets
 * reading every built page cost Pagefind about 40 s and 2 GB; these records
 * take a few seconds, and a search downloads only the words readers look for.
 * Result URLs are stored from the site's root; Pagefind's scripts prefix them
 * with the path they are served from, minus `pagefind/`, so results link
 * correctly under a base such as `/fact-sheets/`.
 *
 * @returns the number of pages indexed.
 */
export async function writeSearchIndex(dist: string, corpus: CorpusFileRef, options: SiteOptions): Promise<number> {
	const ui = createUi(options);
	const records = searchRecords(buildSite(readCorpusFile(corpus).site, ui.language), ui);
	// The site's language (options `language`), for Pagefind's stemming and word splitting, whatever a record's text.
	const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		for (const record of records) {
			const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record, options.language) });
			if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath: join(dist, SEARCH_BUNDLE) });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return records.length;
	} finally {
		await pagefind.close();
	}
}
