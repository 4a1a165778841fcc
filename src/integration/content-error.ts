import { AstroError } from 'astro/errors';
import { formatReport, type Problem } from '../lib/problems.ts';

/**
 * Thrown by a build when the content has problems: Astro prints it as one
 * clean list, the same text `npm run check` prints, under a hint. It has no
 * stack: a trace into the integration would read like a crash in the
 * generator, and Astro prints "Stack trace:" only for an error that has one.
 */
export class ContentError extends AstroError {
	/**
	 * Not Astro's own "AstroUserError": for those, Astro renders the message
	 * as Markdown (astro/dist/core/messages/runtime.js, formatErrorMessage), so
	 * a fix such as "a link is [text](https://…)" would print otherwise than
	 * `check` prints it. With another type the report is printed as it is.
	 */
	override type = 'ContentError' as unknown as AstroError['type'];
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		super(formatReport(problems), 'Run `npm run check` to list these problems again without building.');
		this.name = 'ContentError';
		this.problems = problems;
		this.stack = '';
	}

	/**
	 * A summary without the report. Astro searches `String(error)` for the
	 * words "document" and "window" to add a hint about browser APIs
	 * (astro/dist/core/errors/dev/utils.js, generateHint), and a quoted
	 * passage can contain either word.
	 */
	override toString(): string {
		return `${this.name}: ${this.problems.length === 1 ? '1 problem' : `${this.problems.length} problems`} in the content`;
	}
}

/**
 * A Vite plugin that throws the content's problems when Vite reads its
 * configuration. Thrown from the integration's own `astro:config:setup` hook,
 * the same error would be preceded by Astro's "An unhandled error occurred
 * while running the hook", which reads like a crash; Vite's `config` hook
 * passes it on as it is.
 */
export function contentErrorPlugin(error: () => ContentError | undefined) {
	return {
		name: 'fact-sheets:content-problems',
		config() {
			const pending = error();
			if (pending) throw pending;
		},
	};
}
