import type { Kind, RelationTypeDefinition, SheetSection } from '../schemas/index.ts';

/**
 * The site's vocabulary: the kinds of sheet (content/kinds.yaml) and the types
 * of relation (content/relation-types.yaml), as the verifier loaded them, in
 * the order the files declare them. It travels with the verified corpus, so
 * pages, exports and JSON Schemas read the same vocabulary the content was
 * checked against (src/lib/verify/vocabulary.ts loads it).
 */
export interface Vocabulary {
	readonly kinds: ReadonlyMap<string, Kind>;
	readonly relationTypes: ReadonlyMap<string, RelationTypeDefinition>;
}

/** A declared kind; a kind the vocabulary lacks cannot reach here (the verifier refuses the sheet), so one is a bug. */
export function kindOf(vocabulary: Vocabulary, id: string): Kind {
	const kind = vocabulary.kinds.get(id);
	if (!kind) throw new Error(`The kind "${id}" is not in the verified vocabulary (content/kinds.yaml).`);
	return kind;
}

/** A declared relation type (see kindOf). */
export function relationTypeOf(vocabulary: Vocabulary, id: string): RelationTypeDefinition {
	const type = vocabulary.relationTypes.get(id);
	if (!type) throw new Error(`The relation type "${id}" is not in the verified vocabulary (content/relation-types.yaml).`);
	return type;
}

/** The URL section of a kind's sheets. */
export function sectionOf(vocabulary: Vocabulary, kind: string): SheetSection {
	return kindOf(vocabulary, kind).section;
}

/** The declared ids, in order: the enums of the exports' JSON Schemas (exportJsonSchema). */
export function vocabularyIds(vocabulary: Vocabulary): { kinds: string[]; relationTypes: string[] } {
	return { kinds: [...vocabulary.kinds.keys()], relationTypes: [...vocabulary.relationTypes.keys()] };
}

/** Whether a relation end (`any` or a list of kind ids) admits a kind. */
export function endAdmits(end: RelationTypeDefinition['from'], kind: string): boolean {
	return end === 'any' || end.includes(kind);
}
