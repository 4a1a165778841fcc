import type { Corpus } from '../corpus.ts';
import type { ProjectFiles } from '../content/project-files.ts';
import { sortProblems, type Problem } from '../problems.ts';
import { LinkResolver } from '../links/resolver.ts';
import { sheetPath } from '../site/routes.ts';
import { sectionOf } from '../vocabulary.ts';
import { loadCorpus, type LoadHooks } from './load.ts';
import { CONTENT_RULES } from './rules.ts';

/**
 * Verifies a whole project: every file against its schema, then every rule
 * of CONTENT_RULES (references, uniqueness, dates, every quote against its
 * source, …). Returns all problems at once; an empty list means the content
 * may be built. `hooks` as in loadCorpus.
 */
export function verifyProject(files: ProjectFiles, hooks: LoadHooks = {}): { corpus: Corpus; problems: Problem[]; resolver: LinkResolver } {
	const { corpus, problems } = loadCorpus(files, hooks);
	const slugs = new Set<string>(corpus.sheets.map((sheet) => sheet.slug));
	const resolver = linkResolver(corpus);
	for (const rule of CONTENT_RULES) problems.push(...rule.check({ corpus, resolver, slugs }));
	return { corpus, problems: sortProblems(problems), resolver };
}

/** Resolves wiki-links against the loaded sheets (and names sheets that failed to load, so links to them are not reported twice). */
export function linkResolver(corpus: Corpus): LinkResolver {
	return new LinkResolver(
		corpus.sheets.map((sheet) => ({
			slug: sheet.slug,
			name: sheet.data.name,
			aliases: sheet.data.aliases,
			path: sheetPath(sheet.slug, sectionOf(corpus.vocabulary, sheet.data.kind)),
		})),
	);
}
