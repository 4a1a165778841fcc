import type { z } from 'zod';
import type { Path } from '../content/yaml-document.ts';
import { didYouMean } from '../suggest.ts';
import { showControls } from '../text/bidi.ts';

/** A schema failure put in an author's words: what is wrong and how to fix it. */
export interface IssueText {
	readonly path: Path;
	readonly message: string;
	readonly fix: string;
}

const DATE_FIX = 'Write a date that exists, as "YYYY", "YYYY-MM" or "YYYY-MM-DD" in quotes, only as precise as the source.';

/** How to fix a bad value, by the name of its field. */
const FIELD_FIXES: Record<string, string> = {
	date: DATE_FIX,
	asOf: DATE_FIX,
	start: DATE_FIX,
	end: DATE_FIX,
	url: "Give the article's full http:// or https:// address, or leave `url` out when it is not known.",
	id: 'Choose another id: lowercase words joined by single hyphens, not one the page uses itself.',
	figure: 'Give `value` with the number the source states, or use a vague qualifier without `value` when it gives none.',
	claimant: 'Give `sheet` (a sheet slug) or `party` (how the article describes the claimant).',
	citations: 'Add `citations:` with at least one `{source, quote}`.',
	language: 'Use a language tag such as "en".',
};

/** Fields whose allowed values are content: the vocabulary file that declares them (src/lib/verify/vocabulary.ts). */
const VOCABULARY_FILES: Record<string, string> = {
	kind: 'content/kinds.yaml',
	type: 'content/relation-types.yaml',
};

function describeValue(input: unknown): string {
	// A bidi control would reorder the message itself as it displays: it is written out as `<U+202E>`.
	if (typeof input === 'string') return ` "${showControls(input)}"`;
	if (typeof input === 'number' || typeof input === 'boolean') return ` ${input}`;
	return '';
}

/**
 * Turns zod's issues into messages for authors: zod's own speak of types,
 * not of files. The path is reported separately (as item and field), so a
 * message names only the field's own key.
 */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[]): IssueText[] {
	return issues.map((issue) => {
		const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
		const key = [...path].reverse().find((part): part is string => typeof part === 'string');
		const field = key === undefined ? 'the file' : `\`${key}\``;
		const fix = (key && FIELD_FIXES[key]) ?? 'Correct the value (docs/content-model.md describes every field).';
		// A field that is absent fails as a wrong type, or as a wrong value for enums: either way it is missing.
		if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
			return {
				path,
				message: `The required field ${field} is missing.`,
				fix: `Add \`${key}:\` with a value (see docs/content-model.md).`,
			};
		}
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.map((name) => `\`${name}\``).join(', ');
			return {
				path: [...path, issue.keys[0] as string],
				message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}.`,
				fix: 'Remove it, or correct its spelling (docs/content-model.md lists every field).',
			};
		}
		if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
			const options = issue.values.map(String);
			const vocabulary = key && VOCABULARY_FILES[key];
			return {
				path,
				message: `${field} is "${issue.input}", which is not allowed.${didYouMean(issue.input, options)}`,
				fix: `Use one of: ${options.join(', ') || '(none declared)'}${vocabulary ? `; or declare "${issue.input}" in ${vocabulary}` : ''}.`,
			};
		}
		if (issue.code === 'invalid_type') {
			return {
				path,
				message: `${field} is${describeValue(issue.input)}, but ${issue.message.replace(/^Invalid input: /, '')}.`,
				fix,
			};
		}
		const value = describeValue(issue.input);
		return { path, message: `${field} ${value ? `is${value}` : 'is invalid'}: ${issue.message}.`, fix };
	});
}
