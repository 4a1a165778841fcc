import { z } from 'zod';
import { sourceIdSchema } from './ids.ts';

/**
 * A citation: the source, and the words in it that support the statement.
 * The build finds `quote` in the source's stored text after normalising
 * whitespace, typographic quotes, apostrophes and dashes. Parts of a passage
 * may be joined by an ellipsis (`...` or `…`); they must occur in that order.
 */
export const citationSchema = z.strictObject({
	/** Id of the source (its file name in `content/sources/`, without `.yaml`). */
	source: sourceIdSchema,
	/** The supporting words, copied verbatim from the article. */
	quote: z.string().trim().min(1, { message: 'a citation needs the quoted words' }),
});
export type Citation = z.output<typeof citationSchema>;

export const citationsSchema = z
	.array(citationSchema)
	.min(1, { message: 'at least one citation is needed: every statement cites its source' });
