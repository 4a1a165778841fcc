/** The little of citation-js's API the tests use; the package ships no type definitions. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		readonly data: unknown[];
		format(format: 'bibliography', options: { format: 'text'; template: string; lang: string }): string;
	}
	export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
