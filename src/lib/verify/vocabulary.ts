import type { Kind, RelationTypeDefinition } from '../../schemas/index.ts';
import type { Corpus } from '../corpus.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { didYouMean } from '../suggest.ts';
import { endAdmits } from '../vocabulary.ts';
import { formatPath } from './items.ts';
import { sheetProblem } from './sheet-problems.ts';

/** Makes a problem at a path of a vocabulary file (content/kinds.yaml, content/relation-types.yaml). */
export type VocabularyProblem = (path: Path, message: string, fix: string) => Problem;

/** Names the entry a path in a vocabulary file points into: `kind "person"` › `label`. */
export function describeVocabularyPath(what: 'kind' | 'relation type') {
	return (_data: unknown, path: Path): { item?: string; field?: string } => {
		const [id, ...rest] = path;
		if (typeof id !== 'string') return {};
		return rest.length > 0 ? { item: `${what} "${id}"`, field: formatPath(rest) } : { item: `${what} "${id}"` };
	};
}

/** A problem for each label used by two entries: readers could not tell the two apart. */
function duplicateLabels<Entry extends { readonly id: string }>(
	entries: readonly Entry[],
	fields: readonly (keyof Entry & string)[],
	what: string,
	at: VocabularyProblem,
): Problem[] {
	const problems: Problem[] = [];
	for (const field of fields) {
		const seen = new Map<string, string>();
		for (const entry of entries) {
			const label = String(entry[field]);
			const key = label.toLocaleLowerCase();
			const first = seen.get(key);
			if (first === undefined) seen.set(key, entry.id);
			else {
				problems.push(
					at(
						[entry.id, field],
						`The ${field} "${label}" is also the ${field} of ${what} "${first}", so a reader could not tell the two apart.`,
						`Give each ${what} its own ${field}, or merge "${entry.id}" into "${first}".`,
					),
				);
			}
		}
	}
	return problems;
}

/** The kinds file's problems across entries: two kinds with one label or plural. */
export function checkKinds(kinds: ReadonlyMap<string, Kind>, at: VocabularyProblem): Problem[] {
	return duplicateLabels([...kinds.values()], ['label', 'plural'], 'kind', at);
}

/**
 * The relation types file's problems across entries and files: two types
 * with one label or one inverse, and a `from` or `to` naming a kind that
 * content/kinds.yaml does not declare. `knownKinds` holds every id the kinds
 * file declares (valid or not: an invalid entry has its own problem); it is
 * undefined when that file could not be read, and ends are then not checked.
 */
export function checkRelationTypes(
	types: ReadonlyMap<string, RelationTypeDefinition>,
	knownKinds: ReadonlySet<string> | undefined,
	at: VocabularyProblem,
): Problem[] {
	const problems = duplicateLabels([...types.values()], ['label', 'inverse'], 'relation type', at);
	if (!knownKinds) return problems;
	for (const type of types.values()) {
		for (const end of ['from', 'to'] as const) {
			const kinds = type[end];
			if (kinds === 'any') continue;
			kinds.forEach((kind, i) => {
				if (knownKinds.has(kind)) return;
				problems.push(
					at(
						[type.id, end, i],
						`"${kind}" is not a kind declared in content/kinds.yaml.${didYouMean(kind, knownKinds)}`,
						`Use the id of a kind in content/kinds.yaml, or \`${end}: any\` for every kind.`,
					),
				);
			});
		}
	}
	return problems;
}

const kindList = (end: readonly string[]) => end.map((kind) => `"${kind}"`).join(', ');

/**
 * The end-kind rule: a relation's type says which kinds may declare it
 * (`from`) and which it may point at (`to`). One problem per relation that
 * breaks it, naming both sheets and their kinds. Relations to a sheet that
 * did not load are left to that sheet's own problem.
 */
export function checkRelationEnds(corpus: Corpus): Problem[] {
	const bySlug = new Map(corpus.sheets.map((sheet) => [sheet.slug as string, sheet]));
	return corpus.sheets.flatMap((sheet) =>
		sheet.data.relations.flatMap((relation, index) => {
			const target = bySlug.get(relation.target);
			const type = corpus.vocabulary.relationTypes.get(relation.type);
			if (!target || !type || target === sheet) return [];
			const fromFits = endAdmits(type.from, sheet.data.kind);
			const toFits = endAdmits(type.to, target.data.kind);
			if (fromFits && toFits) return [];
			const wrong = [
				fromFits || type.from === 'any' ? undefined : `from a sheet of kind ${kindList(type.from)}`,
				toFits || type.to === 'any' ? undefined : `to a sheet of kind ${kindList(type.to)}`,
			].filter((part): part is string => part !== undefined);
			return [
				sheetProblem(
					sheet,
					['relations', index, 'type'],
					`A relation "${relation.type}" goes only ${wrong.join(' and ')} (content/relation-types.yaml), but this one goes from "${sheet.slug}" (kind "${sheet.data.kind}") to "${target.slug}" (kind "${target.data.kind}").`,
					`Use a relation type that fits both kinds, point it at another sheet, or add the kinds to \`from\`/\`to\` of "${relation.type}" in content/relation-types.yaml.`,
				),
			];
		}),
	);
}
