/** The JSON exports are written one record per line (src/lib/exports/json.ts): a fifth smaller than one value per line, and still diffable by record. */
import { describe, expect, it } from 'vitest';
import { exportJsonPieces } from '../../src/lib/exports/json.ts';

const exportJson = (data: unknown) => exportJsonPieces(data).join('');

/** The JSON export as it was written before it made pieces, kept as the reference the pieces must join into. */
function oneStringExportJson(data: unknown): string {
	const line = (value: unknown) => JSON.stringify(value);
	const list = (items: readonly unknown[], indent: string) => (items.length === 0 ? '[]' : `[\n${items.map((item) => `${indent}\t${line(item)}`).join(',\n')}\n${indent}]`);
	if (Array.isArray(data)) return `${list(data, '')}\n`;
	if (data === null || typeof data !== 'object') return `${line(data)}\n`;
	const entries = Object.entries(data).map(([key, value]) => `\t${line(key)}: ${Array.isArray(value) ? list(value, '\t') : line(value)}`);
	return entries.length === 0 ? '{}\n' : `{\n${entries.join(',\n')}\n}\n`;
}

describe('the JSON exports', () => {
	const data = { $schema: 'https://example.org/data/facts.schema.json', schemaVersion: 1, license: null, metrics: [], facts: [{ id: 'a', citations: [{ quote: 'Said "so".' }] }, { id: 'b\n', citations: [] }] };

	it('write each top-level key on its line and each record of a list on one line', () => {
		expect(exportJson(data)).toBe(
			[
				'{',
				'\t"$schema": "https://example.org/data/facts.schema.json",',
				'\t"schemaVersion": 1,',
				'\t"license": null,',
				'\t"metrics": [],',
				'\t"facts": [',
				'\t\t{"id":"a","citations":[{"quote":"Said \\"so\\"."}]},',
				'\t\t{"id":"b\\n","citations":[]}',
				'\t]',
				'}',
				'',
			].join('\n'),
		);
	});

	it('write a list of records (CSL-JSON) one record a line, and read back as the same data', () => {
		const records = [{ id: 'source:one', issued: { 'date-parts': [[2026, 1, 2]] } }, { id: 'sheet:two' }];
		expect(exportJson(records)).toBe('[\n\t{"id":"source:one","issued":{"date-parts":[[2026,1,2]]}},\n\t{"id":"sheet:two"}\n]\n');
		for (const value of [data, records, [], {}, 'text', 3, null]) expect(JSON.parse(exportJson(value))).toEqual(value);
	});

	it('are written as pieces, each record one, that make the same text: no file need be one string', () => {
		expect(exportJsonPieces({ a: [1] }).join('')).toBe('{\n\t"a": [\n\t\t1\n\t]\n}\n');
		const many = { schemaVersion: 1, facts: Array.from({ length: 1000 }, (_, id) => ({ id: `fact-${id}` })) };
		const pieces = exportJsonPieces(many);
		expect(pieces.join('')).toBe(oneStringExportJson(many));
		expect(pieces.length).toBeGreaterThan(1000);
		expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(40);
		for (const value of [[], {}, 'text', 3, null, [[]], { a: {} }, { a: [], b: [{ c: 1 }] }]) expect(exportJsonPieces(value).join('')).toBe(oneStringExportJson(value));
	});
});
