import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { BIDI_CONTROL } from '../text/bidi.ts';
import { describeCharacter, differingCharacters, foldName, hasNoLetters, lookAlikeKeys } from '../text/confusables.ts';
import { sheetProblem } from './sheet-problems.ts';

/** Names compare without case, accents or spacing: "Jeyrani" and "jeyrani " collide. Wiki-links look names up by it. */
export const nameKey = foldName;

/** A sheet's name or one of its aliases, with where it is written. */
interface NameAt {
	readonly sheet: LoadedSheet;
	readonly path: Path;
	readonly name: string;
}

/**
 * Duplicate slugs, names and aliases shared by two sheets (or that look
 * alike: UTS #39 confusables, see ../text/confusables.ts), former slugs in
 * use, duplicate fact ids.
 */
export function checkUniqueness(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	const bySlug = new Map<string, LoadedSheet>();
	const byKey = new Map<string, NameAt>();
	const byFormerSlug = new Map<string, LoadedSheet>();

	for (const sheet of corpus.sheets) {
		const first = bySlug.get(sheet.slug);
		if (first) {
			problems.push({
				file: sheet.file,
				message: `The slug "${sheet.slug}" is already used by ${first.file}.`,
				fix: 'Two sheets cannot share a file name, even in different folders: rename one of them, or merge them if they are the same actor.',
			});
			continue;
		}
		bySlug.set(sheet.slug, sheet);
	}

	for (const sheet of bySlug.values()) {
		const own = new Map<string, NameAt>();
		for (const at of sheetNames(sheet)) {
			// A name that cannot be compared has a problem of its own, not a false "shared name" (bidi controls: ./bidi-controls.ts).
			if (BIDI_CONTROL.test(at.name)) continue;
			if (hasNoLetters(at.name)) {
				problems.push(noLettersProblem(at));
				continue;
			}
			const keys = lookAlikeKeys(at.name);
			const twin = firstHit(own, keys);
			if (twin) {
				problems.push(sameNameProblem(at, twin));
				continue;
			}
			for (const key of keys) own.set(key, at);
			const other = firstHit(byKey, keys);
			if (other) problems.push(sameNameProblem(at, other));
			else for (const key of keys) byKey.set(key, at);
		}

		sheet.data.formerSlugs.forEach((former, i) => {
			// Its own slug names its address in the other section, which redirects to it anyway (redirectAddresses).
			const current = former === sheet.slug ? undefined : bySlug.get(former);
			const previous = byFormerSlug.get(former);
			if (current) {
				problems.push(
					sheetProblem(sheet, ['formerSlugs', i], `The former slug "${former}" is the current slug of ${current.file}.`, 'A former slug redirects to this sheet, so no current sheet may use it: remove it from `formerSlugs`.'),
				);
			} else if (previous) {
				problems.push(
					sheetProblem(sheet, ['formerSlugs', i], `The former slug "${former}" is also claimed by ${previous.file}.`, 'A former slug can redirect to only one sheet: keep it on one of them.'),
				);
			} else byFormerSlug.set(former, sheet);
		});

		const factIds = new Map<string, number>();
		sheet.data.facts.forEach((fact, i) => {
			const first = factIds.get(fact.id);
			if (first === undefined) factIds.set(fact.id, i);
			else {
				const line = sheet.locate(['facts', first, 'id'])?.line;
				problems.push(
					sheetProblem(
						sheet,
						['facts', i, 'id'],
						`The fact id "${fact.id}" is already used by facts[${first}]${line ? ` at line ${line}` : ''}.`,
						'Give this fact an id of its own: ids are permanent links, so keep the older fact\'s id unchanged.',
					),
				);
			}
		});
	}
	return problems;
}

/** A name of only emoji, punctuation or symbols: nothing a reader could look up, or tell from another. */
function noLettersProblem({ sheet, path, name }: NameAt): Problem {
	const what = path[0] === 'name' ? 'The name' : 'The alias';
	return sheetProblem(
		sheet,
		path,
		`${what} "${name}" has no letter or digit, only emoji, punctuation or symbols: a reader could not look it up, nor tell it from another such name.`,
		path[0] === 'name' ? 'Write the name in letters, as the sources spell it.' : 'Write the alias in letters, as the sources spell it, or remove it.',
	);
}

/** The sheet's name and aliases, each with its path. */
function sheetNames(sheet: LoadedSheet): NameAt[] {
	return [
		{ sheet, path: ['name'], name: sheet.data.name },
		...sheet.data.aliases.map((alias, i) => ({ sheet, path: ['aliases', i], name: alias })),
	];
}

function firstHit(names: ReadonlyMap<string, NameAt>, keys: readonly string[]): NameAt | undefined {
	for (const key of keys) {
		const hit = names.get(key);
		if (hit) return hit;
	}
	return undefined;
}

/** `at` is the same name as `first` (case, accents and spacing aside), or looks like it. */
function sameNameProblem(at: NameAt, first: NameAt): Problem {
	const { sheet, path, name } = at;
	const ownSheet = first.sheet === sheet;
	if (foldName(name) === foldName(first.name)) {
		return ownSheet
			? sheetProblem(sheet, path, `"${name}" is listed twice among this sheet's name and aliases.`, 'Remove the repeated alias.')
			: sheetProblem(
					sheet,
					path,
					`"${name}" is also the name or an alias of sheet "${first.sheet.slug}" (${first.sheet.file}), so a reader looking it up could not tell which is meant.`,
					'If both sheets are the same actor, merge them; otherwise remove the alias from one sheet, or make it more specific.',
				);
	}
	const owner = ownSheet ? "another of this sheet's names" : `the name or an alias of sheet "${first.sheet.slug}" (${first.sheet.file})`;
	return sheetProblem(
		sheet,
		path,
		`"${name}" looks like "${first.name}", ${owner}: ${lookAlikeDifference(name, first.name)}, so a reader could not tell the two apart.`,
		ownSheet
			? 'Remove the look-alike alias, or write it in the characters the sources use.'
			: 'Write the name in the characters the sources use (retype it rather than copying it from elsewhere); if both sheets are the same actor, merge them.',
	);
}

/** `it has U+0410 CYRILLIC CAPITAL LETTER A where that has U+0041 LATIN CAPITAL LETTER A, which look alike` */
function lookAlikeDifference(name: string, other: string): string {
	const list = (characters: string[]) => characters.map(describeCharacter).join(', ');
	const here = differingCharacters(name, other);
	const there = differingCharacters(other, name);
	if (here.length > 0 && there.length > 0) return `it has ${list(here)} where that has ${list(there)}, which look alike`;
	const alike = (characters: string[], whose: string) => (characters.length === 1 ? `looks like a character of ${whose}` : `look like characters of ${whose}`);
	if (here.length > 0) return `it has ${list(here)}, which ${alike(here, 'that name')}`;
	if (there.length > 0) return `that has ${list(there)}, which ${alike(there, 'this one')}`;
	return 'their characters look alike';
}
