/**
 * src/ is the generator; content/ is one story. Nothing under src/ may name
 * the story this project's content tells (a sheet's name, alias, slug, role
 * titles, fact ids and claimant parties, a source's id, title or publisher, a
 * metric's id or label), not even as an
 * example in a message or a comment: a newsroom forking the project for its
 * own story would find another story's names in its error messages.
 *
 * The names come from the content itself, read by the verifier, so the test
 * keeps working for whatever story a site tells. Matching is whole words,
 * case-insensitive. Left out: terms shorter than MIN_LENGTH characters (an
 * acronym such as "ABC" or a pseudonym such as "Ava" is too often part of
 * ordinary code), and COMMON_TERMS, words a generator uses for themselves.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { loadCorpus } from '../../src/lib/verify/load.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';

const MIN_LENGTH = 4;
/** Names in the content that are also ordinary words of the generator's own vocabulary (lowercase). */
const COMMON_TERMS = new Set<string>([]);

/** Every name the content gives its story, with where it comes from. */
function storyTerms(): Map<string, string> {
	// The verifier's own reading of the files: the names as the site publishes them.
	const { corpus } = loadCorpus(readProjectFiles(PROJECT_ROOT));
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
		for (const role of sheet.data.roles) add(role.title, `${sheet.file} (role title)`);
		for (const fact of sheet.data.facts) {
			add(fact.id, `${sheet.file} (fact id)`);
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

function filesUnder(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('src/ holds no story', () => {
	it('names no sheet, source or metric of the content', () => {
		const terms = storyTerms();
		// Sanity: a content folder with stories in it yields terms (a fork's empty site yields none, and passes).
		const sheetsOnDisk = readProjectFiles(PROJECT_ROOT).sheets.length;
		if (sheetsOnDisk > 0) expect(terms.size).toBeGreaterThan(0);
		// One pattern, longest terms first, so "Ali Khamenei" is reported rather than "Khamenei".
		const alternatives = [...terms.keys()].sort((a, b) => b.length - a.length).map(escape);
		if (alternatives.length === 0) return;
		const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
		const found: string[] = [];
		for (const file of filesUnder(join(PROJECT_ROOT, 'src'))) {
			const lines = readFileSync(file, 'utf8').split('\n');
			lines.forEach((line, index) => {
				for (const match of line.matchAll(pattern)) {
					const origin = terms.get(match[0].toLowerCase());
					found.push(`${relative(PROJECT_ROOT, file)}:${index + 1}:${(match.index ?? 0) + 1} "${match[0]}" (from ${origin})`);
				}
			});
		}
		expect(found, `Names from the content in src/ (use neutral examples such as "jane-doe", "harbour-report"):\n${found.join('\n')}`).toEqual([]);
	});
});
