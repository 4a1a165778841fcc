/**
 * The exports for investigators, from a real build of the valid fixture:
 * FollowTheMoney checked against FtM's model, the SQLite file opened with
 * node:sqlite, every page's JSON-LD against schema.org's vocabulary, the
 * editors' identifiers kept apart from the cited facts, Robust Links on
 * links to sources, and every export listed on the data page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/lib/exports/sqlite.ts';
import type { FtmEntity } from '../../src/lib/exports/ftm.ts';
import { DATA_PATHS } from '../../src/lib/site/routes.ts';
import { buildFixture, prepareFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';
import { ftmProblems } from '../helpers/ftm-model.ts';
import { parseBibtex } from '../helpers/csl-render.ts';
import { schemaOrgProblems } from '../helpers/schema-org.ts';

function htmlFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

describe('exports for investigators, built', () => {
	let fixture: FixtureSite;
	let build: { status: number | null; output: string };
	const file = (path: string) => readFileSync(join(fixture.dist, path), 'utf8');

	beforeAll(() => {
		fixture = prepareFixture('valid', 'f-exports', {
			'content/sheets/people/jane-doe.mdx': (text) => text.replace('kind: person', 'kind: person\nidentifiers:\n  wikidata: Q4115189'),
		});
		build = buildFixture(fixture);
	});

	it('builds, and Node prints no warning for node:sqlite', () => {
		expect(build.status, build.output).toBe(0);
		// Node prints its own warnings as "(node:1234) ExperimentalWarning: …"; node:sqlite must not add one.
		expect(build.output).not.toMatch(/ExperimentalWarning|\(node:\d+\)/);
	});

	it('writes FollowTheMoney entities that FtM’s model accepts, with the editors’ Wikidata id', () => {
		const entities = file(DATA_PATHS.ftm)
			.trimEnd()
			.split('\n')
			.map((line) => JSON.parse(line) as FtmEntity);
		expect(ftmProblems(entities)).toEqual([]);
		expect(entities.find((entity) => entity.id === 'sheet.jane-doe')).toMatchObject({ schema: 'Person', properties: { wikidataId: ['Q4115189'] } });
		expect(entities.find((entity) => entity.id === 'relation.jane-doe.1')?.schema).toBe('Membership');
		expect(file(DATA_PATHS.statementsCsv).split('\r\n')[0]).toBe('schema_version,entity_id,schema,prop,value,origin,source_id,quote,source_published,source_retrieved');
	});

	it('writes a SQLite database whose keys hold and whose example queries answer', () => {
		const db = new DatabaseSync(join(fixture.dist, DATA_PATHS.sqlite), { readOnly: true });
		expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
		expect(db.prepare(EXAMPLE_QUERIES.search).all({ words: 'harbour' }).length).toBeGreaterThan(0);
		expect(db.prepare(EXAMPLE_QUERIES.figures).all({ metric: 'flooded-homes' })).toMatchObject([{ value: 1204, qualifier: 'at-least' }]);
		db.close();
	});

	it('writes citations a BibTeX reader and a CSL reader take', () => {
		const csl = JSON.parse(file(DATA_PATHS.cslJson)) as { id: string }[];
		expect(parseBibtex(file(DATA_PATHS.bibtex)).map((item) => item['id'])).toEqual(csl.map((item) => item.id));
		expect(csl.map((item) => item.id)).toContain('source:harbour-report');
	});

	it('gives every page JSON-LD in schema.org’s vocabulary', () => {
		const pages = htmlFiles(fixture.dist);
		let checked = 0;
		for (const path of pages) {
			for (const script of parse(readFileSync(path, 'utf8')).querySelectorAll('script[type="application/ld+json"]')) {
				expect(schemaOrgProblems(JSON.parse(script.text)), path).toEqual([]);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(5);
		const mainEntity = (path: string) => JSON.parse(parse(readPage(fixture, path)).querySelector('script[type="application/ld+json"]')!.text).mainEntity;
		expect(mainEntity('figures/flooded-homes/')['@type']).toBe('Dataset');
		expect(mainEntity('data/')['@type']).toBe('Dataset');
		expect(mainEntity('timeline/')['@type']).toBe('ItemList');
	});

	it('shows the editors’ identifiers apart from the cited facts, and as sameAs', () => {
		const html = parse(readPage(fixture, 'people/jane-doe/'));
		const identifiers = html.querySelector('.identifiers');
		expect(identifiers?.text.replace(/\s+/g, ' ').trim()).toBe("Identified by the editors as Wikidata Q4115189 (an editors' link, not a cited fact).");
		expect(identifiers?.closest('.facts')).toBeNull();
		const data = JSON.parse(html.querySelector('script[type="application/ld+json"]')!.text);
		expect(data.about.sameAs).toEqual(['https://www.wikidata.org/wiki/Q4115189']);
	});

	it('marks links to a source with a known address as Robust Links', () => {
		const link = parse(readPage(fixture, 'sources/harbour-report/')).querySelector('a[data-originalurl]');
		expect(link?.getAttribute('data-originalurl')).toBe('https://example.org/harbour-report');
		expect(parse(readPage(fixture, 'people/jane-doe/')).querySelector('.references a.deep-link')?.getAttribute('data-originalurl')).toBe('https://example.org/harbour-report');
	});

	it('lists every export on the data page, and the pages with new structured data in the sitemap', () => {
		const html = parse(readPage(fixture, 'data/'));
		const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
		for (const path of Object.values(DATA_PATHS)) expect(links).toContain(`/${path}`);
		const sitemap = file('sitemap-0.xml');
		for (const page of ['data/', 'figures/flooded-homes/', 'timeline/']) expect(sitemap).toContain(`/${page}</loc>`);
	});
});
