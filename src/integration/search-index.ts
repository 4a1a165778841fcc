import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

/** Where the search bundle is written, relative to the built site; the search page loads it from there. */
export const SEARCH_BUNDLE = 'pagefind/';

function htmlFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const full = join(directory, entry.name);
		if (entry.isDirectory()) return htmlFiles(full);
		return entry.name.endsWith('.html') ? [full] : [];
	});
}

/**
 * Builds the Pagefind index of a built site into `<dist>/pagefind/`. Each
 * page is added with its URL under `base`, so results link correctly when
 * the site lives under a path such as `/fact-sheets/`. Only pages that mark
 * their content with `data-pagefind-body` (sheets and sources) are indexed.
 *
 * @returns the number of pages indexed.
 */
export async function writeSearchIndex(dist: string, base: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		let pages = 0;
		for (const file of htmlFiles(dist).sort()) {
			const content = readFileSync(file, 'utf8');
			if (!content.includes('data-pagefind-body')) continue;
			const path = relative(dist, file).split(sep).join('/');
			const url = base + path.replace(/(^|\/)index\.html$/, '$1');
			const added = await index.addHTMLFile({ url, content });
			if (added.errors.length) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
			pages++;
		}
		const written = await index.writeFiles({ outputPath: join(dist, SEARCH_BUNDLE) });
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return pages;
	} finally {
		await pagefind.close();
	}
}
