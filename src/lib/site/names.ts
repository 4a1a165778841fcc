import { groupByLetter, indexLetter, type LetterGroup } from './letter-pages.ts';

/** What the A–Z needs of a sheet: its name, aliases and optional sort name. */
interface NamedSheet {
	readonly data: { readonly name: string; readonly aliases: readonly string[]; readonly sortName?: string | undefined };
}

/** One line of the A–Z index: a name or alias, and the sheet it leads to. */
export interface NameEntry<Sheet> {
	readonly label: string;
	readonly sheet: Sheet;
	readonly isAlias: boolean;
}

/**
 * The name a sheet is filed under: its `sortName` when it has one; else, for
 * a person, the surname first ("Jane Doe" → "Doe, Jane": the last word, a
 * comma, the words before it); else the name as written. A one-word name is
 * filed as written.
 */
export function sortNameOf(sheet: NamedSheet, isPerson: boolean): string {
	if (sheet.data.sortName) return sheet.data.sortName;
	const words = sheet.data.name.split(/\s+/u);
	const last = words.pop();
	return isPerson && last && words.length > 0 ? `${last}, ${words.join(' ')}` : sheet.data.name;
}

/**
 * Every name and alias, sorted as readers look them up, by `compare` (the
 * site's `compareNames`: its language's order, case and accents aside), a
 * name before its aliases' equals. A sheet is filed by its sort name
 * (`sortNameOf`), and also by its name as written when that starts with
 * another letter ("Doe, Jane" under D, "Jane Doe" under J); aliases are
 * filed as written.
 */
export function sortedNames<Sheet extends NamedSheet>(
	sheets: readonly Sheet[],
	compare: (a: string, b: string) => number,
	isPerson: (sheet: Sheet) => boolean = () => false,
): NameEntry<Sheet>[] {
	const entries: NameEntry<Sheet>[] = [];
	for (const sheet of sheets) {
		const { name, aliases } = sheet.data;
		const sortName = sortNameOf(sheet, isPerson(sheet));
		entries.push({ label: sortName, sheet, isAlias: false });
		if (indexLetter(sortName) !== indexLetter(name)) entries.push({ label: name, sheet, isAlias: false });
		for (const alias of aliases) entries.push({ label: alias, sheet, isAlias: true });
	}
	return entries.sort((a, b) => compare(a.label, b.label) || Number(a.isAlias) - Number(b.isAlias));
}

/** Every name and alias, grouped by letter, each group sorted; letters in order with "#" first (see `sortedNames`). */
export function buildNameIndex<Sheet extends NamedSheet>(
	sheets: readonly Sheet[],
	compare: (a: string, b: string) => number,
	isPerson: (sheet: Sheet) => boolean = () => false,
): LetterGroup<NameEntry<Sheet>>[] {
	return groupByLetter(sortedNames(sheets, compare, isPerson), (entry) => entry.label);
}

/** Whether a sheet is a person's, whose name the A–Z files surname first: a kind whose section is `people`. */
export function isPersonSheet(sheet: { readonly kind: { readonly section: string } }): boolean {
	return sheet.kind.section === 'people';
}
