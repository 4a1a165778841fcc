import { z } from 'zod';
import { dateClaimSchema } from './dates.ts';

/** Only web addresses readers can follow safely; `javascript:` and `data:` never reach a page. */
export const httpUrlSchema = z
	.string()
	.trim()
	.refine(
		(value) => {
			try {
				const url = new URL(value);
				return url.protocol === 'http:' || url.protocol === 'https:';
			} catch {
				return false;
			}
		},
		{ message: 'expected an absolute http:// or https:// address' },
	);

/** A SHA-256 digest as `sha256sum` prints it: 64 lowercase hexadecimal digits. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Where the article lies in the stored text when the text holds more than
 * the article (a republisher's menus, other headlines, a footer). Quotes must
 * fall between `start` and `end`; the rest of the page can never be cited.
 */
export const articleSpanSchema = z.strictObject({
	/** The first words of the article, verbatim, as they stand in the stored text. */
	start: z.string().min(1),
	/** The last words of the article, verbatim. */
	end: z.string().min(1),
});

/** A stored source article: `content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
	/** The headline, as the stored text gives it. */
	title: z.string().trim().min(1),
	/**
	 * The short name readers see wherever the source is named in passing (under
	 * a fact, in the references): "Daily Harbour, 4 Mar 2026". When left out it is
	 * made from the publisher and the publication date (src/lib/site/source-label.ts);
	 * give it only when that reads badly, and say nothing the stored text does not.
	 */
	label: z.string().trim().min(1).max(80).optional(),
	/** Who published the copy we stored; `null` when the text does not say. */
	publisher: z.string().trim().min(1).nullable(),
	/** Who first published the article, when the stored copy is a republication. */
	originalPublisher: z.string().trim().min(1).optional(),
	/** When it was published, and how we know. */
	published: dateClaimSchema,
	/** The address of the article, only if known; never reconstructed or guessed. */
	url: httpUrlSchema.optional(),
	/** When the stored text was retrieved, and how we know. */
	retrieved: dateClaimSchema,
	/** Language of the article, as a BCP 47 tag. */
	language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { message: 'expected a language tag such as "en"' }),
	/**
	 * The stored text: a regular UTF-8 text file directly in `seeds/` (no
	 * subfolder, no link), given by its path from the project root, for
	 * example `seeds/000_….txt`. Each stored text belongs to one source.
	 */
	text: z.string().trim().min(1),
	/**
	 * The SHA-256 of the stored text's bytes (64 lowercase hexadecimal digits),
	 * as `sha256sum seeds/x.txt` prints it. It pins the text the quotes were
	 * checked against: any later change to the file fails the check until the
	 * quotes are re-checked and the hash updated. `npm run check` prints the
	 * hash to paste when it is missing; it never writes it itself.
	 */
	sha256: z.string().regex(SHA256_PATTERN, { message: 'expected 64 lowercase hexadecimal digits' }),
	/** The article's place in the stored text, when the text holds more than the article. */
	article: articleSpanSchema.optional(),
	/** Anything a reader should know about the source or the stored copy. */
	note: z.string().trim().min(1).optional(),
});
export type SourceData = z.output<typeof sourceSchema>;
