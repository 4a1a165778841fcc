/**
 * The skeleton `add-sheet` writes, and the check that its name and aliases
 * are free: the verifier's own uniqueness rule (../verify/uniqueness.ts, with
 * its look-alike skeletons) is run over the project with the new sheet in
 * it, so the command refuses exactly what `check` would.
 */
import type { ContentFile, ProjectFiles } from '../content/project-files.ts';
import type { Problem } from '../problems.ts';
import { loadCorpus } from '../verify/load.ts';
import { checkUniqueness } from '../verify/uniqueness.ts';
import { yamlScalar } from './source-draft.ts';

export interface SheetDraftInput {
	readonly name: string;
	readonly kind: string;
	readonly aliases: readonly string[];
	/** A source the curator means to cite: the skeleton's first fact cites it. */
	readonly source?: string | undefined;
}

/** The sheet's frontmatter, with placeholders for what only the curator can write, and an empty body. */
export function sheetDraft({ name, kind, aliases, source }: SheetDraftInput): string {
	const lines = [
		'---',
		`name: ${yamlScalar(name)}`,
		...(aliases.length > 0 ? ['aliases:', ...aliases.map((alias) => `  - ${yamlScalar(alias)}`)] : []),
		`kind: ${kind}`,
		`description: ${yamlScalar('TODO: one sentence on who this is, saying no more than the sources support')}`,
		'# Written by `npm run add-sheet`. Replace every TODO (docs/content-model.md, "Sheets"); `npm run check` lists those left.',
		'facts:',
		`  - id: ${yamlScalar('TODO: a short id of lowercase words, e.g. joined-2019')}`,
		`    statement: ${yamlScalar('TODO: the fact in plain words, saying no more than the quote')}`,
		'    citations:',
		`      - source: ${source ?? yamlScalar('TODO: the id of the source that says it (content/sources/<id>.yaml)')}`,
		`        quote: ${yamlScalar(`TODO: the article's words; npm run find-quote -- ${source ?? '<source-id>'} "<words>" prints them ready to paste`)}`,
		'---',
		'',
	];
	return lines.join('\n');
}

/**
 * The uniqueness problems the new sheet would bring: its slug, name or an
 * alias already used (or looked like) by another sheet. The candidate is
 * checked with a description and no placeholders, so that it loads.
 */
export function nameConflicts(files: ProjectFiles, candidate: { path: string } & SheetDraftInput): Problem[] {
	const text = [
		'---',
		`name: ${yamlScalar(candidate.name)}`,
		`aliases: [${candidate.aliases.map(yamlScalar).join(', ')}]`,
		`kind: ${candidate.kind}`,
		'description: A sheet being added.',
		'---',
		'',
	].join('\n');
	const sheets: ContentFile[] = [...files.sheets, { path: candidate.path, text }];
	const { corpus, problems } = loadCorpus({ ...files, sheets });
	const loadProblems = problems.filter((problem) => problem.file === candidate.path);
	if (loadProblems.length > 0) return loadProblems;
	// A problem stands on whichever of the two sheets comes later; the other names the candidate's file.
	return checkUniqueness(corpus).filter((problem) => problem.file === candidate.path || problem.message.includes(candidate.path));
}
