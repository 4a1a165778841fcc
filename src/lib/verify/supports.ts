import type { Citation, Fact } from '../../schemas/index.ts';
import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { normalise } from '../text/normalise.ts';
import { numbersIn, sameNumber } from '../text/numbers.ts';
import { endsBefore } from './dates.ts';
import { checkFactDates } from './date-support.ts';
import { checkFigure } from './figure-support.ts';
import { foundQuotes, type Report } from './found-quotes.ts';
import { sheetProblem } from './sheet-problems.ts';

/**
 * The rules that tie the fields beside a quote to the quote: a figure's value
 * and qualifier, the numbers and dates a statement writes, a fact's dates
 * against its source's publication, and what `supersedes` may point to.
 * Quotes that are not found are left to checkQuotes: these rules read only
 * quotes that verify.
 */
export function checkSupports(sheet: LoadedSheet, corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	const report = (path: Path, message: string, fix: string) => problems.push(sheetProblem(sheet, path, message, fix));
	const { data } = sheet;
	data.facts.forEach((fact, i) => {
		const at = (...field: Path) => ['facts', i, ...field];
		const found = foundQuotes(fact.citations, corpus);
		if (found === undefined) return;
		checkFigure(sheet, fact, found, at, report);
		checkNumbers(fact.statement, quotesAndNote(fact.citations, fact.dateNote), at('statement'), 'statement', report);
		checkFactDates(fact, found, at, report);
		checkSupersedes(sheet, fact, at, report);
	});
	data.roles.forEach((role, i) => {
		if (foundQuotes(role.citations, corpus) === undefined) return;
		checkNumbers(role.title, quotesAndNote(role.citations), ['roles', i, 'title'], 'role title', report);
	});
	data.relations.forEach((relation, i) => {
		if (relation.note === undefined || foundQuotes(relation.citations, corpus) === undefined) return;
		checkNumbers(relation.note, quotesAndNote(relation.citations), ['relations', i, 'note'], 'note', report);
	});
	return problems;
}

function quotesAndNote(citations: readonly Citation[], note?: string): string[] {
	return [...citations.map((citation) => normalise(citation.quote)), ...(note === undefined ? [] : [note])];
}

/** Every number `text` writes is a number of the item's quotes or note. */
function checkNumbers(text: string, supports: readonly string[], path: Path, what: string, report: Report): void {
	const given = supports.flatMap((support) => numbersIn(support));
	const missing = numbersIn(text).filter((mention) => !given.some((other) => sameNumber(other.value, mention.value)));
	if (missing.length === 0) return;
	report(
		path,
		`The ${what} writes ${missing.map((mention) => `"${mention.text}"`).join(', ')}, which no quote of the item gives${path.includes('statement') ? ' (nor its `dateNote`)' : ''}.`,
		what === 'statement'
			? 'Write only numbers the quotes give; quote the passage that gives the number, or explain a worked-out date in `dateNote`.'
			: `Write only numbers the quotes give, or quote the passage that gives the number.`,
	);
}

/** A fact that supersedes another reports the same metric, from a date no earlier. */
function checkSupersedes(sheet: LoadedSheet, fact: Fact, at: (...field: Path) => Path, report: Report): void {
	if (fact.supersedes === undefined || fact.supersedes === fact.id) return;
	// A missing fact is reported by the reference check.
	const earlier = sheet.data.facts.find((other) => other.id === fact.supersedes);
	if (!earlier) return;
	if ((fact.figure || earlier.figure) && fact.figure?.metric !== earlier.figure?.metric) {
		const metric = (figure: Fact['figure']) => (figure ? `the metric "${figure.metric}"` : 'no figure');
		report(
			at('supersedes'),
			`This fact reports ${metric(fact.figure)} and fact "${earlier.id}" ${metric(earlier.figure)}; a fact supersedes only a report of the same metric.`,
			'Point `supersedes` at an earlier fact of the same metric, or remove it.',
		);
		return;
	}
	const when = fact.asOf ?? fact.date;
	const before = earlier.asOf ?? earlier.date;
	if (when === undefined || before === undefined) {
		report(
			at('supersedes'),
			`A superseding fact and the fact it supersedes ("${earlier.id}") both need \`asOf\` or \`date\`, so that the later report is known.`,
			'Give both facts the date the article gives them (`asOf` for a count, `date` for an event).',
		);
		return;
	}
	if (endsBefore(when, before)) {
		report(
			at('supersedes'),
			`This fact (${when}) is earlier than fact "${earlier.id}" (${before}), which it claims to supersede.`,
			'Only a later report supersedes an earlier one: swap `supersedes` to the later fact, or remove it.',
		);
	}
}
