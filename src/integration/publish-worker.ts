/**
 * The worker thread that writes what a build publishes besides its pages:
 * the search index, the data exports and the pages at sheets' former
 * addresses (src/lib/site/redirect-page.ts), all made from the verified
 * corpus (the file verification wrote, refused if its bytes changed; not the
 * source pages' passages, which are written after it starts), into a staging
 * folder that src/integration/publish.ts moves into `dist/` once the pages
 * are built.
 *
 * Why a thread: neither needs a rendered page, and at 10,000 sheets they
 * cost about 45 s (the exports about 30, Pagefind about 16) that used to be
 * spent after or among the pages on Astro's one thread. Here they run on
 * another core while Astro bundles and renders. The site model is built
 * once for both.
 *
 * Node runs this file as it is, stripping its types, so it and everything it
 * imports must be plain modules: no `virtual:` or `astro:` import, and the
 * site's options, address and base come in `workerData`.
 */
import { createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createGzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import { contentChunks, exportFilesContext, publishedExportPath, writeExportFiles, type ExportContent } from '../lib/exports/files.ts';
import { createUi } from '../lib/i18n/ui.ts';
import { recordHtml, searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { buildSite, type Site } from '../lib/site/model.ts';
import { redirectPageHtml } from '../lib/site/redirect-page.ts';
import { absoluteUrl, sheetPath, withBase } from '../lib/site/routes.ts';
import { redirectAddresses } from '../lib/site/sheet-routes.ts';
import type { Ui } from '../lib/i18n/ui.ts';
import { contentVersionDate } from '../lib/site/site-info.ts';
import { readCorpusFile } from './corpus-file.ts';
import type { PublishJob, PublishResult } from './publish-job.ts';

/** Where the search bundle is written, relative to the built site; the search page loads it from there. */
export const SEARCH_BUNDLE = 'pagefind/';

/**
 * Writes an export to `path`, gzipped or not, a few MB at a time
 * (contentChunks), so that no file needs to be one string; gzip runs on
 * libuv's threads meanwhile. One pipeline, so that an error of the file or
 * of gzip (a full disk) rejects here. Returns the bytes written and the
 * bytes of the content before gzip.
 */
async function writeContent(path: string, content: ExportContent, gzip: boolean): Promise<{ bytes: number; rawBytes: number }> {
	let rawBytes = 0;
	const counted = Readable.from(
		(function* () {
			for (const chunk of contentChunks(content)) {
				rawBytes += chunk.byteLength;
				yield chunk;
			}
		})(),
	);
	if (gzip) await pipeline(counted, createGzip({ level: 6 }), createWriteStream(path));
	else await pipeline(counted, createWriteStream(path));
	return { bytes: statSync(path).size, rawBytes };
}

/**
 * Writes the page at each former address of each sheet (redirectAddresses):
 * about 1 KB each, one or more a sheet, so 10,000 files at 10,000 sheets.
 * Returns how many.
 */
function writeRedirectPages(site: Site, ui: Ui, job: PublishJob): number {
	let count = 0;
	for (const sheet of site.sheetList) {
		const target = withBase(job.base, sheet.path);
		const html = redirectPageHtml({ name: sheet.data.name, target, canonical: absoluteUrl(job.site, job.base, sheet.path), siteTitle: job.options.title, ui, policy: true });
		for (const old of redirectAddresses(sheet.slug, sheet.data.formerSlugs, sheet.kind.section)) {
			const folder = join(job.staging, sheetPath(old.slug, old.section));
			mkdirSync(folder, { recursive: true });
			writeFileSync(join(folder, 'index.html'), html);
			count++;
		}
	}
	return count;
}

/** How many records are sent to Pagefind before the first answer is awaited: enough to keep its process busy, few enough to bound the memory held. */
const RECORDS_IN_FLIGHT = 64;

/**
 * Sends every record to Pagefind in order, at most RECORDS_IN_FLIGHT waiting
 * for their answer at once (its service answers each message by id); fails
 * on the first record it refuses.
 */
async function addRecords(index: pagefind.PagefindIndex, records: readonly SearchRecord[], language: string): Promise<void> {
	let next = 0;
	const send = async (): Promise<void> => {
		while (next < records.length) {
			const record = records[next++]!;
			const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record, language) });
			if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
		}
	};
	await Promise.all(Array.from({ length: Math.min(RECORDS_IN_FLIGHT, records.length) }, send));
}

async function publish(job: PublishJob): Promise<PublishResult> {
	const started = performance.now();
	const corpus = readCorpusFile(job.corpus);
	const ui = createUi(job.options);
	const site = buildSite(corpus.site, ui.language);

	// The site's language (options `language`), for Pagefind's stemming and word splitting, whatever a record's text.
	const { index, errors } = await pagefind.createIndex({ forceLanguage: job.options.language });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	try {
		const records = searchRecords(site, ui);
		// Pagefind indexes and writes in its own process while this thread writes the pages at former addresses and
		// makes the exports. The records go to it a window at a time rather than one by one: awaiting each answer
		// left this thread idle for 10 s of every 10,000 records.
		const searchWritten = addRecords(index, records, job.options.language).then(() => index.writeFiles({ outputPath: join(job.staging, SEARCH_BUNDLE) }));
		// Awaited below; should the exports fail first, their error is the one reported.
		searchWritten.catch(() => undefined);
		const redirectPages = writeRedirectPages(site, ui, job);

		const files: PublishResult['exports'][number][] = [];
		await writeExportFiles(
			site,
			exportFilesContext({ site: job.site, base: job.base }, corpus.passages, job.options, contentVersionDate(process.env, site.sourceList, site.contentCommitDate)),
			async (file, content) => {
				const path = join(job.staging, publishedExportPath(file, job.gzip));
				mkdirSync(dirname(path), { recursive: true });
				const sizes = await writeContent(path, content, job.gzip);
				files.push({ path: publishedExportPath(file, job.gzip), ...sizes });
			},
		);
		const written = await searchWritten;
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return { searchRecords: records.length, redirectPages, exports: files, ms: performance.now() - started };
	} finally {
		await pagefind.close();
	}
}

if (parentPort) {
	const port = parentPort;
	publish(workerData as PublishJob).then(
		(result) => port.postMessage({ ok: true, result }),
		(error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
	);
}
