import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { partialDateSchema } from './dates.ts';
import { ID_PATTERN, sheetSlugSchema } from './ids.ts';
import { subjectNoteSchema } from './subject-note.ts';

/** A relation's type: the id of a type declared in content/relation-types.yaml (see `relationTypeSchema`). */
export const relationTypeIdSchema = z.string().regex(ID_PATTERN, { message: 'expected the id of a relation type declared in content/relation-types.yaml' });
export type RelationType = z.output<typeof relationTypeIdSchema>;

/** The declared ids of the vocabulary a sheet is checked against; `undefined` when its file could not be read. */
export interface VocabularyIds {
	readonly kinds: readonly string[] | undefined;
	readonly relationTypes: readonly string[] | undefined;
}

/** A typed, cited link from this sheet to another. */
function relationSchemaWith(type: z.ZodType<RelationType>) {
	return z.strictObject({
		/** A relation type declared in content/relation-types.yaml, read from this sheet towards `target`. */
		type,
		/** The slug of the other sheet. */
		target: sheetSlugSchema,
		/** When the relation began, if the source says. */
		start: partialDateSchema.optional(),
		/** When it ended, if the source says. */
		end: partialDateSchema.optional(),
		/** A short qualifier shown beside the relation ("via its Intelligence Organization"). */
		note: z.string().trim().min(1).optional(),
		/** How the passage refers to whoever it does not name (see `subjectNoteSchema`); shown beside the item. */
		subjectNote: subjectNoteSchema.optional(),
		/** The source passages that support the relation. */
		citations: citationsSchema,
	});
}

/** A relation of any type (an id only). */
export const relationSchema = relationSchemaWith(relationTypeIdSchema);

/** A relation whose type must be one of `ids` (any id when `undefined`; see sheetSchemaFor). */
export function relationSchemaFor(ids: readonly string[] | undefined): typeof relationSchema {
	return ids ? relationSchemaWith(z.enum(ids, { message: 'expected one of the relation types declared in content/relation-types.yaml' })) : relationSchema;
}
export type Relation = z.output<typeof relationSchema>;
