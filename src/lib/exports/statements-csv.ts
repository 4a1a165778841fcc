import { EXPORT_SCHEMA_VERSION } from '../../schemas/index.ts';
import { csvField } from './csv.ts';
import type { FtmStatement } from './ftm.ts';

/** Whitespace runs (line breaks included) become one space, as in facts.csv. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The columns of statements.csv, in order (docs/data-exports.md). */
export const STATEMENTS_CSV_COLUMNS = [
	'schema_version',
	'entity_id',
	'schema',
	'prop',
	'value',
	'origin',
	'source_id',
	'quote',
	'source_published',
	'source_retrieved',
] as const;

/**
 * statements.csv: one row per value and citation, in entity order, as RFC
 * 4180 CSV with CRLF line ends like facts.csv; as its lines, each with its
 * line end, which the build writes one after another. At 50,000 sheets the
 * file is over a gigabyte, longer than the longest string V8 can make.
 */
export function statementsCsvLines(statements: readonly FtmStatement[]): string[] {
	const rows = statements.map((statement) => {
		const row: Record<(typeof STATEMENTS_CSV_COLUMNS)[number], string | number | null> = {
			schema_version: EXPORT_SCHEMA_VERSION,
			entity_id: statement.entityId,
			schema: statement.schema,
			prop: statement.prop,
			value: oneLine(statement.value),
			origin: statement.origin,
			source_id: statement.sourceId,
			quote: statement.quote === null ? null : oneLine(statement.quote),
			source_published: statement.sourcePublished,
			source_retrieved: statement.sourceRetrieved,
		};
		return STATEMENTS_CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
	});
	return [STATEMENTS_CSV_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`);
}
