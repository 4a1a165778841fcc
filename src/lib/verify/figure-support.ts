import type { Fact } from '../../schemas/index.ts';
import { FIGURE_QUALIFIERS, VAGUE_QUALIFIERS } from '../../schemas/figure.ts';
import type { LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import { numbersIn, qualifierBefore, sameNumber, vagueCountsIn, vagueWords, type NumberMention } from '../text/numbers.ts';
import type { FoundQuote, Report } from './found-quotes.ts';

/** How far before a number the article is read for its qualifier ("as many as " and more). */
const QUALIFIER_REACH = 40;

const listed = (mentions: readonly NumberMention[]) => [...new Set(mentions.map((mention) => mention.text))].join(', ');

/** A figure's value is a number of its quotes, and its qualifier what the article's words before that number say. */
export function checkFigure(sheet: LoadedSheet, fact: Fact, found: readonly FoundQuote[], at: (...field: Path) => Path, report: Report): void {
	const { figure } = fact;
	if (!figure) return;
	// Asked only when reporting: locating a field builds the file's positioned YAML document, which a
	// figure that passes never needs (eagerly, a third of `npm run check`'s time at 1,000 sheets).
	const qualifierPath = () => (sheet.locate(at('figure', 'qualifier')) ? at('figure', 'qualifier') : at('figure'));
	if (figure.value === undefined) {
		if (!VAGUE_QUALIFIERS.has(figure.qualifier)) return;
		const words = vagueWords(figure.qualifier) as string;
		const quoted = found.flatMap(({ parts }) => parts.map((part) => part.text));
		if (!quoted.some((text) => vagueCountsIn(text).has(figure.qualifier))) {
			const given = [...new Set(quoted.flatMap((text) => [...vagueCountsIn(text)]))].map((qualifier) => `"${vagueWords(qualifier)}"`);
			report(
				qualifierPath(),
				`The qualifier "${figure.qualifier}" stands for the words "${words}", which none of the fact's quotes has${given.length > 0 ? ` (they say ${given.join(', ')})` : ''}.`,
				given.length > 0
					? 'Use the qualifier of the words the quote has (dozens, hundreds, thousands, tens-of-thousands).'
					: 'Quote the passage that gives the count, or give the number the quote states in `value` with its qualifier.',
			);
		}
		return;
	}
	const value = figure.value;
	const mentions = found.flatMap(({ source, parts }) =>
		parts.flatMap((part) =>
			numbersIn(part.text).map((mention) => ({
				mention,
				qualifier: qualifierBefore((source.text?.original ?? '').slice(Math.max(0, part.start + mention.start - QUALIFIER_REACH), part.start + mention.start)),
			})),
		),
	);
	const matching = mentions.filter(({ mention }) => sameNumber(mention.value, value));
	if (matching.length === 0) {
		const given = listed(mentions.map(({ mention }) => mention));
		report(
			at('figure', 'value'),
			`The value ${value} is not a number of the fact's quotes${given ? `, which give ${given}` : ', which give no number'}.`,
			'Give the number exactly as the quote states it (6,961 is 6961), or quote the passage that states this number.',
		);
		return;
	}
	if (matching.some(({ qualifier }) => qualifier === figure.qualifier)) return;
	const said = matching[0] as (typeof matching)[number];
	const words = FIGURE_QUALIFIERS[said.qualifier];
	report(
		qualifierPath(),
		`The article gives ${words ? `"${words} ${said.mention.text}"` : `"${said.mention.text}" with no qualifier`}, but the figure's qualifier is "${figure.qualifier}".`,
		`Set \`qualifier: ${said.qualifier}\`, as the article words it.`,
	);
}

