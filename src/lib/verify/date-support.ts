import type { Fact, PartialDate } from '../../schemas/index.ts';
import { comparePartialDates } from '../../schemas/dates.ts';
import type { LoadedSource } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import { normalise } from '../text/normalise.ts';
import { dateAgrees, datesIn } from '../text/numbers.ts';
import { endsBefore } from './dates.ts';
import type { FoundQuote, Report } from './found-quotes.ts';

/**
 * A date the statement gives as background to the event, not as its date
 * ("through a shutdown since January 8", "after 4 February 2026").
 */
const BACKGROUND_DATE = /\b(?:since|after|before|until)\s+(?:the\s+)?$/iu;
/** "As of" right before a date. */
const AS_OF = /\bas of$/iu;

/** When a source was published, as a message words it; undefined when unknown. */
function publication(source: LoadedSource): { source: LoadedSource; date: PartialDate; text: string } | undefined {
	const { published } = source.data;
	if (published.status === 'unknown') return undefined;
	return { source, date: published.date, text: `${published.status === 'stated' ? 'published' : 'published, as inferred,'} ${published.date}` };
}

/** The latest publication of the item's sources; undefined when one of them is of unknown date, since then no date can be said to be too late. */
function latestPublication(found: readonly FoundQuote[]): ReturnType<typeof publication> {
	let latest: ReturnType<typeof publication>;
	for (const { source } of found) {
		const published = publication(source);
		if (!published) return undefined;
		if (!latest || comparePartialDates(published.date, latest.date) > 0) latest = published;
	}
	return latest;
}

/**
 * `asOf` not after the publication of the latest citing source; `date` not
 * after it either unless the fact is `expected`; every date the statement
 * writes agrees with `date` or `asOf`; every "as of" date a quote gives
 * agrees with `asOf`.
 */
export function checkFactDates(fact: Fact, found: readonly FoundQuote[], at: (...field: Path) => Path, report: Report): void {
	checkPublication(fact, found, at, report);
	checkWrittenDates(fact, found, at, report);
}

function checkPublication(fact: Fact, found: readonly FoundQuote[], at: (...field: Path) => Path, report: Report): void {
	const latest = latestPublication(found);
	if (!latest) return;
	if (fact.asOf && endsBefore(latest.date, fact.asOf)) {
		report(
			at('asOf'),
			`\`asOf\` is ${fact.asOf}, after source "${latest.source.id}" was ${latest.text}: an article cannot report what was true after it appeared.`,
			'Set `asOf` to the date the article gives, or to its publication date when it gives none (and say so in `dateNote`).',
		);
	}
	if (fact.date && !fact.expected && endsBefore(latest.date, fact.date)) {
		report(
			at('date'),
			`\`date\` is ${fact.date}, after source "${latest.source.id}" was ${latest.text}.`,
			'Correct `date`; for an event the article expects or has scheduled, add `expected: true`.',
		);
	}
}

function checkWrittenDates(fact: Fact, found: readonly FoundQuote[], at: (...field: Path) => Path, report: Report): void {
	const fields = [fact.date, fact.asOf].filter((value): value is PartialDate => value !== undefined);
	if (fields.length > 0) {
		for (const written of datesIn(fact.statement)) {
			if (BACKGROUND_DATE.test(fact.statement.slice(0, written.start))) continue;
			if (!fields.some((value) => dateAgrees(written, value))) {
				report(
					at('statement'),
					`The statement writes "${written.text}", which disagrees with ${fields.map((value) => `${value === fact.date ? '`date`' : '`asOf`'} ${value}`).join(' and ')}.`,
					'Make the date in the statement and the date field say the same.',
				);
			}
		}
	}
	if (fact.asOf) {
		for (const { source, parts } of found) {
			const original = source.text?.original ?? '';
			for (const part of parts) {
				for (const written of datesIn(part.text)) {
					// Read from the article, so a quote that starts at the date still counts its "as of".
					const offset = part.start + written.start;
					const before = normalise(original.slice(Math.max(0, offset - 12), offset)).trimEnd();
					if (AS_OF.test(before) && !dateAgrees(written, fact.asOf)) {
						report(
							at('asOf'),
							`The quote says "as of ${written.text}", but \`asOf\` is ${fact.asOf}.`,
							`Set \`asOf\` to the date the quote gives (${written.text}).`,
						);
					}
				}
			}
		}
	}
}

