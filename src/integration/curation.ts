import type { HookParameters } from 'astro';
import type { Corpus } from '../lib/corpus.ts';
import { curationView, type CurationView } from '../lib/curate/view.ts';
import { virtualModule } from './virtual-module.ts';

/** The virtual module holding the curation view's data (`astro dev` only; src/lib/curate/view.ts). */
export const CURATION_MODULE = 'virtual:fact-sheets/curation';

/**
 * The curation view under `astro dev`: /_curate/ and /_curate/<source-id>/
 * (src/integration/curate-routes/). Never injected into a build, so nothing
 * of it reaches dist/. Its data is worked out from the corpus last verified,
 * when a page first asks for it (names are found by an NLP tagger, about a
 * second a source), and again after each verification.
 */
export function curation(injectRoute: HookParameters<'astro:config:setup'>['injectRoute']) {
	injectRoute({ pattern: '/_curate', entrypoint: new URL('./curate-routes/index.astro', import.meta.url) });
	injectRoute({ pattern: '/_curate/[source]', entrypoint: new URL('./curate-routes/source.astro', import.meta.url) });
}

/** The module's plugin; `verified` gives the corpus last verified and the base, or undefined outside `astro dev`. */
export function curationModule(verified: () => { corpus: Corpus; base: string } | undefined) {
	let cached: { corpus: Corpus; view: CurationView } | undefined;
	return virtualModule(CURATION_MODULE, () => {
		const current = verified();
		if (!current) return undefined;
		if (cached?.corpus !== current.corpus) cached = { corpus: current.corpus, view: curationView(current.corpus, current.base) };
		return cached.view;
	});
}
