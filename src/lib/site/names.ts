import { groupByLetter, type LetterGroup } from './letter-pages.ts';

/** One line of the A–Z index: a name or alias, and the sheet it leads to. */
export interface NameEntry<Sheet> {
	readonly label: string;
	readonly sheet: Sheet;
	readonly isAlias: boolean;
}

/**
 * Every name and alias, sorted as readers look them up, by `compare` (the
 * site's `compareNames`: its language's order, case and accents aside), a
 * name before its aliases' equals.
 */
export function sortedNames<Sheet extends { readonly data: { readonly name: string; readonly aliases: readonly string[] } }>(
	sheets: readonly Sheet[],
	compare: (a: string, b: string) => number,
): NameEntry<Sheet>[] {
	const entries: NameEntry<Sheet>[] = [];
	for (const sheet of sheets) {
		entries.push({ label: sheet.data.name, sheet, isAlias: false });
		for (const alias of sheet.data.aliases) entries.push({ label: alias, sheet, isAlias: true });
	}
	return entries.sort((a, b) => compare(a.label, b.label) || Number(a.isAlias) - Number(b.isAlias));
}

/** Every name and alias, grouped by letter, each group sorted; letters in order with "#" first. */
export function buildNameIndex<Sheet extends { readonly data: { readonly name: string; readonly aliases: readonly string[] } }>(
	sheets: readonly Sheet[],
	compare: (a: string, b: string) => number,
): LetterGroup<NameEntry<Sheet>>[] {
	return groupByLetter(sortedNames(sheets, compare), (entry) => entry.label);
}
