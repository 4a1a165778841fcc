/** Modules the fact-sheets integration serves (src/integration/index.ts). */
declare module 'virtual:fact-sheets/corpus' {
	/** Where the files verification wrote are and the SHA-256 of their bytes; undefined when the content could not be published. */
	const corpus: import('./integration/corpus-file.ts').PublishedFiles | undefined;
	export default corpus;
}

declare module 'virtual:fact-sheets/card-cache' {
	/** The folder preview cards are cached in. */
	const cardDirectory: string;
	export default cardDirectory;
}

declare module 'virtual:fact-sheets/options' {
	/** The site's options from astro.config.mjs, checked and with defaults filled in (src/schemas/options.ts). */
	const options: import('./schemas/options.ts').SiteOptions;
	export default options;
}

declare module 'virtual:fact-sheets/curation' {
	/** Under `astro dev` only: each source's coverage and marked text for the curation view (src/lib/curate/view.ts). */
	const curation: import('./lib/curate/view.ts').CurationView | undefined;
	export default curation;
}
