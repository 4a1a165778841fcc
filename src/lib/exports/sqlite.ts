import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { EXPORT_SCHEMA_VERSION, type FactsExport, type SheetsExport, type SourcesExport } from '../../schemas/index.ts';

/**
 * /data/fact-sheets.sqlite: the JSON exports as one SQLite database, ready
 * for `datasette fact-sheets.sqlite` (docs/data-exports.md). It is written
 * from the same export objects as sheets.json, facts.json and sources.json,
 * so the three never disagree. Tables have foreign keys, and two FTS5
 * tables search the statements and the quotes.
 *
 * Built with Node's own `node:sqlite` (no native build, no download; Node 24
 * prints no warning for it) in memory and serialised: the same rows inserted
 * in the same order by the same SQLite give the same bytes, and nothing in
 * the file depends on the time of the build.
 */
const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (
	id TEXT PRIMARY KEY,
	page TEXT NOT NULL,
	title TEXT NOT NULL,
	publisher TEXT,
	original_publisher TEXT,
	published_status TEXT NOT NULL,
	published_date TEXT,
	published_stated_as TEXT,
	retrieved_status TEXT NOT NULL,
	retrieved_date TEXT,
	url TEXT,
	language TEXT NOT NULL,
	note TEXT
);
CREATE TABLE sheets (
	slug TEXT PRIMARY KEY,
	page TEXT NOT NULL,
	name TEXT NOT NULL,
	kind TEXT NOT NULL,
	kind_label TEXT NOT NULL,
	description TEXT NOT NULL,
	pseudonymous INTEGER NOT NULL
);
CREATE TABLE aliases (sheet TEXT NOT NULL REFERENCES sheets (slug), alias TEXT NOT NULL, PRIMARY KEY (sheet, alias));
CREATE TABLE identifiers (
	sheet TEXT NOT NULL REFERENCES sheets (slug),
	scheme TEXT NOT NULL,
	identifier TEXT NOT NULL,
	url TEXT NOT NULL,
	PRIMARY KEY (sheet, scheme)
);
CREATE TABLE metrics (id TEXT PRIMARY KEY, label TEXT NOT NULL, unit TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE facts (
	pk INTEGER PRIMARY KEY,
	sheet TEXT NOT NULL REFERENCES sheets (slug),
	id TEXT NOT NULL,
	page TEXT NOT NULL,
	statement TEXT NOT NULL,
	date TEXT,
	as_of TEXT,
	date_note TEXT,
	claimant_sheet TEXT REFERENCES sheets (slug),
	claimant_party TEXT,
	claimant_citing TEXT,
	supersedes TEXT,
	UNIQUE (sheet, id),
	FOREIGN KEY (sheet, supersedes) REFERENCES facts (sheet, id)
);
CREATE TABLE figures (
	sheet TEXT NOT NULL,
	fact TEXT NOT NULL,
	metric TEXT NOT NULL REFERENCES metrics (id),
	value REAL,
	qualifier TEXT NOT NULL,
	PRIMARY KEY (sheet, fact),
	FOREIGN KEY (sheet, fact) REFERENCES facts (sheet, id)
);
CREATE TABLE roles (
	sheet TEXT NOT NULL REFERENCES sheets (slug),
	position INTEGER NOT NULL,
	title TEXT NOT NULL,
	org TEXT REFERENCES sheets (slug),
	org_name TEXT,
	former INTEGER NOT NULL,
	start TEXT,
	"end" TEXT,
	PRIMARY KEY (sheet, position)
);
CREATE TABLE relations (
	sheet TEXT NOT NULL REFERENCES sheets (slug),
	position INTEGER NOT NULL,
	type TEXT NOT NULL,
	label TEXT NOT NULL,
	target TEXT NOT NULL REFERENCES sheets (slug),
	start TEXT,
	"end" TEXT,
	note TEXT,
	PRIMARY KEY (sheet, position)
);
CREATE TABLE citations (
	pk INTEGER PRIMARY KEY,
	sheet TEXT NOT NULL REFERENCES sheets (slug),
	fact TEXT,
	role INTEGER,
	relation INTEGER,
	position INTEGER NOT NULL,
	source TEXT NOT NULL REFERENCES sources (id),
	quote TEXT NOT NULL,
	link TEXT,
	CHECK ((fact IS NOT NULL) + (role IS NOT NULL) + (relation IS NOT NULL) = 1),
	FOREIGN KEY (sheet, fact) REFERENCES facts (sheet, id),
	FOREIGN KEY (sheet, role) REFERENCES roles (sheet, position),
	FOREIGN KEY (sheet, relation) REFERENCES relations (sheet, position)
);
CREATE INDEX citations_source ON citations (source);
CREATE INDEX facts_claimant ON facts (claimant_sheet);
CREATE INDEX figures_metric ON figures (metric);
CREATE VIRTUAL TABLE facts_fts USING fts5 (statement, content = 'facts', content_rowid = 'pk');
CREATE VIRTUAL TABLE citations_fts USING fts5 (quote, content = 'citations', content_rowid = 'pk');
`;

/** The two example queries of docs/data-exports.md; the tests run them on the built file. */
export const EXAMPLE_QUERIES = {
	/** Facts whose statement mentions a word, best match first, with the quotes that support them. */
	search: `SELECT facts.sheet, facts.id, facts.statement, citations.source, citations.quote
FROM facts_fts
JOIN facts ON facts.pk = facts_fts.rowid
JOIN citations ON citations.sheet = facts.sheet AND citations.fact = facts.id
WHERE facts_fts MATCH :words
ORDER BY facts_fts.rank, facts.sheet, facts.id, citations.position`,
	/** Every reported value of a metric, with who reported it, when, and from which source. */
	figures: `SELECT figures.value, figures.qualifier, coalesce(facts.as_of, facts.date) AS as_of,
  coalesce(claimant.name, facts.claimant_party) AS reported_by, citations.source, citations.quote
FROM figures
JOIN facts ON facts.sheet = figures.sheet AND facts.id = figures.fact
LEFT JOIN sheets AS claimant ON claimant.slug = facts.claimant_sheet
JOIN citations ON citations.sheet = facts.sheet AND citations.fact = facts.id
WHERE figures.metric = :metric
ORDER BY as_of, figures.sheet, figures.fact, citations.position`,
} as const;

type Row = Record<string, SQLInputValue>;

function insert(db: DatabaseSync, table: string, rows: readonly Row[]) {
	const first = rows[0];
	if (!first) return;
	const columns = Object.keys(first);
	const statement = db.prepare(`INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((column) => `:${column}`).join(', ')})`);
	for (const row of rows) statement.run(row);
}

const bool = (value: boolean) => (value ? 1 : 0);

/** The database's bytes. */
export function sqliteExport(sheets: SheetsExport, facts: FactsExport, sources: SourcesExport): Uint8Array<ArrayBuffer> {
	// node:sqlite enforces foreign keys by default; here they are checked once all rows are in
	// (a fact may supersede one inserted after it), by foreign_key_check below.
	const db = new DatabaseSync(':memory:', { enableForeignKeyConstraints: false });
	try {
		db.exec(SCHEMA);
		db.exec('BEGIN;');
		insert(db, 'meta', [
			{ key: 'schema_version', value: String(EXPORT_SCHEMA_VERSION) },
			{ key: 'site', value: sheets.site },
			// The licence, when the site names one (a value may not be NULL).
			...(sheets.license ? [{ key: 'license', value: sheets.license.name }] : []),
			...(sheets.license?.url ? [{ key: 'license_url', value: sheets.license.url }] : []),
		]);
		insert(
			db,
			'sources',
			sources.sources.map((source) => ({
				id: source.id,
				page: source.page,
				title: source.title,
				publisher: source.publisher,
				original_publisher: source.originalPublisher,
				published_status: source.published.status,
				published_date: source.published.date,
				published_stated_as: source.published.statedAs,
				retrieved_status: source.retrieved.status,
				retrieved_date: source.retrieved.date,
				url: source.url,
				language: source.language,
				note: source.note,
			})),
		);
		insert(
			db,
			'sheets',
			sheets.sheets.map((sheet) => ({
				slug: sheet.slug,
				page: sheet.page,
				name: sheet.name,
				kind: sheet.kind,
				kind_label: sheet.kindLabel,
				description: sheet.description,
				pseudonymous: bool(sheet.pseudonymous),
			})),
		);
		insert(db, 'aliases', sheets.sheets.flatMap((sheet) => [...new Set(sheet.aliases)].map((alias) => ({ sheet: sheet.slug, alias }))));
		insert(
			db,
			'identifiers',
			sheets.sheets.flatMap((sheet) => sheet.identifiers.map((each) => ({ sheet: sheet.slug, scheme: each.scheme, identifier: each.id, url: each.url }))),
		);
		insert(db, 'metrics', facts.metrics.map((metric) => ({ ...metric })));
		insert(
			db,
			'facts',
			facts.facts.map((fact) => ({
				sheet: fact.sheet,
				id: fact.id,
				page: fact.page,
				statement: fact.statement,
				date: fact.date,
				as_of: fact.asOf,
				date_note: fact.dateNote,
				claimant_sheet: fact.claimant?.sheet ?? null,
				claimant_party: fact.claimant?.party ?? null,
				claimant_citing: fact.claimant?.citing ?? null,
				supersedes: fact.supersedes,
			})),
		);
		insert(
			db,
			'figures',
			facts.facts.flatMap((fact) =>
				fact.figure ? [{ sheet: fact.sheet, fact: fact.id, metric: fact.figure.metric, value: fact.figure.value, qualifier: fact.figure.qualifier }] : [],
			),
		);
		insert(
			db,
			'roles',
			sheets.sheets.flatMap((sheet) =>
				sheet.roles.map((role, i) => ({
					sheet: sheet.slug,
					position: i + 1,
					title: role.title,
					org: role.org,
					org_name: role.orgName,
					former: bool(role.former),
					start: role.start,
					end: role.end,
				})),
			),
		);
		insert(
			db,
			'relations',
			sheets.sheets.flatMap((sheet) =>
				sheet.relations.map((relation, i) => ({
					sheet: sheet.slug,
					position: i + 1,
					type: relation.type,
					label: relation.label,
					target: relation.target,
					start: relation.start,
					end: relation.end,
					note: relation.note,
				})),
			),
		);
		type Owner = { fact: string | null; role: number | null; relation: number | null };
		const citationRows = (sheet: string, owner: Owner, citations: readonly { source: string; quote: string; link: string | null }[]) =>
			citations.map((citation, i) => ({ sheet, ...owner, position: i + 1, source: citation.source, quote: citation.quote, link: citation.link }));
		insert(db, 'citations', [
			...facts.facts.flatMap((fact) => citationRows(fact.sheet, { fact: fact.id, role: null, relation: null }, fact.citations)),
			...sheets.sheets.flatMap((sheet) => [
				...sheet.roles.flatMap((role, i) => citationRows(sheet.slug, { fact: null, role: i + 1, relation: null }, role.citations)),
				...sheet.relations.flatMap((relation, i) => citationRows(sheet.slug, { fact: null, role: null, relation: i + 1 }, relation.citations)),
			]),
		]);
		db.exec("INSERT INTO facts_fts (facts_fts) VALUES ('rebuild'); INSERT INTO citations_fts (citations_fts) VALUES ('rebuild');");
		db.exec('COMMIT;');
		const broken = db.prepare('PRAGMA foreign_key_check').all();
		if (broken.length > 0) throw new Error(`fact-sheets.sqlite: rows whose foreign keys point nowhere: ${JSON.stringify(broken)}`);
		return db.serialize();
	} finally {
		db.close();
	}
}
