import { WordSearch } from '../text/words.ts';

/**
 * Whether a statement already says who claims it, so that "According to X:"
 * before it would say the claimant twice ("According to a senior official: A
 * senior official told the paper…"). It does when it names the claimant by
 * any of `names` (the claimant's words, or its sheet's name and aliases) as
 * whole words, case and typography aside: the same matching the verifier
 * uses to ask whether a passage names someone (src/lib/text/words.ts).
 */
export function statementNamesClaimant(statement: string, names: readonly string[]): boolean {
	const search = new WordSearch(statement);
	return names.some((name) => search.has(name));
}
