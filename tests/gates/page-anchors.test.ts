/**
 * A fact's id is its element's id on its sheet page, so the page's own ids
 * must be ones no fact may take (src/schemas/ids.ts, RESERVED_ANCHORS and
 * isReservedAnchor). These tests fail when a template gives an element an
 * id without reserving it: on the published site, and in the templates'
 * source for sections the real content does not render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sheetPath } from '../../src/lib/site/routes.ts';
import { isReservedAnchor } from '../../src/schemas/ids.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { sectionOf } from '../../src/lib/vocabulary.ts';
import { loadRealContent } from '../helpers/real-content.ts';
import { loadBuiltSite, page } from '../helpers/site-pages.ts';

describe('the page ids a fact id could collide with', () => {
	it('are all reserved, on every sheet page of the published site', () => {
		const { corpus } = loadRealContent();
		const site = loadBuiltSite(PUBLISHED_DIST, PUBLISHED_BASE);
		const unreserved: string[] = [];
		const seen = new Set<string>();
		for (const sheet of corpus.sheets) {
			const url = `${PUBLISHED_BASE}${sheetPath(sheet.slug, sectionOf(corpus.vocabulary, sheet.data.kind))}`;
			const factIds = new Set<string>(sheet.data.facts.map((fact) => fact.id));
			for (const element of page(site, url).querySelectorAll('[id]')) {
				const id = element.id;
				if (factIds.has(id)) continue;
				seen.add(id);
				if (!isReservedAnchor(id)) unreserved.push(`${url}: <${element.tagName.toLowerCase()} id="${id}">`);
			}
		}
		expect(unreserved).toEqual([]);
		// The test looked at the ids that matter: the layout's, the sections', the graph's (a site with no sheets yet has none to look at).
		if (corpus.sheets.length > 0) for (const id of ['site-search-q', 'main', 'facts', 'references', 'sheet-graph-title', 'sheet-graph-desc']) expect(seen).toContain(id);
	});

	it('are all reserved where the layout and components write them literally', () => {
		const files = [
			...readdirSync(join(PROJECT_ROOT, 'src/layouts')).map((name) => `src/layouts/${name}`),
			...readdirSync(join(PROJECT_ROOT, 'src/components')).map((name) => `src/components/${name}`),
		].filter((file) => file.endsWith('.astro'));
		const literal: string[] = [];
		for (const file of files) {
			for (const match of readFileSync(join(PROJECT_ROOT, file), 'utf8').matchAll(/\bid=(?:"([^"]+)"|\{\s*'([^']+)'\s*\}|\{\s*`([^`$]+)`\s*\})/g)) {
				const id = (match[1] ?? match[2] ?? match[3]) as string;
				if (!isReservedAnchor(id)) literal.push(`${file}: id="${id}"`);
			}
		}
		expect(literal).toEqual([]);
		expect(files).toContain('src/layouts/Base.astro');
	});
});
