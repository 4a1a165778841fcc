import type { APIRoute } from 'astro';
import options from 'virtual:fact-sheets/options';
import { getPassages, getVersionDate } from '../data/publishing.ts';
import { getSite } from '../data/site.ts';
import { contentChunks, EXPORT_FILES, exportFileContent, exportFilesContext, publishedExportPath } from '../lib/exports/files.ts';

/**
 * The data exports, served by `astro dev` only: the integration injects this
 * route there, so that the data page's links work in a preview. A build
 * writes them itself, on a thread of its own (src/integration/publish.ts).
 */
export const GET: APIRoute = async ({ url, site }) => {
	// Injected once per file (src/integration/index.ts): which one is in the address.
	const file = EXPORT_FILES.find((candidate) => url.pathname.endsWith(`/${publishedExportPath(candidate, options.exports.gzip)}`));
	if (!file) return new Response('No such export', { status: 404 });
	if (!site) throw new Error('Astro `site` is not set: the configuration comes from factSheetsConfig(), which always sets it.');
	const model = await getSite();
	const content = exportFileContent(file.key, model, exportFilesContext({ site, base: import.meta.env.BASE_URL }, getPassages(), options, await getVersionDate()));
	// Streamed a few MB at a time, as the build writes it: a large site's file is longer than one string can be.
	const pending = contentChunks(content);
	const chunks = new ReadableStream<Uint8Array<ArrayBuffer>>({
		pull(controller) {
			const next = pending.next();
			if (next.done) controller.close();
			else controller.enqueue(new Uint8Array(next.value));
		},
	});
	const body = options.exports.gzip ? chunks.pipeThrough(new CompressionStream('gzip') as ReadableWritablePair<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>) : chunks;
	return new Response(body, { headers: { 'content-type': options.exports.gzip ? 'application/gzip' : file.type } });
};
