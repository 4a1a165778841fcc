import { readCorpusFile, readSourcePassagesFile, type PublishedCorpus, type PublishedFiles, type PublishedSourcePassages } from '../integration/corpus-file.ts';
import { buildSite, type Site } from '../lib/site/model.ts';
import { ui } from './ui.ts';

let cached: { readonly ref: PublishedFiles; readonly corpus: PublishedCorpus; readonly sourcePassages: PublishedSourcePassages; readonly site: Site } | undefined;

/**
 * The published corpus: what the integration verified and wrote before any
 * page rendered (the one reading of the content; src/integration/index.ts),
 * as the objects it wrote when the pages render in the thread that verified
 * (corpus-file.ts). Taken once per build; under `astro dev`, again after
 * each verification.
 */
async function published(): Promise<NonNullable<typeof cached>> {
	// Imported here, not at the top: under `astro dev` the module is loaded again after each verification.
	const { default: ref } = await import('virtual:fact-sheets/corpus');
	if (!ref) throw new Error('The content was not verified, so nothing can be published. Run `npm run check` to see every problem.');
	if (cached?.ref.corpus.sha256 !== ref.corpus.sha256 || cached.ref.corpus.file !== ref.corpus.file || cached.ref.sourcePassages.sha256 !== ref.sourcePassages.sha256 || cached.ref.sourcePassages.file !== ref.sourcePassages.file) {
		const corpus = readCorpusFile(ref.corpus);
		cached = { ref, corpus, sourcePassages: readSourcePassagesFile(ref.sourcePassages), site: buildSite(corpus.site, ui.language) };
	}
	return cached;
}

/**
 * The site model and its indexes, built once per build and shared by every
 * page (the module is evaluated once per build process).
 */
export async function getSite(): Promise<Site> {
	return (await published()).site;
}

/**
 * Each quote's words as the stored text has them (see quotedPassages), from
 * the corpus getSite() read: every page and export awaits getSite() first.
 */
export function publishedPassages(): PublishedCorpus['passages'] {
	if (!cached) throw new Error('publishedPassages() was called before getSite(): await getSite() first.');
	return cached.corpus.passages;
}

/** A source's quoted passages with their context (src/lib/site/source-passages.ts), from the corpus getSite() read. */
export function publishedSourcePassages(id: string): PublishedSourcePassages[string] {
	if (!cached) throw new Error('publishedSourcePassages() was called before getSite(): await getSite() first.');
	return cached.sourcePassages[id] ?? [];
}
