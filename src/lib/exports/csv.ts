import { FACTS_CSV_COLUMNS, type FactsExport } from '../../schemas/index.ts';

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(value: string | number | null): string {
	const text = value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Whitespace runs (line breaks included) become one space: matching quotes ignores whitespace anyway. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * facts.csv: one row per fact of facts.json, in the same order, with CRLF
 * line ends (RFC 4180). A fact's citations fill two columns: `sources`,
 * the source ids joined by `;`, and `quotes`, the quotes in the same
 * order joined by ` | `, each on one line.
 */
export function factsCsv(facts: FactsExport): string {
	const rows = facts.facts.map((fact) => {
		const row: Record<(typeof FACTS_CSV_COLUMNS)[number], string | number | null> = {
			schema_version: facts.schemaVersion,
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
			figure_metric: fact.figure?.metric ?? null,
			figure_value: fact.figure?.value ?? null,
			figure_qualifier: fact.figure?.qualifier ?? null,
			supersedes: fact.supersedes,
			sources: fact.citations.map((citation) => citation.source).join(';'),
			quotes: fact.citations.map((citation) => oneLine(citation.quote)).join(' | '),
		};
		return FACTS_CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
	});
	return [FACTS_CSV_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`).join('');
}
