/**
 * The real site as published (built once under a base path by
 * tests/global-setup.ts): its data exports validate against their published
 * JSON Schemas, every sheet has its preview image, and no link to an
 * original article is made up where the source's address is not known.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_BUDGET_BYTES } from '../../src/lib/og/rasterise.ts';
import { PUBLISHED_BASE, PUBLISHED_DIST } from '../helpers/published-site.ts';
import { loadRealContent } from '../helpers/real-content.ts';
import { loadBuiltSite, page, type BuiltSite } from '../helpers/site-pages.ts';

const { site: model } = loadRealContent();
const json = (path: string) => JSON.parse(readFileSync(join(PUBLISHED_DIST, path), 'utf8')) as Record<string, unknown>;

describe('the real site’s published data', () => {
	let site: BuiltSite;
	beforeAll(() => {
		site = loadBuiltSite(PUBLISHED_DIST, PUBLISHED_BASE);
	});

	it('exports every sheet, fact and source, valid against the published JSON Schemas', () => {
		const ajv = new Ajv2020({ strict: true, allErrors: true });
		for (const name of ['sheets', 'facts', 'sources']) {
			const validate = ajv.compile(json(`data/${name}.schema.json`));
			const data = json(`data/${name}.json`);
			expect(validate(data) ? [] : validate.errors, name).toEqual([]);
		}
		expect((json('data/sheets.json').sheets as unknown[]).length).toBe(model.sheetList.length);
		expect((json('data/sources.json').sources as unknown[]).length).toBe(model.sourceList.length);
		const factCount = model.sheetList.reduce((count, sheet) => count + sheet.data.facts.length, 0);
		expect((json('data/facts.json').facts as unknown[]).length).toBe(factCount);
	});

	it('has a preview image for every sheet within the cards’ budget, named in the sheet’s OpenGraph tags', () => {
		for (const sheet of model.sheetList) {
			expect(existsSync(join(PUBLISHED_DIST, `og/${sheet.slug}.png`)), sheet.slug).toBe(true);
			expect(statSync(join(PUBLISHED_DIST, `og/${sheet.slug}.png`)).size, sheet.slug).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
			const image = page(site, `${PUBLISHED_BASE}${sheet.path}`).querySelector('meta[property="og:image"]')?.getAttribute('content');
			expect(image, sheet.slug).toMatch(new RegExp(`${PUBLISHED_BASE}og/${sheet.slug}\\.png$`));
		}
	});

	it('links to an original article, or its archived copies, only where the source’s address is known', () => {
		for (const source of model.sourceList) {
			const sourcePage = page(site, `${PUBLISHED_BASE}${source.path}`);
			expect(sourcePage.querySelectorAll('a.archive-link').length, source.id).toBe(source.data.url ? 1 : 0);
		}
		const unknown = new Set(model.sourceList.filter((source) => !source.data.url).map((source) => `${PUBLISHED_BASE}${source.path}`));
		for (const sheet of model.sheetList) {
			for (const reference of page(site, `${PUBLISHED_BASE}${sheet.path}`).querySelectorAll('.references li')) {
				const cited = reference.querySelector('cite a')?.getAttribute('href') ?? '';
				if (!unknown.has(cited)) continue;
				expect(reference.querySelector('a.deep-link, a.archive-link'), `${sheet.slug} ${reference.id}`).toBeNull();
				expect(reference.text).toContain('Original address not known.');
			}
		}
	});
});
