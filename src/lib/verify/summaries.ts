import type { LoadedSheet } from '../corpus.ts';
import { positionAt } from '../links/wiki-links.ts';
import type { Problem } from '../problems.ts';
import { normalise } from '../text/normalise.ts';
import { dateAgrees, datesIn, numbersIn, sameNumber, type NumberMention } from '../text/numbers.ts';
import { sheetCitations } from './cited-items.ts';
import { sheetProblem } from './sheet-problems.ts';

/**
 * The numbers a sheet's body writes, with offsets into the raw body. Read
 * from the raw text for now: wiki-links count by the words they show
 * (`[[slug|text]]` by its text), and a Markdown link's address or an
 * image's is not prose. When bodies are read from their parsed tree, this
 * one function switches to the tree's text nodes.
 */
export function bodyNumbers(sheet: LoadedSheet): NumberMention[] {
	const blanked = sheet.body
		// `[[slug]]`, `[[slug|text]]`: the slug is an address, not prose.
		.replace(/\[\[([^\]|]*)(\|[^\]]*)?\]\]/g, (link: string, slug: string, text: string | undefined) =>
			text === undefined ? link.replace(/[^\n]/g, ' ') : ' '.repeat(slug.length + 3) + text.slice(1) + '  ',
		)
		// `](address)` and `<address>`: only the words of a link are prose.
		.replace(/\]\([^)]*\)/g, (address) => ' '.repeat(address.length))
		.replace(/<[a-z][a-z+.-]*:[^>\s]*>/giu, (address) => ' '.repeat(address.length));
	return numbersIn(blanked);
}

/**
 * The description and the body are the editors' summary of the sheet's
 * items, not a source: every number they write must be a number of a quote
 * of one of the sheet's items. A date they write ("on 20 January 2026", "in
 * 2025") may instead be the date of one of the items (`date`, `asOf`,
 * `start`, `end`), which each item's own rules tie to its quote or
 * `dateNote`; its day and year then need no quote of their own.
 */
export function checkSummaries(sheet: LoadedSheet): Problem[] {
	const quoted = [...sheetCitations(sheet)].flatMap(({ citation }) => numbersIn(normalise(citation.quote)));
	const itemDates = itemDatesOf(sheet);
	const unquotedIn = (text: string) => {
		const dated = datedSpans(text, itemDates);
		return (mention: NumberMention) =>
			!quoted.some((other) => sameNumber(other.value, mention.value)) &&
			!dated.some((span) => mention.start >= span.start && mention.end <= span.end);
	};
	const fix = "Write only numbers that the sheet's quotes give; add the item and quote that gives it first.";
	const problems: Problem[] = [];
	const inDescription = numbersIn(sheet.data.description).filter(unquotedIn(sheet.data.description));
	if (inDescription.length > 0) {
		problems.push(
			sheetProblem(
				sheet,
				['description'],
				`The description writes ${inDescription.map((mention) => `"${mention.text}"`).join(', ')}, which no quote of this sheet gives.`,
				fix,
			),
		);
	}
	const unquotedInBody = unquotedIn(sheet.body);
	for (const mention of bodyNumbers(sheet).filter(unquotedInBody)) {
		const { line, column } = positionAt(sheet.body, mention.start);
		problems.push({
			file: sheet.file,
			line: sheet.bodyLine + line - 1,
			column,
			item: 'body',
			message: `The body writes "${mention.text}", which no quote of this sheet gives.`,
			fix,
		});
	}
	return problems;
}

/** Every date field of the sheet's items. */
function itemDatesOf(sheet: LoadedSheet): string[] {
	const { facts, roles, relations } = sheet.data;
	return [
		...facts.flatMap((fact) => [fact.date, fact.asOf]),
		...[...roles, ...relations].flatMap((item) => [item.start, item.end]),
	].filter((value): value is string => value !== undefined);
}

/** A year standing alone ("in 2025"), read as a date of that year. */
const YEAR = /(?<![\p{L}\p{N},.])(1[89]\d\d|2\d\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The spans of `text` that write a date agreeing with one of `dates`. */
function datedSpans(text: string, dates: readonly string[]): { start: number; end: number }[] {
	const written = datesIn(text);
	for (const match of text.matchAll(YEAR)) {
		const start = match.index;
		if (!written.some((date) => start >= date.start && start < date.end)) {
			written.push({ year: Number(match[1]), month: 0, text: match[0], start, end: start + match[0].length });
		}
	}
	return written.filter((date) => dates.some((value) => yearOnlyAgrees(date, value) ?? dateAgrees(date, value)));
}

/** A bare year (month 0) agrees with any date in that year; undefined for a date with a month, which `dateAgrees` decides. */
function yearOnlyAgrees(date: { year?: number | undefined; month: number }, value: string): boolean | undefined {
	return date.month === 0 ? date.year === Number(value.slice(0, 4)) : undefined;
}
