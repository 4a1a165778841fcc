import type { Corpus } from '../corpus.ts';
import { bodyLinks } from '../body/mentions.ts';
import { renderBody } from '../body/render.ts';
import type { LinkResolver } from '../links/resolver.ts';
import type { SiteInput } from './model.ts';

/**
 * What the pages are built from: the verified corpus, each body rendered
 * once from the tree the verifier checked. Nothing else reaches a page
 * (src/integration/corpus-file.ts carries it to them). `onBodyError` is for
 * `astro dev` with problems only: what a body that cannot render shows
 * instead (a build with problems never gets here).
 */
export function siteInput(corpus: Corpus, resolver: LinkResolver, base: string, onBodyError?: (error: Error) => string): SiteInput {
	// The About page's text is no sheet's body: `self` names no slug, so no link in it reads as a link to itself.
	const render = (sheet: { readonly tree: Corpus['sheets'][number]['tree']; readonly slug?: string; readonly file: string }) => {
		try {
			return renderBody(sheet.tree, { resolver, base, self: sheet.slug ?? '', file: sheet.file });
		} catch (error) {
			if (!onBodyError || !(error instanceof Error)) throw error;
			return onBodyError(error);
		}
	};
	return {
		sheets: corpus.sheets.map((sheet) => ({
			slug: sheet.slug,
			data: sheet.data,
			body: { html: render(sheet), links: bodyLinks(sheet.tree, resolver) },
		})),
		sources: [...corpus.sources.values()].map((source) => ({ id: source.id, data: source.data })),
		metrics: corpus.metrics,
		vocabulary: corpus.vocabulary,
		aboutHtml: corpus.about && render(corpus.about),
	};
}
