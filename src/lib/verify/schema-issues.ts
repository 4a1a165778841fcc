import type { z } from 'zod';
import type { Path } from '../content/yaml-document.ts';
import { didYouMean } from '../suggest.ts';
import { formatPath } from './items.ts';

/** A schema failure put in an author's words: what is wrong and how to fix it. */
export interface IssueText {
	readonly path: Path;
	readonly message: string;
	readonly fix: string;
}

/** Turns zod's issues into messages for authors (zod's own speak of types, not of files). */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[]): IssueText[] {
	return issues.map((issue) => {
		const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
		const name = formatPath(path) || 'the file';
		if (issue.code === 'invalid_type' && issue.input === undefined) {
			const key = path[path.length - 1];
			return {
				path,
				message: `The required field \`${String(key)}\` is missing.`,
				fix: `Add \`${String(key)}:\` with a value (see docs/content-model.md).`,
			};
		}
		if (issue.code === 'unrecognized_keys') {
			const keys = issue.keys.map((key) => `\`${key}\``).join(', ');
			return {
				path,
				message: `Unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${path.length ? ` in ${name}` : ''}.`,
				fix: 'Remove it, or correct its spelling (docs/content-model.md lists every field).',
			};
		}
		if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
			const options = issue.values.map(String);
			return {
				path,
				message: `\`${name}\` is "${issue.input}", which is not allowed.${didYouMean(issue.input, options)}`,
				fix: `Use one of: ${options.join(', ')}.`,
			};
		}
		if (issue.code === 'invalid_type') {
			return {
				path,
				message: `\`${name}\` ${issue.message.replace(/^Invalid input: /, 'is invalid: ')}.`,
				fix: `Give \`${name}\` a value of the expected type.`,
			};
		}
		return {
			path,
			message: `\`${name}\` is invalid: ${issue.message}.`,
			fix: `Correct \`${name}\`.`,
		};
	});
}
