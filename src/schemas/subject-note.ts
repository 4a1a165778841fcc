import { z } from 'zod';

/**
 * A curator's note, shown beside a fact, role or relation (never as a
 * quote), saying how the quoted passage refers to someone it does not name:
 * the sheet's subject, the other end of a role or relation, or the claimant
 * ("'He' is Jane Doe, named in the sentence before"). It must itself name
 * each one the passage does not; see docs/content-model.md, "Who a quote must
 * name".
 */
export const subjectNoteSchema = z.string().trim().min(1);
