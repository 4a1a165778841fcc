/** One line of the A–Z index: a name or alias, and the sheet it leads to. */
export interface NameEntry<Sheet> {
	readonly label: string;
	readonly sheet: Sheet;
	readonly isAlias: boolean;
}

/** The letter a name is filed under: its first letter without accents, or "#" for digits and signs. */
export function indexLetter(label: string): string {
	const first = label.normalize('NFKD').replace(/\p{M}/gu, '').charAt(0).toUpperCase();
	return /[A-Z]/.test(first) ? first : '#';
}

/** Every name and alias, grouped by letter, each group sorted; letters in order with "#" first. */
export function buildNameIndex<Sheet extends { readonly data: { readonly name: string; readonly aliases: readonly string[] } }>(
	sheets: readonly Sheet[],
): { letter: string; entries: NameEntry<Sheet>[] }[] {
	const entries: NameEntry<Sheet>[] = [];
	for (const sheet of sheets) {
		entries.push({ label: sheet.data.name, sheet, isAlias: false });
		for (const alias of sheet.data.aliases) entries.push({ label: alias, sheet, isAlias: true });
	}
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	entries.sort((a, b) => collator.compare(a.label, b.label) || Number(a.isAlias) - Number(b.isAlias));
	const groups = new Map<string, NameEntry<Sheet>[]>();
	for (const entry of entries) {
		const letter = indexLetter(entry.label);
		const group = groups.get(letter);
		if (group) group.push(entry);
		else groups.set(letter, [entry]);
	}
	return [...groups].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, entries: list }));
}
