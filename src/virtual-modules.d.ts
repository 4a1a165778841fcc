/** Modules the fact-sheets integration serves (src/integration/index.ts). */
declare module 'virtual:fact-sheets/quoted-passages' {
	/** The path of the JSON file holding the quoted passages (`QuotedPassages`). */
	const passagesFile: string;
	export default passagesFile;
}

declare module 'virtual:fact-sheets/card-cache' {
	/** The folder preview cards are cached in. */
	const cardDirectory: string;
	export default cardDirectory;
}
