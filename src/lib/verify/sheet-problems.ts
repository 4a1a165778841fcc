import type { LoadedSheet } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { describeSheetPath } from './items.ts';

/** Makes a problem at a path inside a sheet, naming its line, item and field. */
export function sheetProblem(sheet: LoadedSheet, path: Path, message: string, fix: string): Problem {
	const position = sheet.locate(path);
	return {
		file: sheet.file,
		line: position?.line,
		column: position?.column,
		...describeSheetPath(sheet.data, path),
		message,
		fix,
	};
}
