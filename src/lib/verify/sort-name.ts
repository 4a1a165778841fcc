import type { LoadedSheet } from '../corpus.ts';
import type { Problem } from '../problems.ts';
import { sheetProblem } from './sheet-problems.ts';

/** A name's words, without the commas and signs between them. */
const wordsOf = (text: string) => text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/**
 * A sort name files the sheet's name under another of its words ("Doe,
 * Jane"), so it holds only the name's words, each no more often than the
 * name has it; it may leave one out (a title such as "Dr"), never add one,
 * which would put a name on the page that no source gives.
 */
export function checkSortName(sheet: LoadedSheet): Problem[] {
	const { name, sortName } = sheet.data;
	if (sortName === undefined) return [];
	// Compared case aside: "LEE" files "Ann Lee" as well as "Lee" does.
	const left = wordsOf(name).map((word) => word.toLowerCase());
	const added = wordsOf(sortName).filter((word) => {
		const at = left.indexOf(word.toLowerCase());
		if (at >= 0) left.splice(at, 1);
		return at < 0;
	});
	if (added.length === 0) return [];
	return [
		sheetProblem(
			sheet,
			['sortName'],
			`The sort name "${sortName}" is not made of the words of the name "${name}": it adds ${added.map((word) => `"${word}"`).join(', ')}. A sort name files the name by another of its words, and adds none.`,
			`Write the sort name with the name's own words, in the order to file it by (e.g. "Doe, Jane" for "Jane Doe"), or remove \`sortName\`.`,
		),
	];
}
