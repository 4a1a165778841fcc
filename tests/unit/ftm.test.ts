import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ftmExport, ftmLineList } from '../../src/lib/exports/ftm.ts';
import { STATEMENTS_CSV_COLUMNS, statementsCsvLines } from '../../src/lib/exports/statements-csv.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { ftmModel, ftmProblems } from '../helpers/ftm-model.ts';
import { ANN_LEE, COUNCIL, validSite } from '../helpers/project.ts';

const withRelation = ANN_LEE.replace(
	'facts:\n',
	`identifiers:
  wikidata: Q4115189
relations:
  - type: works-for
    target: council
    note: as its mayor
    citations:
      - source: daily
        quote: The mayor, Ann Lee, said
facts:
`,
);
const site = () => validSite({ 'content/sheets/people/ann-lee.mdx': withRelation });

describe('FollowTheMoney export', () => {
	it('gives entities that FtM’s own model accepts', () => {
		const { entities } = ftmExport(site());
		expect(ftmProblems(entities)).toEqual([]);
		expect(entities.map((entity) => `${entity.schema} ${entity.id}`)).toMatchInlineSnapshot(`
			[
			  "Article source.daily",
			  "Person sheet.ann-lee",
			  "PublicBody sheet.council",
			  "Position position.ann-lee.1",
			  "Occupancy occupancy.ann-lee.1",
			  "Employment relation.ann-lee.1",
			  "Documentation fact.ann-lee.bridge-reopening.1",
			  "Documentation fact.council.complaints-2026-03-02.1",
			]
		`);
	});

	it('writes one entity per line, with the quote and the source’s provenance on each interval', () => {
		const lines = ftmLineList(ftmExport(site()).entities).join('').trimEnd().split('\n');
		expect(lines.map((line) => JSON.parse(line) as unknown)).toMatchInlineSnapshot(`
			[
			  {
			    "id": "source.daily",
			    "properties": {
			      "fileName": [
			        "seeds/daily.txt",
			      ],
			      "language": [
			        "eng",
			      ],
			      "name": [
			        "Headline about the council",
			      ],
			      "publishedAt": [
			        "2026-03-04",
			      ],
			      "publisher": [
			        "The Daily",
			      ],
			      "title": [
			        "Headline about the council",
			      ],
			    },
			    "schema": "Article",
			  },
			  {
			    "id": "sheet.ann-lee",
			    "properties": {
			      "description": [
			        "Mayor.",
			      ],
			      "name": [
			        "Ann Lee",
			      ],
			      "wikidataId": [
			        "Q4115189",
			      ],
			    },
			    "schema": "Person",
			  },
			  {
			    "id": "sheet.council",
			    "properties": {
			      "alias": [
			        "the council",
			      ],
			      "description": [
			        "The city's council.",
			      ],
			      "name": [
			        "City Council",
			      ],
			    },
			    "schema": "PublicBody",
			  },
			  {
			    "id": "position.ann-lee.1",
			    "properties": {
			      "name": [
			        "mayor",
			      ],
			      "organization": [
			        "sheet.council",
			      ],
			    },
			    "schema": "Position",
			  },
			  {
			    "id": "occupancy.ann-lee.1",
			    "properties": {
			      "holder": [
			        "sheet.ann-lee",
			      ],
			      "post": [
			        "position.ann-lee.1",
			      ],
			      "publisher": [
			        "The Daily",
			      ],
			      "summary": [
			        "The mayor, Ann Lee",
			      ],
			    },
			    "schema": "Occupancy",
			  },
			  {
			    "id": "relation.ann-lee.1",
			    "properties": {
			      "description": [
			        "as its mayor",
			      ],
			      "employee": [
			        "sheet.ann-lee",
			      ],
			      "employer": [
			        "sheet.council",
			      ],
			      "publisher": [
			        "The Daily",
			      ],
			      "role": [
			        "works for",
			      ],
			      "summary": [
			        "The mayor, Ann Lee, said",
			      ],
			    },
			    "schema": "Employment",
			  },
			  {
			    "id": "fact.ann-lee.bridge-reopening.1",
			    "properties": {
			      "description": [
			        "Lee said the bridge will reopen in May.",
			      ],
			      "document": [
			        "source.daily",
			      ],
			      "entity": [
			        "sheet.ann-lee",
			      ],
			      "publisher": [
			        "The Daily",
			      ],
			      "role": [
			        "claim by Ann Lee",
			      ],
			      "summary": [
			        "said the "bridge will reopen in May" - after repairs.",
			      ],
			    },
			    "schema": "Documentation",
			  },
			  {
			    "id": "fact.council.complaints-2026-03-02.1",
			    "properties": {
			      "date": [
			        "2026-03-02",
			      ],
			      "description": [
			        "The council counted at least 312 complaints as of 2 March.",
			      ],
			      "document": [
			        "source.daily",
			      ],
			      "entity": [
			        "sheet.council",
			      ],
			      "publisher": [
			        "The Daily",
			      ],
			      "role": [
			        "claim by City Council",
			      ],
			      "summary": [
			        "The council counted at least 312 complaints ... as of 2 March.",
			      ],
			    },
			    "schema": "Documentation",
			  },
			]
		`);
	});

	it('gives the editors’ Wikidata id as wikidataId', () => {
		const person = ftmExport(site()).entities.find((entity) => entity.id === 'sheet.ann-lee');
		expect(person?.properties['wikidataId']).toEqual(['Q4115189']);
	});

	it('keeps every value with its citation in statements.csv', () => {
		const csv = statementsCsvLines(ftmExport(site()).statements).join('');
		expect(csv.split('\r\n').slice(0, 4)).toMatchInlineSnapshot(`
			[
			  "schema_version,entity_id,schema,prop,value,origin,source_id,quote,source_published,source_retrieved",
			  "1,source.daily,Article,fileName,seeds/daily.txt,source,,,,",
			  "1,source.daily,Article,language,eng,source,,,,",
			  "1,source.daily,Article,name,Headline about the council,source,,,,",
			]
		`);
		expect(csv.split('\r\n').filter((line) => line.includes('relation.ann-lee.1'))).toMatchInlineSnapshot(`
			[
			  "1,relation.ann-lee.1,Employment,description,as its mayor,citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,employee,sheet.ann-lee,citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,employer,sheet.council,citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,publisher,The Daily,citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,role,works for,citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,summary,"The mayor, Ann Lee, said",citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			]
		`);
	});

	it('documents every column of statements.csv', () => {
		const docs = readFileSync(join(PROJECT_ROOT, 'docs/data-exports.md'), 'utf8');
		for (const column of STATEMENTS_CSV_COLUMNS) expect(docs, column).toContain(`| \`${column}\` |`);
	});

	it('maps every kind and relation type of the default vocabulary to FtM schemata and properties that exist', () => {
		const { vocabulary } = site();
		for (const { ftm } of vocabulary.kinds.values()) expect(ftmModel.getSchema(ftm).isA('LegalEntity')).toBe(true);
		for (const { id, ftm: mapped } of vocabulary.relationTypes.values()) {
			if (!mapped) continue;
			const schema = ftmModel.getSchema(mapped.schema);
			expect(schema.isA('Interval'), id).toBe(true);
			for (const prop of [mapped.from, mapped.to, mapped.label]) expect(schema.hasProperty(prop), `${id} › ${prop}`).toBe(true);
		}
	});

	it('falls back to an UnknownLink when the ends do not fit the schema', () => {
		const council = COUNCIL.replace(
			'facts:\n',
			`relations:
  - type: works-for
    target: ann-lee
    citations:
      - source: daily
        quote: The mayor, Ann Lee, said
facts:
`,
		);
		const { entities } = ftmExport(validSite({ 'content/sheets/organisations/council.mdx': council }));
		expect(ftmProblems(entities)).toEqual([]);
		expect(entities.find((entity) => entity.id === 'relation.council.1')?.schema).toBe('UnknownLink');
	});
});
