import { z } from 'zod';
import { citationsSchema } from './citation.ts';
import { claimantSchema } from './claimant.ts';
import { partialDateSchema } from './dates.ts';
import { figureSchema } from './figure.ts';
import { factIdSchema, isReservedAnchor, RESERVED_ANCHORS } from './ids.ts';
import { subjectNoteSchema } from './subject-note.ts';

/** One statement about the actor, with the words of the source that support it. */
export const factSchema = z.strictObject({
	/**
	 * Stable id, unique within the sheet. It is the fact's URL anchor, so keep
	 * it when editing the statement and never reuse it for another fact.
	 */
	id: factIdSchema.refine((id) => !isReservedAnchor(id), {
		message: `this id is used by the page itself; reserved: ${[...RESERVED_ANCHORS].join(', ')}, ref-, role-, member-, mention- or claim- followed by a number, and any id that starts with relation- or inverse-`,
	}),
	/** The statement, in plain words, saying no more than the citations support. */
	statement: z.string().trim().min(1),
	/** When the event happened, at the precision the source gives. */
	date: partialDateSchema.optional(),
	/**
	 * True when `date` is an event the source expected or had scheduled, not one
	 * it reports as past ("talks are due on 20 March"). Only such a fact may be
	 * dated after its source was published; the page says "expected".
	 */
	expected: z.boolean().optional(),
	/** When the statement was true or last reported as true (a toll "as of February 8"). */
	asOf: partialDateSchema.optional(),
	/**
	 * How `date` or `asOf` was worked out when the source gives it relative to
	 * its own date ("on Tuesday"); shown beside the date.
	 */
	dateNote: z.string().trim().min(1).optional(),
	/** Who asserts the statement, when the source reports a claim. */
	claimant: claimantSchema.optional(),
	/** The number the statement reports, if any. */
	figure: figureSchema.optional(),
	/** Id of a fact on this sheet that this one supersedes (for example a later report). */
	supersedes: factIdSchema.optional(),
	/** How the passage refers to whoever it does not name (see `subjectNoteSchema`); shown beside the item. */
	subjectNote: subjectNoteSchema.optional(),
	/** The source passages that support the statement. */
	citations: citationsSchema,
});
export type Fact = z.output<typeof factSchema>;
