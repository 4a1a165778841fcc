/** fact-sheets.sqlite, opened with the same library that writes it (node:sqlite). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { factsExport, sheetsExport, sourcesExport, type ExportContext } from '../../src/lib/exports/data-exports.ts';
import { EXAMPLE_QUERIES, sqliteExport } from '../../src/lib/exports/sqlite.ts';
import { absoluteUrl } from '../../src/lib/site/routes.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { ANN_LEE, validSite } from '../helpers/project.ts';

const context: ExportContext = {
	absolute: (path, fragment) => absoluteUrl('https://e.org', '/facts/', path, fragment),
	schemaUrl: (name) => `https://e.org/facts/data/${name}.schema.json`,
	passages: {},
};

const withMore = ANN_LEE.replace(
	'facts:\n',
	`identifiers:
  wikidata: Q4115189
relations:
  - type: works-for
    target: council
    citations:
      - source: daily
        quote: The mayor, Ann Lee, said
facts:
`,
);

function build(): Uint8Array<ArrayBuffer> {
	const site = validSite({ 'content/sheets/people/ann-lee.mdx': withMore });
	return sqliteExport(sheetsExport(site, context), factsExport(site, context), sourcesExport(site, context));
}

function open(bytes: Uint8Array): DatabaseSync {
	const db = new DatabaseSync(':memory:');
	db.deserialize(bytes);
	return db;
}

describe('fact-sheets.sqlite', () => {
	it('is the same bytes on every build', () => {
		expect(Buffer.from(build()).equals(Buffer.from(build()))).toBe(true);
	});

	it('has the tables the docs name, and no row breaks a foreign key', () => {
		const db = open(build());
		const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts_%' ORDER BY name").all();
		expect(tables.map((row) => row['name'])).toMatchInlineSnapshot(`
			[
			  "aliases",
			  "citations",
			  "citations_fts",
			  "facts",
			  "facts_fts",
			  "figures",
			  "identifiers",
			  "meta",
			  "metrics",
			  "relations",
			  "roles",
			  "sheets",
			  "sources",
			]
		`);
		expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
		expect(db.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
		for (const table of ['sources', 'sheets', 'facts', 'citations', 'roles', 'relations', 'figures', 'identifiers']) {
			expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()?.['n'], table).toBeGreaterThan(0);
		}
	});

	it('answers the two example queries of the docs', () => {
		const db = open(build());
		expect(db.prepare(EXAMPLE_QUERIES.search).all({ words: 'bridge' })).toMatchInlineSnapshot(`
			[
			  {
			    "id": "bridge-reopening",
			    "quote": "said the "bridge will reopen in May" - after repairs.",
			    "sheet": "ann-lee",
			    "source": "daily",
			    "statement": "Lee said the bridge will reopen in May.",
			  },
			]
		`);
		expect(db.prepare(EXAMPLE_QUERIES.figures).all({ metric: 'complaints' })).toMatchInlineSnapshot(`
			[
			  {
			    "as_of": "2026-03-02",
			    "qualifier": "at-least",
			    "quote": "The council counted at least 312 complaints ... as of 2 March.",
			    "reported_by": "City Council",
			    "source": "daily",
			    "value": 312,
			  },
			]
		`);
		const docs = readFileSync(join(PROJECT_ROOT, 'docs/data-exports.md'), 'utf8');
		for (const query of Object.values(EXAMPLE_QUERIES)) expect(docs).toContain(query);
	});

	it('searches the quotes in full text', () => {
		const db = open(build());
		const rows = db
			.prepare('SELECT citations.sheet, citations.source, citations.quote FROM citations_fts JOIN citations ON citations.pk = citations_fts.rowid WHERE citations_fts MATCH ? ORDER BY citations.pk')
			.all('mayor');
		expect(rows).toMatchInlineSnapshot(`
			[
			  {
			    "quote": "The mayor, Ann Lee",
			    "sheet": "ann-lee",
			    "source": "daily",
			  },
			  {
			    "quote": "The mayor, Ann Lee, said",
			    "sheet": "ann-lee",
			    "source": "daily",
			  },
			]
		`);
	});
});

describe('fact-sheets.sqlite keys', () => {
	it('takes a fact that supersedes one later in id order, and refuses a key that points nowhere', () => {
		const site = validSite({
			'content/sheets/people/ann-lee.mdx': ANN_LEE.replace(
				'facts:\n',
				`facts:
  - id: a-later-report
    statement: Lee has led the council since 2020.
    citations:
      - source: daily
        quote: Lee has led the council since 2020.
`,
			),
		});
		// The rows as the verifier would let them be, set directly: the first by id supersedes the second.
		const facts = factsExport(site, context);
		const superseding = { ...facts, facts: facts.facts.map((fact) => (fact.id === 'a-later-report' ? { ...fact, supersedes: 'bridge-reopening' } : fact)) };
		const db = open(sqliteExport(sheetsExport(site, context), superseding, sourcesExport(site, context)));
		expect(db.prepare("SELECT id, supersedes FROM facts WHERE sheet = 'ann-lee' ORDER BY pk").all()).toEqual([
			{ id: 'a-later-report', supersedes: 'bridge-reopening' },
			{ id: 'bridge-reopening', supersedes: null },
		]);
		const sheets = sheetsExport(site, context);
		const broken = { ...sheets, sheets: sheets.sheets.map((sheet) => ({ ...sheet, relations: [{ type: 'works-for' as const, label: 'works for', target: 'nobody', start: null, end: null, note: null, citations: [] }] })) };
		expect(() => sqliteExport(broken, facts, sourcesExport(site, context))).toThrow(/fact-sheets.sqlite: rows whose foreign keys point nowhere/);
	});
});
