/** The data exports: their content, their fixed order, their schemas and their documentation. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsCsvLines, csvField } from '../../src/lib/exports/csv.ts';
import { factsExport, sheetsExport, sourcesExport, type ExportContext } from '../../src/lib/exports/data-exports.ts';
import { buildSite, type SiteInput } from '../../src/lib/site/model.ts';
import { absoluteUrl } from '../../src/lib/site/routes.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { EXPORT_SCHEMAS, FACTS_CSV_COLUMNS, exportJsonSchema, factsExportSchema, sheetsExportSchema, sourcesExportSchema } from '../../src/schemas/index.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { ANN_LEE, SOURCE, validProject } from '../helpers/project.ts';

const context: ExportContext = {
	absolute: (path, fragment) => absoluteUrl('https://e.org', '/facts/', path, fragment),
	schemaUrl: (name) => `https://e.org/facts/data/${name}.schema.json`,
	passages: { daily: { 'The mayor, Ann Lee': ['The mayor, Ann Lee'] } },
};

const TWO_FACTS = ANN_LEE.replace(
	'facts:',
	`facts:
  - id: a-first-by-id
    statement: Lee has led the council since 2020.
    date: "2020"
    citations:
      - source: daily
        quote: Lee has led the council since 2020.`,
);

function inputOf(overrides: Record<string, string> = {}): SiteInput {
	const { corpus, problems } = verifyProject(validProject({ 'content/sheets/people/ann-lee.mdx': TWO_FACTS, ...overrides }));
	expect(problems).toEqual([]);
	return {
		sheets: corpus.sheets.map((sheet) => ({ slug: sheet.slug, data: sheet.data })),
		sources: [...corpus.sources.values()].map((source) => ({ id: source.id, data: source.data })),
		metrics: corpus.metrics,
		vocabulary: corpus.vocabulary,
	};
}

const allExports = (input: SiteInput) => {
	const site = buildSite(input, 'en-GB');
	const facts = factsExport(site, context);
	return { sheets: sheetsExport(site, context), facts, sources: sourcesExport(site, context), csv: factsCsvLines(facts).join('') };
};

describe('the data exports', () => {
	it('match their schemas and carry the schema version and address', () => {
		const { sheets, facts, sources } = allExports(inputOf());
		expect(sheetsExportSchema.parse(sheets)).toEqual(sheets);
		expect(factsExportSchema.parse(facts)).toEqual(facts);
		expect(sourcesExportSchema.parse(sources)).toEqual(sources);
		expect(facts).toMatchObject({ $schema: 'https://e.org/facts/data/facts.schema.json', schemaVersion: 1, site: 'https://e.org/facts/' });
	});

	it('give every fact with its citations, claimant, dates, figure and permalink, in order of sheet and id', () => {
		const { facts } = allExports(inputOf());
		expect(facts.facts.map((fact) => `${fact.sheet}#${fact.id}`)).toEqual(['ann-lee#a-first-by-id', 'ann-lee#bridge-reopening', 'council#complaints-2026-03-02']);
		expect(facts.facts[2]).toEqual({
			sheet: 'council',
			id: 'complaints-2026-03-02',
			page: 'https://e.org/facts/organisations/council/#complaints-2026-03-02',
			statement: 'The council counted at least 312 complaints as of 2 March.',
			date: null,
			asOf: '2026-03-02',
			dateNote: null,
			claimant: { sheet: 'council', party: null, citing: null },
			figure: { metric: 'complaints', value: 312, qualifier: 'at-least' },
			supersedes: null,
			supersededBy: [],
			citations: [
				{
					source: 'daily',
					quote: 'The council counted at least 312 complaints ... as of 2 March.',
					sourcePage: 'https://e.org/facts/sources/daily/',
					// The source has no known address: no link is made up.
					link: null,
				},
			],
		});
		expect(facts.metrics).toEqual([{ id: 'complaints', label: 'Complaints', unit: 'complaints', description: 'Complaints received.' }]);
	});

	it('link a citation to the quoted words when the source’s address is known', () => {
		const input = inputOf({ 'content/sources/daily.yaml': SOURCE.replace('language: en', 'language: en\nurl: https://daily.example/story') });
		const { sheets, sources } = allExports(input);
		expect(sheets.sheets.find((sheet) => sheet.slug === 'ann-lee')?.roles[0]?.citations[0]?.link).toBe('https://daily.example/story#:~:text=The%20mayor%2C%20Ann%20Lee');
		expect(sources.sources[0]).toMatchObject({ url: 'https://daily.example/story', archiveLookup: 'https://web.archive.org/web/*/https://daily.example/story', citedBy: ['ann-lee', 'council'] });
	});

	it('come out the same whatever order the content is read in', () => {
		const input = inputOf();
		const reversed: SiteInput = { sheets: [...input.sheets].reverse(), sources: [...input.sources].reverse(), metrics: new Map([...input.metrics].reverse()), vocabulary: input.vocabulary };
		expect(JSON.stringify(allExports(reversed))).toBe(JSON.stringify(allExports(input)));
	});

	it('write facts.csv with one row per fact, quoted where needed, CRLF line ends', () => {
		const { csv, facts } = allExports(inputOf());
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(FACTS_CSV_COLUMNS.join(','));
		expect(lines.at(-1)).toBe('');
		expect(lines.length - 2).toBe(facts.facts.length);
		expect(lines[3]).toBe(
			'1,council,complaints-2026-03-02,https://e.org/facts/organisations/council/#complaints-2026-03-02,The council counted at least 312 complaints as of 2 March.,,2026-03-02,,council,,,complaints,312,at-least,,daily,The council counted at least 312 complaints ... as of 2 March.',
		);
		expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
		expect(csvField(null)).toBe('');
	});
});

describe('the data exports’ documentation', () => {
	const doc = readFileSync(join(PROJECT_ROOT, 'docs/data-exports.md'), 'utf8');
	const propertyNames = (schema: unknown): string[] => {
		if (!schema || typeof schema !== 'object') return [];
		const node = schema as Record<string, unknown>;
		const own = node.properties && typeof node.properties === 'object' ? Object.keys(node.properties) : [];
		return [...own, ...Object.values(node).flatMap(propertyNames)];
	};

	it('names every field of every JSON export and every CSV column', () => {
		for (const name of Object.keys(EXPORT_SCHEMAS) as (keyof typeof EXPORT_SCHEMAS)[]) {
			for (const field of new Set(propertyNames(exportJsonSchema(name, 'https://e.org/s.json', { kinds: ['person'], relationTypes: ['member-of'] })))) {
				expect(doc, `${name}.json field "${field}"`).toContain(`\`${field}\``);
			}
		}
		for (const column of FACTS_CSV_COLUMNS) expect(doc, `facts.csv column "${column}"`).toContain(`\`${column}\``);
	});
});
