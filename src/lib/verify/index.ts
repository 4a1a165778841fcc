import type { Corpus } from '../corpus.ts';
import type { ProjectFiles } from '../content/project-files.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { checkQuotes } from './citations.ts';
import { checkDateOrder } from './dates.ts';
import { loadCorpus } from './load.ts';
import { checkReferences } from './references.ts';
import { checkUniqueness } from './uniqueness.ts';

/**
 * Verifies a whole project: every file against its schema, then references,
 * uniqueness, dates and every quote against its source. Returns all problems
 * at once; an empty list means the content may be built.
 */
export function verifyProject(files: ProjectFiles): { corpus: Corpus; problems: Problem[] } {
	const { corpus, problems } = loadCorpus(files);
	const slugs = new Set<string>(corpus.sheets.map((sheet) => sheet.slug));
	problems.push(...checkUniqueness(corpus));
	for (const sheet of corpus.sheets) {
		problems.push(...checkReferences(sheet, corpus, slugs));
		problems.push(...checkDateOrder(sheet));
		problems.push(...checkQuotes(sheet, corpus));
	}
	return { corpus, problems: sortProblems(problems) };
}
