import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { partialDateSchema } from './dates.ts';
import { sheetSlugSchema } from './ids.ts';

/**
 * The kinds of relation between two sheets. `label` reads from the sheet that
 * declares the relation ("Hossein Karroubi — son of — Mehdi Karroubi");
 * `inverse` reads from the target ("Mehdi Karroubi — parent of — Hossein
 * Karroubi"), so a relation is declared once and shown on both sheets.
 */
export const RELATION_TYPES = {
	'member-of': { label: 'member of', inverse: 'has member' },
	'part-of': { label: 'part of', inverse: 'includes' },
	leads: { label: 'leads', inverse: 'led by' },
	'child-of': { label: 'child of', inverse: 'parent of' },
	'affiliated-with': { label: 'affiliated with', inverse: 'affiliated with' },
	'works-for': { label: 'works for', inverse: 'employs' },
	'arrested-by': { label: 'arrested by', inverse: 'arrested' },
	'defected-from': { label: 'defected from', inverse: 'defection of' },
	'designated-by': { label: 'designated by', inverse: 'designated' },
	'commands': { label: 'commands', inverse: 'commanded by' },
	founded: { label: 'founded', inverse: 'founded by' },
	'met-with': { label: 'met with', inverse: 'met with' },
	'spoke-to': { label: 'spoke to', inverse: 'interviewed' },
	'reported-on': { label: 'reported on', inverse: 'reported on by' },
	'summoned-ambassador-of': { label: 'summoned the ambassador of', inverse: 'ambassador summoned by' },
	criticised: { label: 'criticised', inverse: 'criticised by' },
	'appealed-to': { label: 'appealed to', inverse: 'appealed to by' },
	'deployed': { label: 'deployed', inverse: 'deployed by' },
	'sought-asylum-in': { label: 'sought asylum in', inverse: 'asylum sought by' },
	'served-under': { label: 'served under', inverse: 'had serving under them' },
	opposes: { label: 'opposes', inverse: 'opposed by' },
	'based-at': { label: 'based at', inverse: 'hosts' },
	watches: { label: 'watches', inverse: 'watched by' },
} as const satisfies Record<string, { label: string; inverse: string }>;
export type RelationType = keyof typeof RELATION_TYPES;
const relationTypeNames = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** A typed, cited link from this sheet to another. */
export const relationSchema = z.strictObject({
	/** One of the relation types above, read from this sheet towards `target`. */
	type: z.enum(relationTypeNames, {
		message: `expected one of the relation types: ${relationTypeNames.join(', ')}`,
	}),
	/** The slug of the other sheet. */
	target: sheetSlugSchema,
	/** When the relation began, if the source says. */
	start: partialDateSchema.optional(),
	/** When it ended, if the source says. */
	end: partialDateSchema.optional(),
	/** A short qualifier shown beside the relation ("via its Intelligence Organization"). */
	note: z.string().trim().min(1).optional(),
	/** The source passages that support the relation. */
	citations: citationsSchema,
});
export type Relation = z.output<typeof relationSchema>;
