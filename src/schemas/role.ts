import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { partialDateSchema } from './dates.ts';
import { sheetSlugSchema } from './ids.ts';
import { subjectNoteSchema } from './subject-note.ts';

/** A position the actor holds or held ("foreign minister", "policy director"). */
export const roleSchema = z
	.strictObject({
		/** The title as the source gives it. */
		title: z.string().trim().min(1),
		/** The organisation's sheet, where one exists; its page lists the people in its roles. */
		org: sheetSlugSchema.optional(),
		/** The organisation's name when it has no sheet. */
		orgName: z.string().trim().min(1).optional(),
		/** True when the source calls the role former ("former deputy foreign minister"). */
		former: z.boolean().default(false),
		/** When the role began, if the source says. */
		start: partialDateSchema.optional(),
		/** When the role ended, if the source says. */
		end: partialDateSchema.optional(),
		/** How the passage refers to whoever it does not name (see `subjectNoteSchema`); shown beside the item. */
		subjectNote: subjectNoteSchema.optional(),
		/** The source passages that give the role. */
		citations: citationsSchema,
	})
	.refine((role) => !(role.org && role.orgName), {
		message: 'give either `org` (a sheet slug) or `orgName` (a name without a sheet), not both',
	});
export type Role = z.output<typeof roleSchema>;
