import type { Corpus, LoadedSheet } from '../corpus.ts';
import type { Problem } from '../problems.ts';
import { sheetProblem } from './sheet-problems.ts';

/** Names compare without case, accents or spacing: "Jeyrani" and "jeyrani " collide. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Duplicate slugs, names and aliases shared by two sheets, former slugs in use, duplicate fact ids. */
export function checkUniqueness(corpus: Corpus): Problem[] {
	const problems: Problem[] = [];
	const bySlug = new Map<string, LoadedSheet>();
	const byName = new Map<string, { sheet: LoadedSheet; name: string }>();
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
		const names: { path: (string | number)[]; name: string }[] = [
			{ path: ['name'], name: sheet.data.name },
			...sheet.data.aliases.map((alias, i) => ({ path: ['aliases', i], name: alias })),
		];
		const own = new Set<string>();
		for (const { path, name } of names) {
			const key = nameKey(name);
			if (own.has(key)) {
				problems.push(sheetProblem(sheet, path, `"${name}" is listed twice among this sheet's name and aliases.`, 'Remove the repeated alias.'));
				continue;
			}
			own.add(key);
			const other = byName.get(key);
			if (other) {
				problems.push(
					sheetProblem(
						sheet,
						path,
						`"${name}" is also the name or an alias of sheet "${other.sheet.slug}" (${other.sheet.file}), so a reader looking it up could not tell which is meant.`,
						'If both sheets are the same actor, merge them; otherwise remove the alias from one sheet, or make it more specific.',
					),
				);
			} else byName.set(key, { sheet, name });
		}

		sheet.data.formerSlugs.forEach((former, i) => {
			const current = bySlug.get(former);
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
