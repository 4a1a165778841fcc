/**
 * A problem in the content, for the person who wrote it: where it is, which
 * item, what is wrong and how to fix it. A build collects every problem of
 * the run and reports them together.
 */
export interface Problem {
	/** Path from the project root, with forward slashes. */
	readonly file: string;
	readonly line?: number | undefined;
	readonly column?: number | undefined;
	/** The item inside the file: `fact "harbour-toll"`, `role "Harbour Master"`, `source`. */
	readonly item?: string | undefined;
	/** The field inside the item: `citations[0].quote`. */
	readonly field?: string | undefined;
	/** What is wrong, including the closest valid value or passage where there is one. */
	readonly message: string;
	/** How to fix it. */
	readonly fix: string;
}

/** `file:line:column item › field` */
export function problemPlace(problem: Problem): string {
	let place = problem.file;
	if (problem.line !== undefined) place += `:${problem.line}`;
	if (problem.line !== undefined && problem.column !== undefined) place += `:${problem.column}`;
	const within = [problem.item, problem.field].filter(Boolean).join(' › ');
	return within ? `${place} ${within}` : place;
}

export function formatProblem(problem: Problem): string {
	return `${problemPlace(problem)}\n  ${problem.message}\n  Fix: ${problem.fix}`;
}

/** Problems in file order, then line order, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
	);
}

export function formatReport(problems: readonly Problem[]): string {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return `${count} in the content:\n\n${sortProblems(problems).map(formatProblem).join('\n\n')}\n`;
}
