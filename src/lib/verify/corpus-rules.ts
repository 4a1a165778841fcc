import type { Corpus, LoadedSheet, LoadedSource } from '../corpus.ts';
import { bodyLinks } from '../body/mentions.ts';
import type { LinkResolver } from '../links/resolver.ts';
import type { Problem } from '../problems.ts';
import { normalise } from '../text/normalise.ts';
import { sheetCitations } from './cited-items.ts';
import { sheetProblem } from './sheet-problems.ts';

const FIND_QUOTE = 'npm run find-quote -- <source-id> "<words>"';

/** A sheet with no fact says nothing a reader can check: a sheet is published with at least one cited fact. */
export function checkHasFact(sheet: LoadedSheet): Problem[] {
	if (sheet.data.facts.length > 0) return [];
	return [
		sheetProblem(
			sheet,
			['name'],
			`The sheet "${sheet.slug}" has no facts; a sheet is published only with at least one fact that a source supports.`,
			`Add a fact under \`facts:\` with a statement and a citation (\`${FIND_QUOTE}\` prints a citation to paste), or delete ${sheet.file}.`,
		),
	];
}

/**
 * Every sheet is linked to at least one other sheet, in either direction: a
 * relation or role naming it, a claimant, or a wiki-link in a body. A sheet
 * no page links to is found only through the indexes.
 */
export function checkLinked(corpus: Corpus, resolver: LinkResolver): Problem[] {
	const slugs = new Set<string>(corpus.sheets.map((sheet) => sheet.slug));
	const linked = new Set<string>();
	const link = (from: string, to: string | undefined) => {
		if (to === undefined || to === from || !slugs.has(to)) return;
		linked.add(from).add(to);
	};
	for (const sheet of corpus.sheets) {
		for (const relation of sheet.data.relations) link(sheet.slug, relation.target);
		for (const role of sheet.data.roles) link(sheet.slug, role.org);
		for (const fact of sheet.data.facts) link(sheet.slug, fact.claimant?.sheet);
		for (const body of bodyLinks(sheet.tree, resolver)) link(sheet.slug, body.slug);
	}
	// A single sheet has no other sheet to link to.
	if (corpus.sheets.length < 2) return [];
	return corpus.sheets
		.filter((sheet) => !linked.has(sheet.slug))
		.map((sheet) =>
			sheetProblem(
				sheet,
				['name'],
				`The sheet "${sheet.slug}" links to no other sheet, and no sheet links to it.`,
				'Link it where the sources connect it: a relation or a role naming another sheet, a fact\'s claimant, or a wiki-link such as [[jane-doe]] in a body (this sheet\'s or another\'s).',
			),
		);
}

/**
 * A figure is counted once: two facts giving the same metric, value,
 * qualifier and claimant from the same quotes would be drawn twice on its
 * chart. The later one (by file, then order in the file) is reported.
 */
export function checkFigureOnce(corpus: Corpus): Problem[] {
	const seen = new Map<string, { sheet: LoadedSheet; id: string }>();
	const problems: Problem[] = [];
	for (const sheet of [...corpus.sheets].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
		sheet.data.facts.forEach((fact, i) => {
			if (!fact.figure) return;
			const quotes = fact.citations.map((citation) => `${citation.source}:${normalise(citation.quote)}`).join('|');
			const { metric, value, qualifier } = fact.figure;
			const key = JSON.stringify([metric, value ?? null, qualifier, fact.claimant?.sheet ?? fact.claimant?.party ?? null, quotes]);
			const first = seen.get(key);
			if (!first) return void seen.set(key, { sheet, id: fact.id });
			problems.push(
				sheetProblem(
					sheet,
					['facts', i, 'figure'],
					`The figure is given twice: fact "${first.id}" in ${first.sheet.file} has the same metric, value, qualifier, claimant and quotes, so its chart would count it twice.`,
					`Keep the figure on one fact: delete \`figure:\` here (or the whole fact), and link to [[${first.sheet.slug}]] if this sheet needs it.`,
				),
			);
		});
	}
	return problems;
}

/** Every source is cited by some item: a source nothing cites has no reason to be published. */
export function checkSourcesCited(corpus: Corpus): Problem[] {
	const cited = new Set<string>();
	for (const sheet of corpus.sheets) for (const { citation } of sheetCitations(sheet)) cited.add(citation.source);
	// A stored text another source also names is not for this fix to delete.
	const shared = (source: LoadedSource) => [...corpus.sources.values()].some((other) => other !== source && other.data.text === source.data.text);
	return [...corpus.sources.values()]
		.filter((source) => !cited.has(source.id))
		.map((source) => {
			const position = source.locate(['title']);
			return {
				file: source.file,
				line: position?.line,
				column: position?.column,
				item: 'source',
				message: `No fact, role or relation cites the source "${source.id}".`,
				fix: `Cite it from a sheet (\`npm run find-quote -- ${source.id} "<words>"\` prints a citation to paste), or delete ${source.file}${shared(source) ? '' : ` and ${source.data.text}`}.`,
			};
		});
}
