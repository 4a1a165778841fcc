/**
 * The worker thread that writes what a build publishes besides its pages:
 * the search index and the data exports, both made from the verified corpus
 * (the file verification wrote, refused if its bytes changed), into a
 * staging folder that src/integration/publish.ts moves into `dist/` once the
 * pages are built.
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
import { once } from 'node:events';
import { createWriteStream, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { createGzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import { publishedExportPath, writeExportFiles, type ExportContent } from '../lib/exports/files.ts';
import { createUi } from '../lib/i18n/ui.ts';
import { recordHtml, searchRecords } from '../lib/search/records.ts';
import { buildSite } from '../lib/site/model.ts';
import { absoluteUrl, dataSchemaPath } from '../lib/site/routes.ts';
import { contentVersionDate } from '../lib/site/site-info.ts';
import { readCorpusFile } from './corpus-file.ts';
import type { PublishJob, PublishResult } from './publish-job.ts';

/** Where the search bundle is written, relative to the built site; the search page loads it from there. */
export const SEARCH_BUNDLE = 'pagefind/';

/** How much text is handed to the file (or to gzip) at once: large enough to cost few calls, far below V8's longest string. */
const BATCH_CHARS = 4 * 1024 * 1024;

/**
 * Writes an export's pieces to `path`, gzipped or not, a batch at a time, so
 * that no file needs to be one string. gzip runs on libuv's threads while
 * this thread joins the next batch. Returns the bytes written and the bytes
 * of the content before gzip.
 */
async function writeContent(path: string, content: ExportContent, gzip: boolean): Promise<{ bytes: number; rawBytes: number }> {
	const sink = createWriteStream(path);
	const out = gzip ? createGzip({ level: 6 }) : undefined;
	const finished = out ? pipeline(out, sink) : new Promise<void>((resolve, reject) => sink.on('finish', resolve).on('error', reject));
	const target: Writable = out ?? sink;
	let rawBytes = 0;
	const write = async (chunk: Buffer | Uint8Array) => {
		rawBytes += chunk.byteLength;
		if (!target.write(chunk)) await once(target, 'drain');
	};
	if (content instanceof Uint8Array) await write(content);
	else {
		let batch: string[] = [];
		let chars = 0;
		for (const piece of content) {
			batch.push(piece);
			chars += piece.length;
			if (chars >= BATCH_CHARS) {
				await write(Buffer.from(batch.join(''), 'utf8'));
				batch = [];
				chars = 0;
			}
		}
		if (batch.length > 0 || rawBytes === 0) await write(Buffer.from(batch.join(''), 'utf8'));
	}
	target.end();
	await finished;
	return { bytes: statSync(path).size, rawBytes };
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
		for (const record of records) {
			const added = await index.addHTMLFile({ url: record.url, content: recordHtml(record, job.options.language) });
			if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
		}
		// Pagefind writes its index in its own process while this thread makes the exports.
		const searchWritten = index.writeFiles({ outputPath: join(job.staging, SEARCH_BUNDLE) });

		const absolute = (path: Parameters<typeof absoluteUrl>[2], fragment?: string) => absoluteUrl(job.site, job.base, path, fragment);
		const files: PublishResult['exports'][number][] = [];
		await writeExportFiles(
			site,
			{
				absolute,
				schemaUrl: (name) => absolute(dataSchemaPath(name)),
				passages: corpus.passages,
				license: job.options.license,
				siteName: job.options.title,
				version: contentVersionDate(process.env, site.sourceList, site.contentCommitDate),
			},
			async (file, content) => {
				const path = join(job.staging, publishedExportPath(file, job.gzip));
				mkdirSync(dirname(path), { recursive: true });
				const sizes = await writeContent(path, content, job.gzip);
				files.push({ path: publishedExportPath(file, job.gzip), ...sizes });
			},
		);
		const written = await searchWritten;
		if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return { searchRecords: records.length, exports: files, ms: performance.now() - started };
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
