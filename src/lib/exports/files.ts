import type { UiKey } from '../i18n/dictionary.ts';
import { bibliographyBibtexPieces, bibliographyCsl, type BibliographyContext } from '../cite/bibliography.ts';
import type { DataFile } from '../seo/structured-data.ts';
import type { Site } from '../site/model.ts';
import { absoluteUrl, DATA_PATHS, dataSchemaPath, type SitePath } from '../site/routes.ts';
import type { SiteOptions } from '../../schemas/options.ts';
import { factsCsvLines } from './csv.ts';
import { factsExport, sheetsExport, sourcesExport, type ExportContext } from './data-exports.ts';
import type { FactsExport, SheetsExport, SourcesExport } from '../../schemas/index.ts';
import { ftmExport, ftmLineList, type FtmExport } from './ftm.ts';
import { exportJsonPieces } from './json.ts';
import { sqliteExport } from './sqlite.ts';
import { statementsCsvLines } from './statements-csv.ts';

/**
 * The whole-site data files under /data/ (docs/data-exports.md), defined
 * once: what each is called, what it holds, how it is made. The data page
 * lists them from here, the build writes them from here
 * (src/integration/publish-worker.ts), and `astro dev` serves them from here.
 */
export type ExportFileKey = keyof typeof DATA_PATHS;

export interface ExportFile {
	readonly key: ExportFileKey;
	/** Its path when published uncompressed; `.gz` is added when the site's `exports.gzip` option is on. */
	readonly path: SitePath;
	/** The media type of its content (before any gzip). */
	readonly type: string;
	/** The JSON Schema it follows, when it has one of its own. */
	readonly schema?: SitePath;
	/** The interface string the data page describes it with. */
	readonly text: `data.${ExportFileKey}` & UiKey;
}

export const EXPORT_FILES: readonly ExportFile[] = [
	{ key: 'sheets', path: DATA_PATHS.sheets, type: 'application/json', schema: dataSchemaPath('sheets'), text: 'data.sheets' },
	{ key: 'facts', path: DATA_PATHS.facts, type: 'application/json', schema: dataSchemaPath('facts'), text: 'data.facts' },
	{ key: 'factsCsv', path: DATA_PATHS.factsCsv, type: 'text/csv', text: 'data.factsCsv' },
	{ key: 'sources', path: DATA_PATHS.sources, type: 'application/json', schema: dataSchemaPath('sources'), text: 'data.sources' },
	{ key: 'ftm', path: DATA_PATHS.ftm, type: 'application/x-ndjson', text: 'data.ftm' },
	{ key: 'statementsCsv', path: DATA_PATHS.statementsCsv, type: 'text/csv', text: 'data.statementsCsv' },
	{ key: 'sqlite', path: DATA_PATHS.sqlite, type: 'application/vnd.sqlite3', text: 'data.sqlite' },
	{ key: 'cslJson', path: DATA_PATHS.cslJson, type: 'application/vnd.citationstyles.csl+json', text: 'data.cslJson' },
	{ key: 'bibtex', path: DATA_PATHS.bibtex, type: 'application/x-bibtex', text: 'data.bibtex' },
];

/** Where an export is published: gzipped files carry `.gz`, so that a download says what it is. */
export function publishedExportPath(file: Pick<ExportFile, 'path'>, gzip: boolean): SitePath {
	return (gzip ? `${file.path}.gz` : file.path) as SitePath;
}

/** The media types a published export has, for schema.org's `encodingFormat`: its content's, then gzip's when compressed. */
export function publishedExportFormats(file: Pick<ExportFile, 'type'>, gzip: boolean): string | string[] {
	return gzip ? [file.type, 'application/gzip'] : file.type;
}

/** The exports as schema.org DataDownloads (src/lib/seo/structured-data.ts), all of them or those of `keys`. */
export function dataDownloads(gzip: boolean, absolute: (path: SitePath) => string, keys?: readonly ExportFileKey[]): DataFile[] {
	return EXPORT_FILES.filter((file) => !keys || keys.includes(file.key)).map((file) => {
		const path = publishedExportPath(file, gzip);
		return { name: path.replace('data/', ''), url: absolute(path), encodingFormat: publishedExportFormats(file, gzip) };
	});
}

/** A size as the build's messages give it. */
export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Above this, a build suggests publishing the exports gzipped. */
export const LARGE_EXPORTS_BYTES = 100 * 1024 * 1024;

/** What a build says when its exports, uncompressed, are large enough to matter on a host with a size limit. */
export function exportsSizeAdvice(bytes: number, gzip: boolean): string | undefined {
	if (gzip || bytes <= LARGE_EXPORTS_BYTES) return undefined;
	return `The data exports are ${megabytes(bytes)} of the site. Set \`exports: { gzip: true }\` in factSheetsConfig() (astro.config.mjs) to publish them gzipped, about a tenth of the size: GitHub Pages refuses a site over 1 GB (docs/scaling.md). Their addresses gain ".gz".`;
}

export interface ExportFilesContext extends ExportContext, BibliographyContext {}

/**
 * What the exports need to know of where and what the site is: its address
 * (Astro's `site` and `base`), each quote's words, the site's options and its
 * content's version date. One definition for the build's thread and `astro dev`.
 */
export function exportFilesContext(where: { readonly site: URL | string; readonly base: string }, passages: ExportContext['passages'], options: Pick<SiteOptions, 'license' | 'title'>, version: string): ExportFilesContext {
	const absolute = (path: SitePath, fragment?: string) => absoluteUrl(where.site, where.base, path, fragment);
	return { absolute, schemaUrl: (name) => absolute(dataSchemaPath(name)), passages, license: options.license, siteName: options.title, version };
}

/** The records several files are made from, each made once when first asked for. */
class ExportParts {
	#sheets: SheetsExport | undefined;
	#facts: FactsExport | undefined;
	#sources: SourcesExport | undefined;
	#ftm: FtmExport | undefined;
	readonly site: Site;
	readonly context: ExportFilesContext;
	// Written out rather than as parameter properties: the build's publishing worker runs this file by stripping its types.
	constructor(site: Site, context: ExportFilesContext) {
		this.site = site;
		this.context = context;
	}
	get sheets(): SheetsExport {
		return (this.#sheets ??= sheetsExport(this.site, this.context));
	}
	get facts(): FactsExport {
		return (this.#facts ??= factsExport(this.site, this.context));
	}
	get sources(): SourcesExport {
		return (this.#sources ??= sourcesExport(this.site, this.context));
	}
	get ftm(): FtmExport {
		return (this.#ftm ??= ftmExport(this.site));
	}
	/** Lets go of what no file still to be made needs. */
	release(done: ReadonlySet<ExportFileKey>): void {
		const needed = (keys: readonly ExportFileKey[]) => keys.some((key) => !done.has(key));
		if (!needed(['sheets', 'sqlite'])) this.#sheets = undefined;
		if (!needed(['facts', 'factsCsv', 'sqlite'])) this.#facts = undefined;
		if (!needed(['sources', 'sqlite'])) this.#sources = undefined;
		if (!needed(['ftm', 'statementsCsv'])) this.#ftm = undefined;
	}
}

/**
 * Makes the content of every export, one at a time, in the table's order,
 * each handed to `take` before the next is made: at 10,000 sheets the files
 * are hundreds of megabytes, and holding them all at once would double the
 * memory a build needs. The records several files share (the facts, the FtM
 * entities…) are made once and dropped once the last file made from them is.
 */
export async function writeExportFiles(site: Site, context: ExportFilesContext, take: (file: ExportFile, content: ExportContent) => Promise<void>): Promise<void> {
	const parts = new ExportParts(site, context);
	const done = new Set<ExportFileKey>();
	for (const file of EXPORT_FILES) {
		const content = exportContent(file.key, parts);
		done.add(file.key);
		parts.release(done);
		await take(file, content);
	}
}

/** The content of one export (what `astro dev` serves: src/integration/export-route.ts). */
export function exportFileContent(key: ExportFileKey, site: Site, context: ExportFilesContext): ExportContent {
	return exportContent(key, new ExportParts(site, context));
}

/**
 * A file's content: its text as pieces to write one after another (each a
 * record or a line: at 50,000 sheets statements.csv is over a gigabyte,
 * longer than the longest string V8 can make), or the SQLite database's bytes.
 */
export type ExportContent = readonly string[] | Uint8Array;

/** How much text is handed on at once: few calls, and far below V8's longest string. */
const BATCH_CHARS = 4 * 1024 * 1024;

/** An export's content as UTF-8 chunks of a few MB, for a stream: the SQLite bytes whole, text a batch of pieces at a time. */
export function* contentChunks(content: ExportContent): Generator<Uint8Array> {
	if (content instanceof Uint8Array) {
		yield content;
		return;
	}
	let batch: string[] = [];
	let chars = 0;
	for (const piece of content) {
		batch.push(piece);
		chars += piece.length;
		if (chars >= BATCH_CHARS) {
			yield Buffer.from(batch.join(''), 'utf8');
			batch = [];
			chars = 0;
		}
	}
	if (batch.length > 0) yield Buffer.from(batch.join(''), 'utf8');
}

function exportContent(key: ExportFileKey, parts: ExportParts): ExportContent {
	switch (key) {
		case 'sheets':
			return exportJsonPieces(parts.sheets);
		case 'facts':
			return exportJsonPieces(parts.facts);
		case 'factsCsv':
			return factsCsvLines(parts.facts);
		case 'sources':
			return exportJsonPieces(parts.sources);
		case 'ftm':
			return ftmLineList(parts.ftm.entities);
		case 'statementsCsv':
			return statementsCsvLines(parts.ftm.statements);
		case 'sqlite':
			return sqliteExport(parts.sheets, parts.facts, parts.sources);
		case 'cslJson':
			return exportJsonPieces(bibliographyCsl(parts.site, parts.context));
		case 'bibtex':
			return bibliographyBibtexPieces(parts.site, parts.context);
	}
}
