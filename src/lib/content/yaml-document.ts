import { load, Schema, Type, type State } from 'js-yaml';
import { isNode, isScalar, LineCounter, parseDocument, Schema as YamlSchema, visit, type Document, type ScalarTag } from 'yaml';

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
	/** Syntax errors, with their positions (and a fix when a general one would mislead); when present, `data` is unreliable. */
	readonly syntaxErrors: readonly { message: string; position: Position | undefined; fix?: string }[];
}

/**
 * Parses YAML that begins at line `firstLine` of its file (frontmatter begins
 * after the opening `---`), keeping positions so that problems can name the
 * line. YAML 1.2 core schema: `2026-02-08` stays the text the author wrote.
 *
 * The data is read with js-yaml, ten times faster than a positioned `yaml`
 * Document (docs/performance.md, item 6). That Document is built only when a
 * problem asks for a position, and for every text js-yaml does not read as
 * `yaml` would (see `readFast`): then `yaml` alone gives data and errors.
 */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedData {
	const fast = readFast(text);
	if (fast) {
		let positioned: Positioned | undefined;
		return { data: fast.data, syntaxErrors: [], locate: locator(() => (positioned ??= positionedDocument(text, firstLine))) };
	}
	const positioned = positionedDocument(text, firstLine);
	const { document, toPosition } = positioned;
	const syntaxErrors = document.errors.map((error) => ({
		message: error.message.split('\n')[0] ?? error.message,
		position: error.pos ? toPosition(error.pos[0]) : undefined,
	}));
	if (syntaxErrors.length > 0) return { data: undefined, syntaxErrors, locate: locator(() => positioned) };
	try {
		return { data: document.toJS(), syntaxErrors, locate: locator(() => positioned) };
	} catch (error) {
		// `yaml` parses an alias whose anchor is missing (`*name` with no `&name`
		// before it) without an error, and throws only when it builds the data.
		return { data: undefined, syntaxErrors: [aliasError(document, toPosition, error)], locate: locator(() => positioned) };
	}
}

/** The error `toJS` threw, at the first alias whose anchor is missing (or with no position if it is something else). */
function aliasError(document: Document, toPosition: Positioned['toPosition'], error: unknown): LocatedData['syntaxErrors'][number] {
	let position: Position | undefined;
	visit(document, {
		Alias(_, alias) {
			if (alias.resolve(document) !== undefined) return undefined;
			if (alias.range) position = toPosition(alias.range[0]);
			return visit.BREAK;
		},
	});
	const message = error instanceof Error ? error.message : String(error);
	return position
		? { message, position, fix: 'Write the value out here, or mark the value it repeats with `&name` before this line: a `*name` alias repeats a value marked `&name` earlier in the same file.' }
		: { message, position };
}

interface Positioned {
	readonly document: Document;
	toPosition(offset: number): Position;
}

function positionedDocument(text: string, firstLine: number): Positioned {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const toPosition = (offset: number): Position => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	return { document, toPosition };
}

function locator(positioned: () => Positioned): LocatedData['locate'] {
	return (path) => {
		const { document, toPosition } = positioned();
		for (let length = path.length; length >= 0; length--) {
			const node = document.getIn(path.slice(0, length), true);
			if (isNode(node) && node.range) return toPosition(node.range[0]);
		}
		return undefined;
	};
}

/** `yaml`'s core-schema tags for plain scalars (null, booleans, integers, floats), in the order it tries them. */
const CORE_SCALAR_TAGS = new YamlSchema({ schema: 'core' }).tags.filter(
	(tag): tag is ScalarTag & { test: RegExp } => tag.default === true && 'test' in tag && tag.test instanceof RegExp,
);
/** Every scalar those tags match starts so (or is empty): the rest, most keys and words, skip the tests. */
const MAY_BE_TYPED = /^(?:[-+.0-9~nNtTfF]|$)/;
const coreScalarTag = (plain: string) => (MAY_BE_TYPED.test(plain) ? CORE_SCALAR_TAGS.find((tag) => tag.test.test(plain)) : undefined);

/**
 * js-yaml's `CORE_SCHEMA` differs from `yaml`'s core schema on some plain
 * scalars (`0b1`, `-0x1F`, `-.5`, `1e400`, `-0`), so plain scalars are typed
 * by `yaml`'s own core tags instead: the same values by construction. The
 * schema has no explicit tags, so any `!!tag` is an error and `yaml` reads it.
 */
const YAML_CORE_SCHEMA = new Schema({
	implicit: [
		new Type('tag:fact-sheets,2026:plain-scalar', {
			kind: 'scalar',
			resolve: (plain: string) => coreScalarTag(plain) !== undefined,
			construct: (plain: string) => {
				const value = coreScalarTag(plain)?.resolve(plain, () => undefined, {});
				return isScalar(value) ? value.value : value;
			},
		}),
	],
});

/**
 * Texts js-yaml reads but `yaml` rejects: a lone CR as a line break, a
 * comment touching a quoted scalar or a flow collection (`"x"#c`), a node on
 * the `---` line; and directives (`%YAML 1.1` changes `yaml`'s schema).
 */
const YAML_ONLY_SYNTAX = /\r(?!\n)|["'\]},]#|^(?:%|---[ \t]+[^\s#])/m;

/** The last character of a quoted scalar or a flow collection: `"`, `'`, `]`, `}`. */
const FLOW_NODE_ENDS = new Set([0x22, 0x27, 0x5d, 0x7d]);

/** js-yaml's loader state while it composes a node; @types/js-yaml leaves out `anchor` (lib/loader.js). */
type ComposingState = State & { readonly anchor: string | null };

/**
 * The data as `yaml` would read it, or undefined when js-yaml reports an
 * error or might read the text differently from `yaml`; `yaml` then decides.
 * Beyond `YAML_ONLY_SYNTAX` and the scalar types, the reading is refused when
 * the text has anchors (`yaml` limits aliases), a quoted scalar or a flow
 * collection over several lines (js-yaml does not check their indentation,
 * `yaml` does), a key that is a collection (the two write it differently), a
 * null key (js-yaml names it "null", `yaml` ""), or a key too long for `yaml`.
 * Content files have none of these, so they all take the fast path.
 */
function readFast(text: string): { data: unknown } | undefined {
	if (YAML_ONLY_SYNTAX.test(text)) return undefined;
	const starts: number[] = [];
	const collections = new Set<unknown>();
	let data: unknown;
	try {
		data = load(text, {
			schema: YAML_CORE_SCHEMA,
			listener(event, state: ComposingState) {
				if (event === 'open') return void starts.push(state.position);
				const start = starts.pop() ?? 0;
				if (state.anchor !== null) throw new Error('anchor');
				if (state.kind === 'mapping' || state.kind === 'sequence') collections.add(state.result);
				if (FLOW_NODE_ENDS.has(state.input.charCodeAt(state.position - 1)) && state.input.lastIndexOf('\n', state.position - 1) > start) {
					throw new Error('a flow node over several lines');
				}
			},
		});
	} catch {
		return undefined;
	}
	// The data must hold exactly the collections js-yaml composed: one missing from it was a key.
	const found = collectionsIn(data, collections);
	if (found !== collections.size) return undefined;
	// An empty document: `yaml` reads null, js-yaml undefined.
	return { data: data ?? null };
}

/** Counts the collections in `value`, or returns -1 at one not in `composed` or at a key `yaml` reads otherwise. */
function collectionsIn(value: unknown, composed: ReadonlySet<unknown>): number {
	if (typeof value !== 'object' || value === null) return 0;
	if (!composed.has(value)) return -1;
	let count = 1;
	const add = (item: unknown) => {
		const inner = collectionsIn(item, composed);
		count = inner < 0 || count < 0 ? -1 : count + inner;
	};
	if (Array.isArray(value)) value.forEach(add);
	else {
		for (const key in value) {
			// `yaml` allows 1,024 characters from an implicit key to its colon; 128 characters of data fit however escaped.
			if (key === 'null' || key.length > 128) return -1;
			add((value as Record<string, unknown>)[key]);
		}
	}
	return count;
}
