import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { RunnableDevEnvironment, ViteDevServer } from 'vite';
import { readProjectFiles } from '../lib/content/project-files.ts';
import type { Corpus } from '../lib/corpus.ts';
import { quotedPassages } from '../lib/links/quoted-passages.ts';
import { sourcePassages } from '../lib/site/source-passages.ts';
import { EXPORT_FILES, exportsSizeAdvice, megabytes, publishedExportPath } from '../lib/exports/files.ts';
import { publishCards, type PublishedCard } from '../lib/og/publish.ts';
import { cardsReady, queueCards } from '../lib/og/render.ts';
import { createUi } from '../lib/i18n/ui.ts';
import { sheetCard } from '../lib/og/sheet-card.ts';
import { formatReport } from '../lib/problems.ts';
import { sheetImagePath, SEARCH_PATH, withBase } from '../lib/site/routes.ts';
import { contentCommitDate } from '../lib/site/content-commit.ts';
import { escapeHtml } from '../lib/seo/head-tags.ts';
import { siteInput } from '../lib/site/site-input.ts';
import { verifyProject } from '../lib/verify/index.ts';
import type { LoadHooks } from '../lib/verify/load.ts';
import { kindOf } from '../lib/vocabulary.ts';
import type { SiteOptions } from '../schemas/options.ts';
import { ContentError, contentErrorPlugin } from './content-error.ts';
import { curation, curationModule, CURATION_MODULE } from './curation.ts';
import { removeVerifiedFile, writeCorpusFile, writeSourcePassagesFile, type CorpusFileRef, type PublishedFiles } from './corpus-file.ts';
import { setAsidePreviousOutput } from './previous-output.ts';
import { Publishing } from './publish.ts';
import { virtualModule, virtualModuleId } from './virtual-module.ts';

/** What the rest of the configuration learns from the content once it is verified. */
export interface PublishedState {
	/** Paths (with the base) of pages that are not pages of their own: the search page. */
	unlistedPaths: Set<string>;
}

export interface FactSheetsOptions {
	/** Shared with the sitemap's filter. */
	readonly published: PublishedState;
	/** The site's options from astro.config.mjs, already checked (src/integration/options.ts). */
	readonly options: SiteOptions;
}

/**
 * The virtual module that tells pages where the published corpus and the
 * source pages' passages are and the SHA-256 of their bytes (PublishedFiles;
 * see corpus-file.ts). They are files (which the pages, in the thread that
 * wrote them, take as the objects written), not modules: at thousands of
 * sheets they are tens of megabytes, which would be bundled on every build
 * and would sit in the module graph of every page.
 */
export const CORPUS_MODULE = 'virtual:fact-sheets/corpus';

/** The virtual module holding the site's options (SiteOptions): the one way pages read them. */
export const OPTIONS_MODULE = 'virtual:fact-sheets/options';

/** The virtual module naming the folder preview cards are cached in: `fact-sheets/og/` in Astro's `cacheDir`. */
export const CARD_CACHE_MODULE = 'virtual:fact-sheets/card-cache';

/**
 * Verifies all content before Astro reads any of it: schemas, references,
 * uniqueness, dates, bodies, wiki-links and every quote against its stored
 * source. A build with problems fails with all of them listed; `astro dev`
 * logs them and goes on, so a curator can keep the preview open while fixing
 * them, and verifies again whenever a file under content/ or seeds/ changes.
 * Pages read only what verification wrote (see CORPUS_MODULE): content is
 * read once, by the verifier. While Astro builds, the search index and the
 * data exports are made from the same verified corpus on another thread
 * (./publish.ts) and each sheet's preview card on others, from the moment
 * every sheet has loaded; they are moved into the site once its pages are
 * built, and only if all of verification passed.
 */
export function factSheets(options: FactSheetsOptions): AstroIntegration {
	/** A build's sheet cards, once all of the content is verified: copied into the site once it is built. */
	let cards: PublishedCard[] = [];
	let cardDirectory = '';
	let root = '';
	let base = '/';
	let corpusFile = '';
	let sourcePassagesFile = '';
	/** What the last verification wrote for pages to read; undefined when it published nothing. */
	let publishedFiles: PublishedFiles | undefined;
	let siteUrl = '';
	let stagingDirectory = '';
	let outDir = '';
	/** `vite.build.emptyOutDir: false` in the site's configuration: dist/ is not to be emptied. */
	let keepOutDir = false;
	let trashDirectory = '';
	/** The previous build's `dist/`, being deleted while this one runs (./previous-output.ts). */
	let previousOutput: Promise<void> | undefined;
	/** A build's search index and data exports, started once the content is verified (./publish.ts). */
	let publishing: Publishing | undefined;
	/** A build's content problems, thrown once Vite starts (see contentErrorPlugin). */
	let contentError: ContentError | undefined;
	/** Under `astro dev`, the corpus last verified: what the curation view shows (./curation.ts). */
	let devCorpus: Corpus | undefined;
	/**
	 * Verifies the content and writes what pages may publish; returns the
	 * problems. `onCorpus` is given the corpus file as soon as it is written,
	 * before the source pages' passages are made and written: the publishing
	 * thread needs only the corpus, and starts on it meanwhile. `hooks` as in
	 * loadCorpus.
	 */
	const verifyAndPublish = (
		command: 'build' | 'dev' | 'preview' | 'sync',
		{ onCorpus, ...hooks }: { readonly onCorpus?: (ref: CorpusFileRef) => void } & LoadHooks = {},
	) => {
		const { corpus, problems, resolver } = verifyProject(readProjectFiles(root), hooks);
		if (command === 'dev') devCorpus = corpus;
		// A build with problems publishes nothing: no file is left for a page to read.
		for (const file of [corpusFile, sourcePassagesFile]) removeVerifiedFile(file);
		publishedFiles = undefined;
		if (problems.length > 0 && command === 'build') {
			contentError = new ContentError(problems);
			return { corpus, problems };
		}
		const site = { ...siteInput(corpus, resolver, base, problems.length > 0 ? devBodyError : undefined), contentCommitDate: contentCommitDate(root) };
		const corpusRef = writeCorpusFile(corpusFile, { site, passages: quotedPassages(corpus) });
		onCorpus?.(corpusRef);
		publishedFiles = { corpus: corpusRef, sourcePassages: writeSourcePassagesFile(sourcePassagesFile, sourcePassages(corpus)) };
		// The pages at former addresses are not Astro's pages (the publishing thread writes them), so the sitemap never sees them.
		options.published.unlistedPaths = new Set([withBase(base, SEARCH_PATH)]);
		return { corpus, problems };
	};
	return {
		name: 'fact-sheets',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, updateConfig, injectRoute }) => {
				root = fileURLToPath(config.root);
				base = config.base;
				// factSheetsConfig() always sets `site` (./config.ts).
				siteUrl = config.site ?? '';
				stagingDirectory = fileURLToPath(new URL('fact-sheets/publish/', config.cacheDir));
				trashDirectory = fileURLToPath(new URL('fact-sheets/previous-output/', config.cacheDir));
				corpusFile = fileURLToPath(new URL('fact-sheets/corpus.v8', config.cacheDir));
				sourcePassagesFile = fileURLToPath(new URL('fact-sheets/source-passages.v8', config.cacheDir));
				cardDirectory = fileURLToPath(new URL('fact-sheets/og/', config.cacheDir));
				// The search index and the exports are made on another thread while Astro bundles and renders.
				const startPublishing = (ref: CorpusFileRef) => {
					void publishing?.stop();
					publishing = new Publishing({
						corpus: ref,
						options: options.options,
						site: siteUrl,
						base,
						stagingRoot: stagingDirectory,
						gzip: options.options.exports.gzip,
						onFailure: (error) => logger.error(`${error.message}\nThe build goes on rendering its pages, then fails.`),
					});
				};
				/**
				 * The sheets' cards, made and queued as soon as every sheet has
				 * loaded (their workers then render on the core verification
				 * leaves idle); published only once all of it passed.
				 */
				let sheetCards: PublishedCard[] | undefined;
				const queueSheetCards: NonNullable<LoadHooks['sheetsLoaded']> = (sheets, vocabulary) => {
					const ui = createUi(options.options);
					sheetCards = sheets.map((sheet) => ({ card: sheetCard({ data: sheet.data, kind: kindOf(vocabulary, sheet.data.kind) }, options.options.title, ui), path: sheetImagePath(sheet.slug) }));
					// Handed out at once: this thread goes on verifying, and could hand out no more meanwhile.
					queueCards(sheetCards.map(({ card }) => card), cardDirectory, { handOutNow: true });
				};
				// Verification keeps this thread busy: the cards it queues must go to a worker without it.
				if (command === 'build') await cardsReady();
				let verified: ReturnType<typeof verifyAndPublish>;
				try {
					verified = verifyAndPublish(command, command === 'build' ? { onCorpus: startPublishing, sheetsLoaded: queueSheetCards } : {});
				} catch (error) {
					// Started on the corpus, the thread has nothing to publish once what follows it failed.
					void publishing?.stop();
					publishing = undefined;
					throw error;
				}
				const { problems } = verified;
				// Under `astro dev` a route serves the cards; a build writes them itself (see below).
				if (command === 'dev') injectRoute({ pattern: '/og/[slug].png', entrypoint: new URL('./sheet-card-route.ts', import.meta.url) });
				// Likewise the data exports (./publish.ts writes them in a build).
				// One route a file, named with its extension as Astro wants of a file's route.
				if (command === 'dev') {
					for (const file of EXPORT_FILES) injectRoute({ pattern: `/${publishedExportPath(file, options.options.exports.gzip)}`, entrypoint: new URL('./export-route.ts', import.meta.url) });
				}
				// The curation view is a tool of `astro dev` only: never built into dist/.
				if (command === 'dev') curation(injectRoute);
				updateConfig({
					vite: { plugins: [
							contentErrorPlugin(() => contentError),
							virtualModule(CORPUS_MODULE, () => publishedFiles, { content: true }),
							virtualModule(CARD_CACHE_MODULE, cardDirectory),
							virtualModule(OPTIONS_MODULE, options.options),
							curationModule(() => (devCorpus ? { corpus: devCorpus, base } : undefined)),
						] },
				});
				if (contentError) return;
				if (problems.length > 0) return void logger.error(formatReport(problems));
				// Cards render on worker threads while verification goes on and Astro bundles and renders the pages (src/lib/og/render.ts).
				if (command === 'build') {
					// Content without problems had every sheet load without one, so its cards are queued.
					if (!sheetCards) throw new Error('A bug in the fact-sheets integration: the content was verified, but its preview cards were never made (loadCorpus calls its sheetsLoaded hook, queueSheetCards in src/integration/index.ts, whenever the sheets load without a problem).');
					cards = sheetCards;
				}
			},
			'astro:server:setup': ({ server, logger }) => {
				const watched = [join(root, 'content'), join(root, 'seeds')];
				server.watcher.add(watched);
				let pending: NodeJS.Timeout | undefined;
				server.watcher.on('all', (_event, path) => {
					if (!watched.some((folder) => path.startsWith(folder + sep))) return;
					// An editor's save is often several events: verify once they settle.
					clearTimeout(pending);
					pending = setTimeout(() => {
						try {
							const { problems } = verifyAndPublish('dev');
							if (problems.length > 0) logger.error(formatReport(problems));
							else logger.info('Content verified.');
						} catch (error) {
							// The pages then find no corpus and say so; the server stays up for the next edit.
							logger.error(`The content could not be verified: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
						}
						reloadCorpus(server, [virtualModuleId(CORPUS_MODULE), virtualModuleId(CURATION_MODULE)]);
					}, 50);
				});
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				keepOutDir = config.vite.build?.emptyOutDir === false;
			},
			'astro:build:start': () => {
				previousOutput = setAsidePreviousOutput(outDir, trashDirectory, { keep: keepOutDir });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				// A build with content problems stops before its pages, so this is only a guard.
				if (!publishedFiles || !publishing) throw new Error('The build has no verified content to publish.');
				const [published] = await Promise.all([
					publishing.finish(out),
					previousOutput,
					publishCards(cards, cardDirectory, out).then(() => {
						logger.info(`Wrote ${cards.length} preview cards in ${Math.round(performance.now() - started)} ms.`);
					}),
				]);
				publishing = undefined;
				const exportBytes = published.exports.reduce((sum, file) => sum + file.bytes, 0);
				const rawBytes = published.exports.reduce((sum, file) => sum + file.rawBytes, 0);
				const size = options.options.exports.gzip ? `${megabytes(exportBytes)} gzipped, ${megabytes(rawBytes)} unzipped` : megabytes(exportBytes);
				logger.info(
					`Built the search index of ${published.searchRecords} pages, the data exports (${size}) and ${published.redirectPages} pages at former addresses from the verified content in ${Math.round(published.ms)} ms on their own thread, ${Math.round(performance.now() - started)} ms of it after the pages.`,
				);
				const advice = exportsSizeAdvice(exportBytes, options.options.exports.gzip);
				if (advice) logger.warn(advice);
			},
		},
	};
}

/** Under `astro dev` with problems, a body that cannot render says so on its page (the terminal lists every problem). */
function devBodyError(error: Error): string {
	return `<p><strong>This body cannot be shown:</strong> ${escapeHtml(error.message)}</p>`;
}

/**
 * Makes the dev server read the corpus just written: the virtual modules are
 * loaded again, Astro's cache of `getStaticPaths` is dropped (the message
 * Astro's own content layer sends) and the browser reloads.
 */
function reloadCorpus(server: ViteDevServer, ids: readonly string[]): void {
	const timestamp = Date.now();
	for (const environment of Object.values(server.environments)) {
		for (const id of ids) {
			const module = environment.moduleGraph.getModuleById(id);
			if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
			if ('runner' in environment) {
				const evaluated = (environment as RunnableDevEnvironment).runner.evaluatedModules.getModuleById(id);
				if (evaluated) (environment as RunnableDevEnvironment).runner.evaluatedModules.invalidateModule(evaluated);
			}
		}
		if (environment.name !== 'client') environment.hot.send('astro:content-changed', {});
	}
	server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
}
