/**
 * CSV exports neutralise cells a spreadsheet would run as formulas, as
 * OWASP's CSV-injection guidance says (docs/data-exports.md, facts.csv).
 */
import { describe, expect, it } from 'vitest';
import { csvField, factsCsvLines } from '../../src/lib/exports/csv.ts';
import type { ExportedFact, FactsExport } from '../../src/schemas/index.ts';

const citation = (quote: string): ExportedFact['citations'][number] => ({
	source: 'harbour-report',
	quote,
	sourcePage: 'https://e.org/sources/harbour-report/',
	link: null,
});

const fact = (changes: Partial<ExportedFact>): ExportedFact => ({
	sheet: 'jane-doe',
	id: 'a-fact',
	page: 'https://e.org/people/jane-doe/#a-fact',
	statement: 'Jane Doe said so.',
	date: null,
	asOf: null,
	dateNote: null,
	claimant: null,
	figure: null,
	supersedes: null,
	supersededBy: [],
	citations: [citation('she said so')],
	...changes,
});

const csvOf = (...facts: ExportedFact[]): string =>
	factsCsvLines({ $schema: 'https://e.org/data/facts.schema.json', schemaVersion: 1, site: 'https://e.org/', license: null, metrics: [], facts } satisfies FactsExport).join('');

describe('csvField', () => {
	it.each([
		['=HYPERLINK("https://evil.example","x")', `"'=HYPERLINK(""https://evil.example"",""x"")"`],
		['+1+1', `"'+1+1"`],
		["-2+3+cmd|' /C calc'!A0", `"'-2+3+cmd|' /C calc'!A0"`],
		['@SUM(1,1)', `"'@SUM(1,1)"`],
		['\t=1+1', `"'\t=1+1"`],
		['\r=1+1', `"'\r=1+1"`],
		['-5', `"'-5"`],
	])('neutralises the text %j as %s', (text, field) => expect(csvField(text)).toBe(field));

	it('leaves other text as RFC 4180 has it: quoted only for a comma, a quote or a line break', () => {
		expect(csvField('plain words')).toBe('plain words');
		expect(csvField('1 = 1, and more')).toBe('"1 = 1, and more"');
		expect(csvField("it's")).toBe("it's");
		expect(csvField('')).toBe('');
		expect(csvField(null)).toBe('');
	});

	it('writes a number the export writes as a number, a negative one too', () => {
		expect(csvField(6961)).toBe('6961');
		expect(csvField(-5)).toBe('-5');
		expect(csvField(0.5)).toBe('0.5');
		// Not a finite number: written as the text it would be, and neutralised.
		expect(csvField(Number.NEGATIVE_INFINITY)).toBe(`"'-Infinity"`);
	});
});

describe('facts.csv', () => {
	it('neutralises every content column, and keeps the figure value a number', () => {
		const csv = csvOf(
			fact({
				statement: '=cmd|"/c calc"!A1',
				dateNote: '+ two days',
				claimant: { sheet: null, party: '@someone', citing: '-unnamed sources' },
				figure: { metric: 'flooded-homes', value: 1204, qualifier: 'exact' },
				citations: [citation('=1+1')],
			}),
		);
		expect(csv.split('\r\n')[1]).toMatchInlineSnapshot(`"1,jane-doe,a-fact,https://e.org/people/jane-doe/#a-fact,"'=cmd|""/c calc""!A1",,,"'+ two days",,"'@someone","'-unnamed sources",flooded-homes,1204,exact,,harbour-report,"'=1+1""`);
	});
});
