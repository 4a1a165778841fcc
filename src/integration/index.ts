import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readProjectFiles } from '../lib/content/project-files.ts';
import { quotedPassages } from '../lib/links/quoted-passages.ts';
import { publishCards, type PublishedCard } from '../lib/og/publish.ts';
import { queueCards } from '../lib/og/render.ts';
import { sheetCard } from '../lib/og/sheet-card.ts';
import type { LinkResolver } from '../lib/links/resolver.ts';
import { ContentError, formatReport } from '../lib/problems.ts';
import { sheetImagePath, sheetPath, SEARCH_PATH, withBase } from '../lib/site/routes.ts';
import { verifyProject } from '../lib/verify/index.ts';
import { writeSearchIndex } from './search-index.ts';
import { virtualModule } from './virtual-module.ts';

/** What the rest of the configuration learns from the content once it is verified. */
export interface PublishedState {
	/** Paths (with the base) of pages that are not pages of their own: former slugs' redirects, the search page. */
	unlistedPaths: Set<string>;
}

export interface FactSheetsOptions {
	/** Shared with the wiki-links plugin: the resolver is set here once the content is read. */
	readonly links: { resolver: LinkResolver | undefined; base: string };
	/** Shared with the sitemap's filter. */
	readonly published: PublishedState;
}

/**
 * The virtual module that tells pages where the quoted passages are (see
 * quotedPassages). The passages themselves are a JSON file, read when a page
 * renders, not a module: at thousands of sheets they are tens of megabytes,
 * which would be bundled on every build and would sit in the module graph of
 * every sheet page.
 */
export const PASSAGES_MODULE = 'virtual:fact-sheets/quoted-passages';

/** The virtual module naming the folder preview cards are cached in: `fact-sheets/og/` in Astro's `cacheDir`. */
export const CARD_CACHE_MODULE = 'virtual:fact-sheets/card-cache';

/**
 * Verifies all content before Astro reads any of it: schemas, references,
 * uniqueness, dates, wiki-links and every quote against its stored source. A
 * build with problems fails with all of them listed; `astro dev` logs them
 * and goes on, so a curator can keep the preview open while fixing them.
 * After the build, indexes the sheet and source pages for search and writes
 * each sheet's preview card.
 */
export function factSheets(options: FactSheetsOptions): AstroIntegration {
	/** A build's sheet cards, queued once the content is verified and copied into the site once it is built. */
	let cards: PublishedCard[] = [];
	let cardDirectory = '';
	return {
		name: 'fact-sheets',
		hooks: {
			'astro:config:setup': ({ config, command, logger, updateConfig, injectRoute }) => {
				const root = fileURLToPath(config.root);
				const { corpus, problems, resolver } = verifyProject(readProjectFiles(root));
				options.links.base = config.base;
				options.links.resolver = resolver;
				options.published.unlistedPaths = new Set([
					withBase(config.base, SEARCH_PATH),
					...corpus.sheets.flatMap((sheet) => sheet.data.formerSlugs.map((former) => withBase(config.base, sheetPath(former, sheet.data.kind)))),
				]);
				const passagesFile = fileURLToPath(new URL('fact-sheets/quoted-passages.json', config.cacheDir));
				mkdirSync(dirname(passagesFile), { recursive: true });
				writeFileSync(passagesFile, JSON.stringify(quotedPassages(corpus)));
				cardDirectory = fileURLToPath(new URL('fact-sheets/og/', config.cacheDir));
				// Under `astro dev` a route serves the cards; a build writes them itself (see below).
				if (command === 'dev') injectRoute({ pattern: '/og/[slug].png', entrypoint: new URL('./sheet-card-route.ts', import.meta.url) });
				updateConfig({
					vite: { plugins: [virtualModule(PASSAGES_MODULE, passagesFile), virtualModule(CARD_CACHE_MODULE, cardDirectory)] },
				});
				if (problems.length === 0) {
					// Cards render on worker threads while Astro syncs, bundles and renders the pages (src/lib/og/render.ts).
					if (command === 'build') {
						cards = corpus.sheets.map((sheet) => ({ card: sheetCard(sheet), path: sheetImagePath(sheet.slug) }));
						queueCards(cards.map(({ card }) => card), cardDirectory);
					}
					return;
				}
				if (command === 'build') throw new ContentError(problems);
				logger.error(formatReport(problems));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const out = fileURLToPath(dir);
				// Pagefind runs in a process of its own, so the card workers finish meanwhile.
				await Promise.all([
					writeSearchIndex(out).then((count) => {
						logger.info(`Built the search index from ${count} HTML files in ${Math.round(performance.now() - started)} ms.`);
					}),
					publishCards(cards, cardDirectory, out).then(() => {
						logger.info(`Wrote ${cards.length} preview cards in ${Math.round(performance.now() - started)} ms.`);
					}),
				]);
			},
		},
	};
}
