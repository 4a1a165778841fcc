import { z } from 'zod';
import { sheetSlugSchema } from './ids.ts';

/**
 * Who asserts a fact, when the article reports a claim rather than stating it
 * in its own voice ("according to the Harbour Authority", "the Daily
 * Harbour, citing port officials"). Pages read "according to …".
 */
export const claimantSchema = z
	.strictObject({
		/** The sheet of the claimant, where one exists; its page lists the claims it made. */
		sheet: sheetSlugSchema.optional(),
		/** A party without a sheet, as the article describes it ("a senior port official"). */
		party: z.string().trim().min(1).optional(),
		/** Whom the claimant itself cites, as the article words it ("port officials"). */
		citing: z.string().trim().min(1).optional(),
	})
	.refine((claimant) => claimant.sheet !== undefined || claimant.party !== undefined, {
		message: 'a claimant needs `sheet` (a sheet slug) or `party` (a description such as "a senior port official")',
	});
export type Claimant = z.output<typeof claimantSchema>;
