import type { LoadedSheet, LoadedSource } from '../corpus.ts';
import type { Path, PathKey } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { BIDI_CONTROL, BIDI_EMBEDDING_OR_ISOLATE, findBidiControl, showControls } from '../text/bidi.ts';
import { describeCharacter } from '../text/confusables.ts';
import { formatPath } from './items.ts';
import { problemsIn } from './load.ts';
import { sheetProblem } from './sheet-problems.ts';

const WHAT_IT_DOES =
	'an invisible control that changes the order in which the characters around it display, so a reader would see other words than the ones stored and checked';

/**
 * No bidirectional control (../text/bidi.ts) in any field of a sheet or in
 * its body, nor in a source's fields (checkSourceBidiControls). Words copied
 * verbatim from a stored text (a quote, a source's article markers) are the
 * one exception, for the marks only (U+200E, U+200F, U+061C): right-to-left
 * text may carry them. An embedding, override or isolate is refused there too.
 */
export function checkBidiControls(sheet: LoadedSheet): Problem[] {
	const problems = fieldProblems(sheet.data, (path, message, fix) => sheetProblem(sheet, path, message, fix));
	if (!BIDI_CONTROL.test(sheet.body)) return problems;
	sheet.body.split('\n').forEach((line, i) => {
		const column = line.search(BIDI_CONTROL);
		if (column < 0) return;
		problems.push({
			file: sheet.file,
			line: sheet.bodyLine + i,
			column: column + 1,
			item: 'body',
			message: `The body holds ${describeCharacter(line[column] as string)}, ${WHAT_IT_DOES}.`,
			fix: 'Delete the invisible character (retype the words around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").',
		});
	});
	return problems;
}

/**
 * The same for a source's fields (its title and publisher are shown as they
 * are); its stored text is the article itself and is not checked here.
 */
export function checkSourceBidiControls(source: LoadedSource): Problem[] {
	return fieldProblems(source.data, problemsIn(source.file, source, source.data, (_data, path) => ({ field: formatPath(path) })));
}

type At = (path: Path, message: string, fix: string) => Problem;

/** A problem for each string of `data` that holds a bidi control (in verbatim words: an embedding, override or isolate). */
function fieldProblems(data: unknown, at: At): Problem[] {
	const problems: Problem[] = [];
	visitStrings(data, [], (text, path) => {
		// One regular-expression test per string; only a string that holds a control is looked at further.
		if (!BIDI_CONTROL.test(text)) return;
		const verbatim = (path.at(-1) === 'quote' && path.at(-3) === 'citations') || (path.length === 2 && path[0] === 'article');
		const found = findBidiControl(text, verbatim ? BIDI_EMBEDDING_OR_ISOLATE : BIDI_CONTROL);
		if (!found) return;
		problems.push(
			at(
				[...path],
				`The text holds ${describeCharacter(found.character)} (character ${found.index + 1} of "${showControls(text)}"), ${WHAT_IT_DOES}.`,
				verbatim
					? 'Delete the invisible character from these words. An article needs no direction override: if the stored text of the source holds one, check that text against the published article.'
					: 'Delete the invisible character (retype the text around it): content may hold no direction controls (docs/content-model.md, "Names and aliases").',
			),
		);
	});
	return problems;
}

/** Calls `visit` with every string in the sheet's data and its path (one path array, changed as the walk goes: copy it to keep it). */
function visitStrings(value: unknown, path: PathKey[], visit: (text: string, path: readonly PathKey[]) => void): void {
	if (typeof value === 'string') return visit(value, path);
	if (value === null || typeof value !== 'object') return;
	const entries: [PathKey, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : Object.entries(value);
	for (const [key, item] of entries) {
		path.push(key);
		visitStrings(item, path, visit);
		path.pop();
	}
}
