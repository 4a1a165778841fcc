import { z } from 'zod';

/**
 * Which kinds may stand at one end of a relation: `any`, or a list of kind
 * ids declared in `content/kinds.yaml`.
 */
export const relationEndSchema = z.union([z.literal('any'), z.array(z.string().trim().min(1)).min(1, { message: 'expected at least one kind id, or `any` for every kind' })], {
	error: 'expected `any` or a list of one or more kind ids, such as [person, government-body]',
});
export type RelationEnd = z.output<typeof relationEndSchema>;

/** What an end of a FollowTheMoney interval must be for the schema to fit; otherwise the relation is an UnknownLink. */
const ftmEndSchema = z.enum(['person', 'organisation', 'any']);

/**
 * The FollowTheMoney interval schema a relation of the type becomes in
 * /data/entities.ftm.json (docs/data-exports.md). A type without one, or a
 * relation whose ends do not fit `fromIs`/`toIs`, becomes an `UnknownLink`
 * with the type's label as its `role`.
 */
export const ftmIntervalSchema = z.strictObject({
	/** The interval schema: `Membership`, `Directorship`, `Employment`, `Family`, `Associate`, … */
	schema: z.string().regex(/^[A-Z][A-Za-z]*$/, { message: 'expected a FollowTheMoney schema name such as "Membership"' }),
	/** The schema's property that holds the declaring sheet (`member`, `director`, `person`, …). */
	from: z.string().regex(/^[a-z][A-Za-z]*$/, { message: 'expected a FollowTheMoney property name such as "member"' }),
	/** The schema's property that holds the target sheet (`organization`, `relative`, …). */
	to: z.string().regex(/^[a-z][A-Za-z]*$/, { message: 'expected a FollowTheMoney property name such as "organization"' }),
	/** What the declaring sheet's entity must be for the schema to fit: `person`, `organisation` or `any`. */
	fromIs: ftmEndSchema.default('any'),
	/** What the target's entity must be for the schema to fit. */
	toIs: ftmEndSchema.default('any'),
	/** The property holding the relation's words: `role` on Interest schemata, `relationship` on Family and Associate. */
	label: z.enum(['role', 'relationship']).default('role'),
	/** The words, when they differ from the type's label (Family names the relative's part: "parent"). */
	words: z.string().trim().min(1).optional(),
});
export type FtmInterval = z.output<typeof ftmIntervalSchema>;

/**
 * One type of relation between two sheets, declared in
 * `content/relation-types.yaml` under its id (the value a relation's `type`
 * names). `label` reads from the sheet that declares the relation ("Jane Doe
 * — child of — John Doe"); `inverse` reads from the target ("John Doe —
 * parent of — Jane Doe"), so a relation is declared once and shown on both
 * sheets. The labels are content, in the content's language.
 */
export const relationTypeSchema = z.strictObject({
	/** The type as read from the declaring sheet towards the target ("member of"). */
	label: z.string().trim().min(1),
	/** The type as read from the target back ("has member"). */
	inverse: z.string().trim().min(1),
	/** The kinds the declaring sheet may be: `any` or a list of kind ids. */
	from: relationEndSchema.default('any'),
	/** The kinds the target may be: `any` or a list of kind ids. */
	to: relationEndSchema.default('any'),
	/** The FollowTheMoney interval it is exported as; without it, an UnknownLink. */
	ftm: ftmIntervalSchema.optional(),
	/**
	 * The schema.org property the relation becomes in the declaring sheet's
	 * JSON-LD while it lasts (no `end`) and its target is not a person: only
	 * `memberOf` is used. Without it, the relation is not in the JSON-LD.
	 */
	schemaOrg: z.enum(['memberOf']).optional(),
});
export type RelationTypeEntry = z.output<typeof relationTypeSchema>;

/** A relation type with the id it is declared under. */
export type RelationTypeDefinition = RelationTypeEntry & { readonly id: string };
