import type { SiteOptions } from '../schemas/options.ts';
import type { CorpusFileRef } from './corpus-file.ts';

/** What the publishing worker (publish-worker.ts) is given: everything it would otherwise read from Astro. */
export interface PublishJob {
	readonly corpus: CorpusFileRef;
	readonly options: SiteOptions;
	/** Astro's `site`, as an absolute address. */
	readonly site: string;
	/** Astro's `base`. */
	readonly base: string;
	/** The folder it writes into, laid out as `dist/` is: a new one for each job (./publish.ts). */
	readonly staging: string;
	/** The `exports.gzip` option. */
	readonly gzip: boolean;
}

/** What it wrote. */
export interface PublishResult {
	readonly searchRecords: number;
	/** The pages at sheets' former addresses. */
	readonly redirectPages: number;
	/** Each data export, by site path, with its size as published and before any gzip. */
	readonly exports: readonly { readonly path: string; readonly bytes: number; readonly rawBytes: number }[];
	readonly ms: number;
}

export type PublishMessage = { readonly ok: true; readonly result: PublishResult } | { readonly ok: false; readonly message: string };
