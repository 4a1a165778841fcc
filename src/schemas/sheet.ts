import { z } from 'zod';
import { factSchema } from './fact.ts';
import { identifiersSchema } from './identifiers.ts';
import { sheetSlugSchema } from './ids.ts';
import { KIND_ID_PATTERN } from './kind.ts';
import { relationSchema, relationSchemaFor, type VocabularyIds } from './relation.ts';
import { roleSchema } from './role.ts';

/** A sheet's kind: the id of a kind declared in content/kinds.yaml (see `kindSchema`). */
export const sheetKindSchema = z.string().regex(KIND_ID_PATTERN, { message: 'expected the id of a kind declared in content/kinds.yaml' });
export type SheetKind = z.output<typeof sheetKindSchema>;

/**
 * The frontmatter of a sheet: `content/sheets/**\/<slug>.md` (or `.mdx`).
 * The Markdown or MDX body below it is the sheet's narrative prose. `kind`
 * and each relation's `type` name entries of the site's vocabulary: the
 * verifier checks them with `sheetSchemaFor` (below).
 */
function sheetSchemaWith(kind: z.ZodType<SheetKind>, relation: typeof relationSchema) {
	return z.strictObject({
		/** The name the sheet is known by, as the sources spell it most often. */
		name: z.string().trim().min(1),
		/** Other spellings and names used in the sources; each leads to this sheet. */
		aliases: z.array(z.string().trim().min(1)).default([]),
		/**
		 * The name as the A–Z of names files it, when the default is wrong: a
		 * person's is otherwise the surname first ("Doe, Jane", the last word
		 * first), anything else's the name as written. E.g. "von der Leyen,
		 * Ursula", or a name that has no surname written as it is. Optional.
		 */
		sortName: z.string().trim().min(1).optional(),
		/** What the actor is: a kind declared in content/kinds.yaml, which decides the URL section. */
		kind,
		/** One line saying who or what this is, supported by the facts below. */
		description: z.string().trim().min(1),
		/**
		 * For people the sources name under a changed name for their safety: the
		 * page says so, and the sheet holds nothing beyond the articles.
		 */
		pseudonymous: z.boolean().default(false),
		/** Slugs this sheet had before; each keeps working as a redirect to the current URL. */
		formerSlugs: z.array(sheetSlugSchema).default([]),
		/** Positions held, each cited. */
		roles: z.array(roleSchema).default([]),
		/** Typed links to other sheets, each cited; shown on both sheets. */
		relations: z.array(relation).default([]),
		/** Everything the sources say about the actor, one statement each. */
		facts: z.array(factSchema).default([]),
		/**
		 * The actor's ids in other registers (`{ wikidata: Q42 }`, see
		 * IDENTIFIER_SCHEMES), added by the editors: not a sourced fact, shown apart
		 * from the facts and exported as JSON-LD `sameAs` and FtM `wikidataId`.
		 */
		identifiers: identifiersSchema.default({}),
	}).refine((sheet) => !(sheet.pseudonymous && Object.keys(sheet.identifiers).length > 0), {
		// An identifier would join a pseudonym to a real person's record elsewhere.
		message: 'a pseudonymous person has no identifiers: one would tie the pseudonym to a real person',
		path: ['identifiers'],
	});
}

/** A sheet of any kind and relation types (ids only): the shape every sheet has, whatever the vocabulary. */
export const sheetSchema = sheetSchemaWith(sheetKindSchema, relationSchema);

/**
 * A sheet whose `kind` and relation types must be declared in the vocabulary:
 * an undeclared one fails like any value not allowed, with the closest
 * declared id suggested. `undefined` ids (a vocabulary file that could not be
 * read) accept any id.
 */
export function sheetSchemaFor(ids: VocabularyIds): typeof sheetSchema {
	const kind = ids.kinds ? z.enum(ids.kinds, { message: 'expected one of the kinds declared in content/kinds.yaml' }) : sheetKindSchema;
	return sheetSchemaWith(kind, relationSchemaFor(ids.relationTypes));
}
export type SheetData = z.output<typeof sheetSchema>;
export type SheetInput = z.input<typeof sheetSchema>;
/** A sheet with the slug its file name gives it. */
export type Sheet = SheetData & { slug: z.output<typeof sheetSlugSchema> };
export { sheetSlugSchema };
