import type { PartialDate } from '../../schemas/index.ts';
import type { LoadedSheet } from '../corpus.ts';
import type { Problem } from '../problems.ts';
import { sheetProblem } from './sheet-problems.ts';

/** Compares partial dates by what they can mean: `2026-01` may end after `2026-01-08`. */
export function endsBefore(end: PartialDate, start: PartialDate): boolean {
	const common = Math.min(end.length, start.length);
	return end.slice(0, common) < start.slice(0, common);
}

/** Roles and relations that end before they start. */
export function checkDateOrder(sheet: LoadedSheet): Problem[] {
	const problems: Problem[] = [];
	for (const list of ['roles', 'relations'] as const) {
		sheet.data[list].forEach((item, i) => {
			if (item.start && item.end && endsBefore(item.end, item.start)) {
				problems.push(
					sheetProblem(sheet, [list, i, 'end'], `It ends (${item.end}) before it starts (${item.start}).`, 'Correct `start` or `end` so that the end is not earlier than the start.'),
				);
			}
		});
	}
	return problems;
}
