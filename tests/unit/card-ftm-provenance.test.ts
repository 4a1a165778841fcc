/** statements.csv: a provenance value of an item cited from two articles rests on its own citation only (src/lib/exports/ftm.ts). */
import { describe, expect, it } from 'vitest';
import { ftmExport } from '../../src/lib/exports/ftm.ts';
import { statementsCsvLines } from '../../src/lib/exports/statements-csv.ts';
import { ANN_LEE, ARTICLE, SOURCE, validSite } from '../helpers/project.ts';

/** A second source with the same text, from another publisher, at a known address. */
const WEEKLY = SOURCE.replace('publisher: The Daily', 'publisher: The Weekly\nurl: https://weekly.example.org/council').replace('text: seeds/daily.txt', 'text: seeds/weekly.txt');

const citedTwice = ANN_LEE.replace(
	'facts:\n',
	`relations:
  - type: works-for
    target: council
    citations:
      - source: daily
        quote: The mayor, Ann Lee, said
      - source: weekly
        quote: Lee has led the council since 2020.
facts:
`,
);

describe('the provenance of an item cited from two articles', () => {
	const site = () => validSite({ 'content/sheets/people/ann-lee.mdx': citedTwice, 'content/sources/weekly.yaml': WEEKLY, 'seeds/weekly.txt': ARTICLE });

	it('is on the entity from both, and in statements.csv on the row of the citation it comes from only', () => {
		const { entities, statements } = ftmExport(site());
		const relation = entities.find((entity) => entity.id === 'relation.ann-lee.1');
		expect(relation?.properties['publisher']).toEqual(['The Daily', 'The Weekly']);
		expect(relation?.properties['sourceUrl']).toEqual(['https://weekly.example.org/council']);
		const rows = statementsCsvLines(statements).join('')
			.split('\r\n')
			.filter((line) => line.includes('relation.ann-lee.1') && /,(publisher|sourceUrl|summary|employee),/.test(line));
		expect(rows).toMatchInlineSnapshot(`
			[
			  "1,relation.ann-lee.1,Employment,employee,sheet.ann-lee,citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,employee,sheet.ann-lee,citation,weekly,Lee has led the council since 2020.,2026-03-04,",
			  "1,relation.ann-lee.1,Employment,publisher,The Daily,citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,publisher,The Weekly,citation,weekly,Lee has led the council since 2020.,2026-03-04,",
			  "1,relation.ann-lee.1,Employment,sourceUrl,https://weekly.example.org/council,citation,weekly,Lee has led the council since 2020.,2026-03-04,",
			  "1,relation.ann-lee.1,Employment,summary,"The mayor, Ann Lee, said",citation,daily,"The mayor, Ann Lee, said",2026-03-04,",
			  "1,relation.ann-lee.1,Employment,summary,Lee has led the council since 2020.,citation,weekly,Lee has led the council since 2020.,2026-03-04,",
			]
		`);
	});
});
