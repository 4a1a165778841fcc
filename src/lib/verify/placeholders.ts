import type { Path } from '../content/yaml-document.ts';

/**
 * A value only the curator can give, left for them by a scaffolding command
 * (`npm run add-source`, `npm run add-sheet`): a string that starts with the
 * word TODO, followed by what is wanted ("TODO: who published the stored
 * copy"). `check` reports each one until it is replaced; a file with one is
 * left out of the corpus, as a file that fails its schema is.
 */
export const PLACEHOLDER = /^TODO(?![\p{L}\p{N}])/u;

export interface Placeholder {
	readonly path: Path;
	readonly text: string;
}

/** Every placeholder in parsed YAML data, in document order. */
export function findPlaceholders(data: unknown, path: Path = []): Placeholder[] {
	if (typeof data === 'string') return PLACEHOLDER.test(data) ? [{ path, text: data }] : [];
	if (Array.isArray(data)) return data.flatMap((item, i) => findPlaceholders(item, [...path, i]));
	if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => findPlaceholders(value, [...path, key]));
	return [];
}

/** Whether `path` is at or inside one of the placeholders: its schema issue would only restate the placeholder. */
export function underPlaceholder(path: readonly PropertyKey[], placeholders: readonly Placeholder[]): boolean {
	return placeholders.some(({ path: at }) => at.length <= path.length && at.every((key, i) => key === path[i]));
}

/** The message and fix for one placeholder. */
export function placeholderProblem(placeholder: Placeholder): { message: string; fix: string } {
	const wanted = placeholder.text.replace(PLACEHOLDER, '').replace(/^[\s:—-]+/, '').trim();
	return {
		message: `This is still a placeholder: "${placeholder.text}".`,
		fix: `Replace it with ${wanted ? wanted.replace(/\.$/, '') : 'the value'} (a comment above it may suggest one: check it against the stored text).`,
	};
}
