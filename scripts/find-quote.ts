/**
 * `npm run find-quote -- <source-id> "<words>" ["<more words>"]`: prints the
 * passages of the source's article holding these words (typos, missing
 * words and number formats allowed) as citation YAML ready to paste, each
 * one verified as `check` verifies it; with two phrases, the ellipsis join
 * when the quote rules allow it. For a source with a stated publication
 * date, dates the passage gives relative to it are resolved and proposed as
 * `date`/`asOf` with a `dateNote`. Run from the project root.
 */
import { commandArguments, CommandError, didYouMeanId, runCommand } from '../src/lib/curate/cli.ts';
import { findPassages, joinPassages, type Passage } from '../src/lib/curate/find-passages.ts';
import { resolveDates, type Publication } from '../src/lib/curate/relative-dates.ts';
import { yamlScalar } from '../src/lib/curate/source-draft.ts';
import { readProjectFiles } from '../src/lib/content/project-files.ts';
import type { LoadedSource } from '../src/lib/corpus.ts';
import { JOINED_PART_MIN_WORDS } from '../src/lib/text/quote-shape.ts';
import { loadCorpus } from '../src/lib/verify/load.ts';

const USAGE = 'npm run find-quote -- <source-id> "<words>" ["<more words>"]';

runCommand('find-quote', () => {
	const { positionals } = commandArguments(process.argv.slice(2), {}, USAGE);
	const [id, ...phrases] = positionals;
	if (id === undefined || phrases.length === 0 || phrases.length > 2) {
		throw new CommandError('Expected a source id and one or two phrases, each in quotes.', `Call it as: ${USAGE}`);
	}
	const { corpus } = loadCorpus(readProjectFiles(process.cwd()));
	const source = corpus.sources.get(id);
	if (!source) {
		if (corpus.unloaded.sources.has(id)) {
			throw new CommandError(`The source "${id}" cannot be read yet: content/sources/${id}.yaml has problems (placeholders to fill, perhaps).`, 'Run `npm run check` and fix what it lists for that file first.');
		}
		const ids = [...corpus.sources.keys()];
		throw new CommandError(`There is no source "${id}".${didYouMeanId(id, ids)}`, ids.length > 0 ? `Give one of: ${ids.join(', ')}.` : 'Add one with `npm run add-source -- <text-file>`.');
	}
	const text = source.text;
	if (!text) throw new CommandError(`The stored text of "${id}" (${source.data.text}) cannot be read.`, 'Run `npm run check`: it says what is wrong with the file.');

	const publication = publicationOf(source);
	const out: string[] = [];
	const found = phrases.map((phrase) => ({ phrase, passages: findPassages(text, phrase) }));
	for (const { phrase, passages } of found) {
		if (passages.length === 0) {
			const closest = text.closest(phrase);
			throw new CommandError(
				`No passage of the article of "${id}" holds most of the words "${phrase}".${closest ? ` Closest: "${closest}".` : ''}`,
				`Give a few more of the article's words, as ${source.data.text} has them; only the article${source.data.article ? ' (between its `article` markers)' : ''} can be cited.`,
			);
		}
		out.push(`# "${phrase}": ${passages.length === 1 ? 'one passage' : `${passages.length} passages`} of ${source.data.text}`, '');
		for (const passage of passages) out.push(...citation(id, passage, publication), '');
	}
	if (found.length === 2) out.push(...joined(id, text, found[0]?.passages[0] as Passage, found[1]?.passages[0] as Passage, publication));
	process.stdout.write(`${out.join('\n').trimEnd()}\n`);
});

/** The source's publication date, when it states a full day: what relative dates are resolved against. */
function publicationOf(source: LoadedSource): Publication | undefined {
	const { published } = source.data;
	return published.status === 'stated' && /^\d{4}-\d{2}-\d{2}$/u.test(published.date) ? { date: published.date, statedAs: published.statedAs } : undefined;
}

/** A citation to paste under `citations:`, with what differs from the phrase and the dates it gives. */
function citation(id: string, passage: Passage, publication: Publication | undefined, heading?: string): string[] {
	const differs = passage.words.flatMap((word) =>
		word.kind === 'typo' ? [`"${word.word}" is "${word.passage}"`] : word.kind === 'missing' ? [`"${word.word}" is not in it`] : [],
	);
	const lines = [
		`# ${heading ?? `Line ${passage.line}`}${differs.length > 0 ? `; ${differs.join(', ')}` : ''}:`,
		`      - source: ${id}`,
		`        quote: ${yamlScalar(passage.quote)}`,
	];
	return [...lines, ...dateLines(passage.quote, publication)];
}

function dateLines(quote: string, publication: Publication | undefined): string[] {
	if (!publication) return [];
	const dates = resolveDates(quote, publication);
	if (dates.length === 0) return [];
	const lines = ['# The dates it gives, for the fact (check each against the article):'];
	for (const date of dates) {
		lines.push(`#   ${date.written} → ${date.value}`, `    ${date.asOf ? 'asOf' : 'date'}: "${date.value}"`);
		if (date.note) lines.push(`    dateNote: ${yamlScalar(date.note)}`);
		if (!date.asOf && date.value.slice(0, 10) > publication.date.slice(0, date.value.length)) lines.push('    expected: true  # after publication: only an event the article expects may be dated so');
	}
	return lines;
}

/** The two phrases as one quote, when the rules allow it; otherwise why not. */
function joined(id: string, text: NonNullable<LoadedSource['text']>, a: Passage, b: Passage, publication: Publication | undefined): string[] {
	const join = joinPassages(text, a, b);
	switch (join.kind) {
		case 'joined':
		case 'contiguous': {
			const heading = join.kind === 'joined' ? 'Both phrases, joined with "..." (one paragraph, in the article\'s order)' : 'Both phrases, as the one passage they make';
			return [`# ${heading}:`, `      - source: ${id}`, `        quote: ${yamlScalar(join.quote)}`, ...dateLines(join.quote, publication)];
		}
		case 'different-paragraphs':
			return [`# The phrases stand in different paragraphs (lines ${join.lines[0]} and ${join.lines[1]}): "..." joins passages of one paragraph only, so cite them as two citations (above).`];
		case 'short-part':
			return [`# No join: the part "${join.part}" has ${join.words} words; each part joined with "..." needs at least ${JOINED_PART_MIN_WORDS}. Lengthen it, or cite the passages separately.`];
		case 'not-found':
			return [`# No join: the joined quote would not verify (${join.status}); cite the passages separately.`];
	}
}
