import { FACTS_CSV_COLUMNS, type FactsExport } from '../../schemas/index.ts';

/**
 * What a cell must not begin with: a spreadsheet that opens the file reads
 * such a cell as a formula (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|…`), and
 * the cells hold content, which is untrusted. The list is OWASP's
 * (https://owasp.org/www-community/attacks/CSV_Injection): =, +, -, @, tab
 * (0x09) and carriage return (0x0D).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * break; quotes doubled. A text that begins like a formula is neutralised as
 * OWASP says: a single quote before it, and the cell quoted, so that a
 * spreadsheet shows it as text. A number this code writes (a figure's value,
 * the schema version) stays a number, so `-5` is written as it is: it is
 * never a content string, and a spreadsheet reads it as the number it is.
 * docs/data-exports.md says how to read neutralised cells back.
 */
export function csvField(value: string | number | null): string {
	if (value === null) return '';
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	const text = String(value);
	if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
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
export function factsCsvLines(facts: FactsExport): string[] {
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
	return [FACTS_CSV_COLUMNS.join(','), ...rows].map((line) => `${line}\r\n`);
}
