/**
 * The names a site's content gives its story, and where they stand in other
 * files: for the tests that keep the generator free of any one story
 * (tests/unit/no-story-in-src.test.ts) and that check a new site keeps
 * nothing of the old one (tests/build/new-site.test.ts).
 *
 * The names are a sheet's name, alias or slug, its facts' ids of two words or
 * more and claimant parties, a source's id, title or publisher, a metric's id
 * or label, read by the verifier's own loader. Matching is whole words,
 * case-insensitive. Left out: terms shorter than MIN_LENGTH characters (an
 * acronym such as "ABC" or a pseudonym such as "Ava" is too often part of
 * ordinary code), and COMMON_TERMS, words a generator uses for themselves.
 * Role titles are left out too: "member" or "director" belong to any story.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { loadCorpus } from '../../src/lib/verify/load.ts';

const MIN_LENGTH = 4;
/** Names in the content that are also ordinary words of the generator's own vocabulary (lowercase). */
const COMMON_TERMS = new Set<string>([]);

/** Every name the content of the project at `root` gives its story (lowercase), with where it comes from. */
export function storyTerms(root: string): Map<string, string> {
	// The verifier's own reading of the files: the names as the site publishes them.
	const { corpus } = loadCorpus(readProjectFiles(root));
	const terms = new Map<string, string>();
	const add = (term: string | null | undefined, origin: string) => {
		// A source without a headline has no title to look for.
		const trimmed = term?.trim() ?? '';
		if (trimmed.length < MIN_LENGTH || COMMON_TERMS.has(trimmed.toLowerCase())) return;
		if (!terms.has(trimmed.toLowerCase())) terms.set(trimmed.toLowerCase(), origin);
	};
	for (const sheet of corpus.sheets) {
		add(sheet.slug, `${sheet.file} (slug)`);
		add(sheet.data.name, `${sheet.file} (name)`);
		for (const alias of sheet.data.aliases) add(alias, `${sheet.file} (alias)`);
		for (const fact of sheet.data.facts) {
			// A one-word id ("arrested") is an ordinary word; "harbour-toll" is the story's.
			if (fact.id.includes('-')) add(fact.id, `${sheet.file} (fact id)`);
			if (fact.claimant && 'party' in fact.claimant) add(fact.claimant.party, `${sheet.file} (${fact.id} claimant)`);
		}
	}
	for (const source of corpus.sources.values()) {
		add(source.id, `${source.file} (id)`);
		add(source.data.title, `${source.file} (title)`);
		add(source.data.publisher, `${source.file} (publisher)`);
	}
	for (const [id, metric] of corpus.metrics) {
		add(id, `content/metrics.yaml (${id})`);
		add(metric.label, `content/metrics.yaml (${id} label)`);
	}
	return terms;
}

/** Files under a folder, not following links, leaving out the folders `skip` names (paths from `root`). */
export function filesUnder(root: string, folder: string, skip: readonly string[] = []): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (skip.includes(relative(root, path).split(sep).join('/'))) return [];
		const stats = lstatSync(path);
		return stats.isDirectory() ? filesUnder(root, path, skip) : stats.isFile() ? [path] : [];
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each of `terms` (storyTerms) stands in the files under `folders`, not
 * under `except` (paths from `root`): `path:line:column "name" (from …)`.
 */
export function termsIn(terms: ReadonlyMap<string, string>, root: string, folders: readonly string[], except: readonly string[] = []): string[] {
	// One pattern, longest terms first, so "Ann Lee" is reported rather than "Lee".
	const alternatives = [...terms.keys()].sort((a, b) => b.length - a.length).map(escape);
	if (alternatives.length === 0) return [];
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
	const found: string[] = [];
	for (const file of folders.flatMap((folder) => filesUnder(root, join(root, folder), except))) {
		const path = relative(root, file).split(sep).join('/');
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, index) => {
				for (const match of line.matchAll(pattern)) {
					found.push(`${path}:${index + 1}:${(match.index ?? 0) + 1} "${match[0]}" (from ${terms.get(match[0].toLowerCase())})`);
				}
			});
	}
	return found;
}
