import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import { sheetCitations } from './cited-items.ts';
import { sheetProblem } from './sheet-problems.ts';

/** Checks that a sheet's references (sources, sheets, metrics, facts) all exist. */
export function checkReferences(sheet: LoadedSheet, corpus: Corpus, slugs: ReadonlySet<string>): Problem[] {
	const problems: Problem[] = [];
	const report = (path: Path, message: string, fix: string) => problems.push(sheetProblem(sheet, path, message, fix));
	/** `kinds`: the kinds a sheet there may have (any when undefined), which give the folder a new one goes in. */
	const sheetRef = (path: Path, slug: string, what: string, kinds?: readonly string[]) => {
		if (slugs.has(slug) || corpus.unloaded.sheets.has(slug)) return;
		report(
			path,
			`${what} "${slug}" is not a sheet.${didYouMean(slug, slugs)}`,
			`Use the slug of an existing sheet (its file name without the extension), or create it: \`npm run add-sheet -- "<Name>" --kind <kind> --slug ${slug}\` writes ${newSheetPath(corpus, slug, kinds)}.`,
		);
	};

	for (const { path, citation } of sheetCitations(sheet)) {
		if (corpus.sources.has(citation.source) || corpus.unloaded.sources.has(citation.source)) continue;
		report(
			[...path, 'source'],
			`The source "${citation.source}" does not exist.${didYouMean(citation.source, corpus.sources.keys())}`,
			`Use the id of a source in content/sources/ (its file name without .yaml), or add the source first: \`npm run add-source -- <text-file> --id ${citation.source}\` writes content/sources/${citation.source}.yaml.`,
		);
	}
	sheet.data.roles.forEach((role, i) => {
		if (role.org) sheetRef(['roles', i, 'org'], role.org, 'The organisation', kindsIn(corpus, 'organisations'));
	});
	sheet.data.relations.forEach((relation, i) => {
		if (relation.target === sheet.slug) {
			report(
				['relations', i, 'target'],
				`The relation "${relation.type}" points at this sheet itself.`,
				'Point the relation at another sheet, or remove it.',
			);
		} else {
			const to = corpus.vocabulary.relationTypes.get(relation.type)?.to;
			sheetRef(['relations', i, 'target'], relation.target, 'The relation target', to === 'any' ? undefined : to);
		}
	});
	const factIds = new Set(sheet.data.facts.map((fact) => fact.id as string));
	sheet.data.facts.forEach((fact, i) => {
		if (fact.claimant?.sheet) sheetRef(['facts', i, 'claimant', 'sheet'], fact.claimant.sheet, 'The claimant');
		if (fact.figure && !corpus.metrics.has(fact.figure.metric)) {
			report(
				['facts', i, 'figure', 'metric'],
				`The metric "${fact.figure.metric}" is not declared.${didYouMean(fact.figure.metric, corpus.metrics.keys())}`,
				'Use a metric declared in content/metrics.yaml, or declare it there with a label, unit and description.',
			);
		}
		if (fact.figure && !fact.claimant) {
			report(
				['facts', i, 'figure'],
				'A figure needs a claimant: who reported the number.',
				'Add `claimant:` with the `sheet` or `party` the article attributes the number to.',
			);
		}
		if (fact.figure && !fact.asOf && !fact.date) {
			report(
				['facts', i, 'figure'],
				'A figure needs a date: `asOf` (when the number was reported as true) or `date`.',
				'Add `asOf:` with the date the article gives; if it gives the date only relative to itself, explain the resolution in `dateNote`.',
			);
		}
		if (fact.supersedes !== undefined) {
			if (fact.supersedes === fact.id) {
				report(['facts', i, 'supersedes'], 'The fact supersedes itself.', 'Name the id of an earlier fact on this sheet.');
			} else if (!factIds.has(fact.supersedes)) {
				report(
					['facts', i, 'supersedes'],
					`There is no fact "${fact.supersedes}" on this sheet.${didYouMean(fact.supersedes, factIds)}`,
					'Name the id of the earlier fact on this sheet that this one supersedes.',
				);
			}
		}
	});
	return problems;
}

/** The kinds whose sheets live in a section. */
function kindsIn(corpus: Corpus, section: string): string[] {
	return [...corpus.vocabulary.kinds].filter(([, kind]) => kind.section === section).map(([id]) => id);
}

/** Where `add-sheet` writes a sheet of one of `kinds` with this slug: its kind's section's folder. */
function newSheetPath(corpus: Corpus, slug: string, kinds: readonly string[] | undefined): string {
	const sections = new Set(
		(kinds ?? [...corpus.vocabulary.kinds.keys()]).flatMap((kind) => {
			const section = corpus.vocabulary.kinds.get(kind)?.section;
			return section ? [section] : [];
		}),
	);
	const paths = [...sections].sort().map((section) => `content/sheets/${section}/${slug}.mdx`);
	if (paths.length === 0) return `content/sheets/<section>/${slug}.mdx`;
	return paths.length === 1 ? (paths[0] as string) : `${paths.join(' or ')}, by its kind`;
}
