import { isNode, LineCounter, parseDocument } from 'yaml';

export type PathKey = string | number;
export type Path = readonly PathKey[];

/** A line and column, both counted from 1. */
export interface Position {
	readonly line: number;
	readonly column: number;
}

/** Parsed YAML data plus a way to find where any value of it was written. */
export interface LocatedData {
	readonly data: unknown;
	/** The position of the value at `path`, or of its nearest ancestor that exists. */
	locate(path: Path): Position | undefined;
	/** Syntax errors, with their positions; when present, `data` is unreliable. */
	readonly syntaxErrors: readonly { message: string; position: Position | undefined }[];
}

/**
 * Parses YAML that begins at line `firstLine` of its file (frontmatter begins
 * after the opening `---`), keeping positions so that problems can name the
 * line. YAML 1.2 core schema: `2026-02-08` stays the text the author wrote.
 */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedData {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	return {
		data: document.errors.length > 0 ? undefined : document.toJS(),
		syntaxErrors: document.errors.map((error) => ({
			message: error.message.split('\n')[0] ?? error.message,
			position: error.pos ? toPosition(error.pos[0]) : undefined,
		})),
		locate(path) {
			for (let length = path.length; length >= 0; length--) {
				const node = document.getIn(path.slice(0, length), true);
				if (isNode(node) && node.range) return toPosition(node.range[0]);
			}
			return undefined;
		},
	};
}
