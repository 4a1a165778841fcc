/**
 * What the curation commands (scripts/add-source.ts, add-sheet.ts,
 * find-quote.ts, coverage.ts) share: their errors read like the verifier's
 * problems — what is wrong, then `Fix:` — and go to stderr with exit code 1.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../suggest.ts';

/** A mistake in how a command was called, or in what it was asked to do. */
export class CommandError extends Error {
	readonly fix: string;
	constructor(message: string, fix: string) {
		super(message);
		this.fix = fix;
	}
}

/** `command: message` and `  Fix: …`, as the verifier's reports end. */
export function formatCommandError(command: string, error: CommandError): string {
	return `${command}: ${error.message}\n  Fix: ${error.fix}\n`;
}

/** Runs a command's body; a CommandError is printed for the curator, anything else is a bug and keeps its stack. */
export function runCommand(command: string, body: () => void): void {
	try {
		body();
	} catch (error) {
		if (!(error instanceof CommandError)) throw error;
		process.stderr.write(formatCommandError(command, error));
		process.exitCode = 1;
	}
}

/** Parses the command line; an unknown option or a missing value is a CommandError naming the usage. */
export function commandArguments<Options extends NonNullable<ParseArgsConfig['options']>>(
	args: readonly string[],
	options: Options,
	usage: string,
) {
	try {
		return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
	} catch (error) {
		throw new CommandError(`${(error as Error).message.replace(/\.$/, '')}.`, `Call it as: ${usage}`);
	}
}

/** ` Did you mean "x"?` for an id given in part ("ferry" for "ferry-cuts-2026-03") or mistyped; else an empty string. */
export function didYouMeanId(value: string, ids: Iterable<string>): string {
	const list = [...ids];
	const started = list.filter((id) => id.startsWith(value));
	return started.length === 1 ? ` Did you mean "${started[0]}"?` : didYouMean(value, list);
}
