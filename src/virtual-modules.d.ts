/** Modules the fact-sheets integration serves (src/integration/index.ts). */
declare module 'virtual:fact-sheets/quoted-passages' {
	const passages: import('./lib/links/quoted-passages.ts').QuotedPassages;
	export default passages;
}
