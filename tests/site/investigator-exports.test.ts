/**
 * The real site's exports for investigators (built once under a base path by
 * tests/global-setup.ts): every FollowTheMoney entity passes FtM's model,
 * every page's JSON-LD is in schema.org's vocabulary, the SQLite file's keys
 * hold and it holds every fact and citation, and the citation files read back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { FtmEntity } from '../../src/lib/exports/ftm.ts';
import { DATA_PATHS } from '../../src/lib/site/routes.ts';
import { parseBibtex } from '../helpers/csl-render.ts';
import { ftmProblems } from '../helpers/ftm-model.ts';
import { PUBLISHED_DIST } from '../helpers/published-site.ts';
import { loadRealContent } from '../helpers/real-content.ts';
import { schemaOrgProblems } from '../helpers/schema-org.ts';

const { site: model } = loadRealContent();
const file = (path: string) => readFileSync(join(PUBLISHED_DIST, path), 'utf8');
const htmlFiles = (directory: string): string[] =>
	readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? htmlFiles(join(directory, entry.name)) : entry.name.endsWith('.html') ? [join(directory, entry.name)] : [],
	);

describe('the real site’s exports for investigators', () => {
	it('gives FollowTheMoney entities that FtM’s model accepts, one per sheet and source', () => {
		// One entity a line; a site with no content has none.
		const entities = file(DATA_PATHS.ftm).split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as FtmEntity);
		expect(ftmProblems(entities)).toEqual([]);
		expect(entities.filter((entity) => entity.id.startsWith('sheet.')).length).toBe(model.sheetList.length);
		expect(entities.filter((entity) => entity.schema === 'Article').length).toBe(model.sourceList.length);
	});

	it('gives every page JSON-LD in schema.org’s vocabulary', () => {
		const problems = htmlFiles(PUBLISHED_DIST).flatMap((path) =>
			parse(readFileSync(path, 'utf8'))
				.querySelectorAll('script[type="application/ld+json"]')
				.flatMap((script) => schemaOrgProblems(JSON.parse(script.text)).map((problem) => `${path}: ${problem}`)),
		);
		expect(problems).toEqual([]);
	});

	it('gives a SQLite database whose keys hold, with every fact and citation', () => {
		const db = new DatabaseSync(join(PUBLISHED_DIST, DATA_PATHS.sqlite), { readOnly: true });
		expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
		const facts = model.sheetList.flatMap((sheet) => sheet.data.facts);
		expect(db.prepare('SELECT count(*) AS n FROM facts').get()?.['n']).toBe(facts.length);
		const citations = model.sheetList.flatMap((sheet) => [...sheet.data.facts, ...sheet.data.roles, ...sheet.data.relations].flatMap((item) => item.citations));
		expect(db.prepare('SELECT count(*) AS n FROM citations').get()?.['n']).toBe(citations.length);
		db.close();
	});

	it('gives citation files a BibTeX reader and a CSL reader agree on', () => {
		const csl = JSON.parse(file(DATA_PATHS.cslJson)) as { id: string }[];
		expect(parseBibtex(file(DATA_PATHS.bibtex)).map((item) => item['id'])).toEqual(csl.map((item) => item.id));
	});
});
