import type { Corpus } from '../corpus.ts';
import type { ProjectFiles } from '../content/project-files.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { LinkResolver } from '../links/resolver.ts';
import { sheetPath } from '../site/routes.ts';
import { checkBody } from './bodies.ts';
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
export function verifyProject(files: ProjectFiles): { corpus: Corpus; problems: Problem[]; resolver: LinkResolver } {
	const { corpus, problems } = loadCorpus(files);
	const slugs = new Set<string>(corpus.sheets.map((sheet) => sheet.slug));
	problems.push(...checkUniqueness(corpus));
	const resolver = linkResolver(corpus);
	for (const sheet of corpus.sheets) {
		problems.push(...checkBody(sheet, resolver, corpus.unloaded.sheets));
		problems.push(...checkReferences(sheet, corpus, slugs));
		problems.push(...checkDateOrder(sheet));
		problems.push(...checkQuotes(sheet, corpus));
	}
	return { corpus, problems: sortProblems(problems), resolver };
}

/** Resolves wiki-links against the loaded sheets (and names sheets that failed to load, so links to them are not reported twice). */
export function linkResolver(corpus: Corpus): LinkResolver {
	return new LinkResolver(
		corpus.sheets.map((sheet) => ({
			slug: sheet.slug,
			name: sheet.data.name,
			aliases: sheet.data.aliases,
			path: sheetPath(sheet.slug, sheet.data.kind),
		})),
	);
}
