import type { z } from 'zod';
import { kindSchema, metricsFileSchema, relationTypeSchema, sheetSchemaFor, type Kind, type Metric, type RelationTypeDefinition, type VocabularyIds } from '../../schemas/index.ts';
import { baseName, type Corpus, type LoadedSheet, type LoadedSource } from '../corpus.ts';
import { parseBody } from '../body/parse.ts';
import { parseSheetFile } from '../content/frontmatter.ts';
import type { ContentFile, ProjectFiles } from '../content/project-files.ts';
import { parseLocatedYaml, type LocatedData, type Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from '../../schemas/ids.ts';
import { BIDI_CONTROL, showControls } from '../text/bidi.ts';
import { describeCharacter } from '../text/confusables.ts';
import { describeSheetPath, formatPath } from './items.ts';
import { describeSchemaIssues } from './schema-issues.ts';
import { findPlaceholders, placeholderProblem, underPlaceholder } from './placeholders.ts';
import { strayProblems } from './strays.ts';
import type { Vocabulary } from '../vocabulary.ts';
import { checkKinds, checkRelationTypes, describeVocabularyPath } from './vocabulary.ts';
import { loadStoredText, sharedTextProblems, sourceFieldsSchema } from './stored-text.ts';

type Describe = (data: unknown, path: Path) => { item?: string; field?: string };
const describeField: Describe = (_data, path) => (path.length ? { field: formatPath(path) } : {});

/** Makes problems located in one file. */
export function problemsIn(file: string, located: Pick<LocatedData, 'locate'>, data: unknown, describe: Describe) {
	return (path: Path, message: string, fix: string): Problem => {
		const position = located.locate(path);
		return { file, line: position?.line, column: position?.column, ...describe(data, path), message, fix };
	};
}

function syntaxProblems(file: string, located: LocatedData, what: string): Problem[] {
	return located.syntaxErrors.map((error) => ({
		file,
		line: error.position?.line,
		column: error.position?.column,
		message: `The ${what} is not valid YAML: ${error.message}`,
		fix: error.fix ?? 'Correct the YAML syntax at this line (indentation, a missing colon, or an unclosed quote are the usual causes).',
	}));
}

function validate<Schema extends z.ZodType>(
	schema: Schema,
	file: string,
	located: LocatedData,
	describe: Describe,
	problems: Problem[],
): z.output<Schema> | undefined {
	// `reportInput` puts the offending value in each issue, so messages can quote it.
	const result = schema.safeParse(located.data, { reportInput: true });
	const at = problemsIn(file, located, located.data, describe);
	// A placeholder left by add-source or add-sheet is reported as such, not as the schema issue it causes.
	const placeholders = findPlaceholders(located.data);
	for (const placeholder of placeholders) {
		const { message, fix } = placeholderProblem(placeholder);
		problems.push(at(placeholder.path, message, fix));
	}
	if (result.success && placeholders.length === 0) return result.data;
	if (result.success) return undefined;
	for (const issue of describeSchemaIssues(result.error.issues)) {
		if (!underPlaceholder(issue.path, placeholders)) problems.push(at(issue.path, issue.message, issue.fix));
	}
	return undefined;
}

function fileNameProblem(file: ContentFile, what: string): Problem | undefined {
	const name = baseName(file.path);
	if (ID_PATTERN.test(name)) return undefined;
	const suggestion = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	const control = name.match(BIDI_CONTROL)?.[0];
	return {
		// A bidi control is written out as `<U+202E>`, so that the report displays in order.
		file: showControls(file.path),
		message: control
			? `The file name "${showControls(name)}" holds ${describeCharacter(control)}, an invisible control that changes the order in which a name displays; a ${what} is lowercase letters, digits and single hyphens only.`
			: `The file name "${name}" cannot be a ${what}: it must be lowercase letters, digits and single hyphens.`,
		fix: `Rename the file to "${suggestion || 'a-descriptive-name'}" and keep the extension.`,
	};
}

function loadSheet(file: ContentFile, vocabulary: LoadedVocabulary, problems: Problem[]): LoadedSheet | undefined {
	const nameProblem = fileNameProblem(file, 'sheet slug');
	if (nameProblem) return void problems.push(nameProblem);
	const parsed = parseSheetFile(file.text);
	if (!parsed.hasFrontmatter) {
		problems.push({
			file: file.path,
			line: 1,
			message: 'The sheet has no frontmatter.',
			fix: 'Start the file with a `---` line, the sheet\'s YAML fields, and another `---` line.',
		});
		return undefined;
	}
	if (parsed.syntaxErrors.length > 0) return void problems.push(...syntaxProblems(file.path, parsed, 'frontmatter'));
	const data = validate(vocabulary.sheetSchema, file.path, parsed, describeSheetPath, problems);
	if (!data) return undefined;
	// A kind or type whose own entry failed (or whose file did not load) has its problem there; the sheet is left out silently.
	if (!vocabulary.vocabulary.kinds.has(data.kind)) return undefined;
	if (data.relations.some((relation) => !vocabulary.vocabulary.relationTypes.has(relation.type))) return undefined;
	const format = file.path.endsWith('.mdx') ? 'mdx' : 'md';
	const body = parseBody(parsed.body, format);
	return {
		slug: baseName(file.path) as LoadedSheet['slug'],
		file: file.path,
		data,
		body: parsed.body,
		bodyLine: parsed.bodyLine,
		format,
		tree: body.tree ?? { type: 'root', children: [] },
		syntaxError: body.syntaxError,
		locate: parsed.locate,
	};
}

function loadSource(file: ContentFile, files: ProjectFiles, problems: Problem[]): LoadedSource | undefined {
	const nameProblem = fileNameProblem(file, 'source id');
	if (nameProblem) return void problems.push(nameProblem);
	const located = parseLocatedYaml(file.text);
	if (located.syntaxErrors.length > 0) return void problems.push(...syntaxProblems(file.path, located, 'source file'));
	const fields = validate(sourceFieldsSchema, file.path, located, describeField, problems);
	if (!fields) return undefined;
	const id = baseName(file.path);
	const stored = loadStoredText(id, fields, files, problemsIn(file.path, located, located.data, describeField), problems);
	if (!stored) return undefined;
	return { id: id as LoadedSource['id'], file: file.path, data: stored.data, text: stored.text, locate: located.locate };
}

function loadMetrics(file: ContentFile | undefined, problems: Problem[]): Map<string, Metric> {
	const metrics = new Map<string, Metric>();
	if (!file) return metrics;
	const located = parseLocatedYaml(file.text);
	if (located.syntaxErrors.length > 0) {
		problems.push(...syntaxProblems(file.path, located, 'metrics file'));
		return metrics;
	}
	const data = validate(metricsFileSchema, file.path, located, describeField, problems);
	for (const [id, metric] of Object.entries(data ?? {})) {
		if (ID_PATTERN.test(id)) metrics.set(id, metric);
		else {
			const at = problemsIn(file.path, located, located.data, describeField);
			problems.push(at([id], `The metric id "${id}" is not lowercase words joined by hyphens.`, 'Rename it, for example "harbour-closures".'));
		}
	}
	return metrics;
}

/** The vocabulary as loaded: its valid entries, and the sheet schema that checks kinds and types against every declared id. */
interface LoadedVocabulary {
	readonly vocabulary: Vocabulary;
	readonly sheetSchema: ReturnType<typeof sheetSchemaFor>;
}

/**
 * Reads one vocabulary file: a mapping of ids to entries, each validated on
 * its own so that one bad entry leaves the others usable. `declared` is every
 * id written in the file (undefined when the file is missing or unreadable).
 */
function loadEntries<Schema extends z.ZodObject>(
	file: ContentFile | undefined,
	where: { readonly path: string; readonly what: 'kind' | 'relation type'; readonly example: string },
	schema: Schema,
	problems: Problem[],
): { entries: Map<string, z.output<Schema> & { id: string }>; declared: string[] | undefined; at: ReturnType<typeof problemsIn> | undefined } {
	const entries = new Map<string, z.output<Schema> & { id: string }>();
	if (!file) {
		problems.push({
			file: where.path,
			message: `The file ${where.path} is missing: every ${where.what} a sheet names is declared there.`,
			fix: `Create ${where.path} with an entry per ${where.what} (docs/content-model.md, "Vocabulary: kinds and relation types", shows its fields).`,
		});
		return { entries, declared: undefined, at: undefined };
	}
	const located = parseLocatedYaml(file.text);
	if (located.syntaxErrors.length > 0) {
		problems.push(...syntaxProblems(file.path, located, `${where.what}s file`));
		return { entries, declared: undefined, at: undefined };
	}
	const at = problemsIn(file.path, located, located.data, describeVocabularyPath(where.what));
	const data = located.data ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		problems.push(at([], `The ${where.what}s file must map each ${where.what}'s id to its fields, but it holds ${Array.isArray(data) ? 'a list' : `"${String(data)}"`}.`, `Write one entry per ${where.what}: its id, a colon, and its fields indented below (see docs/content-model.md).`));
		return { entries, declared: undefined, at };
	}
	for (const [id, value] of Object.entries(data)) {
		if (!ID_PATTERN.test(id) || id.length > MAX_ID_LENGTH) {
			problems.push(
				at([id], `The ${where.what} id "${id}" is not lowercase words joined by hyphens, at most ${MAX_ID_LENGTH} characters.`, `Rename it, for example "${where.example}".`),
			);
			continue;
		}
		if (value === null || typeof value !== 'object' || Array.isArray(value)) {
			const fields = Object.keys(schema.shape).map((field) => `\`${field}\``).join(', ');
			problems.push(at([id], `The ${where.what} "${id}" has no fields of its own (it holds ${describeEntry(value)}).`, `Indent its fields below "${id}:": ${fields} (see docs/content-model.md).`));
			continue;
		}
		const result = schema.safeParse(value, { reportInput: true });
		if (result.success) entries.set(id, { ...(result.data as object), id } as z.output<Schema> & { id: string });
		else for (const issue of describeSchemaIssues(result.error.issues)) problems.push(at([id, ...issue.path], issue.message, issue.fix));
	}
	return { entries, declared: Object.keys(data), at };
}

const describeEntry = (value: unknown) => (value === null ? 'nothing' : Array.isArray(value) ? 'a list' : `"${String(value)}"`);

/** Reads content/kinds.yaml and content/relation-types.yaml, and checks them against each other. */
function loadVocabulary(files: ProjectFiles, problems: Problem[]): LoadedVocabulary {
	const kinds = loadEntries(files.kinds, { path: 'content/kinds.yaml', what: 'kind', example: 'government-body' }, kindSchema, problems);
	const types = loadEntries(files.relationTypes, { path: 'content/relation-types.yaml', what: 'relation type', example: 'member-of' }, relationTypeSchema, problems);
	if (kinds.at) problems.push(...checkKinds(kinds.entries as Map<string, Kind>, kinds.at));
	if (types.at) {
		problems.push(...checkRelationTypes(types.entries as Map<string, RelationTypeDefinition>, kinds.declared && new Set(kinds.declared), types.at));
	}
	const ids: VocabularyIds = { kinds: kinds.declared, relationTypes: types.declared };
	return {
		vocabulary: { kinds: kinds.entries as Map<string, Kind>, relationTypes: types.entries as Map<string, RelationTypeDefinition> },
		sheetSchema: sheetSchemaFor(ids),
	};
}

/** What a caller may start before the whole corpus is loaded and checked. */
export interface LoadHooks {
	/**
	 * Called once every sheet has loaded, if nothing so far has a problem: the
	 * vocabulary and every sheet passed their schemas. The sheets are those the
	 * corpus will hold, not copies; what the rest of verification finds may
	 * still fail the build, so whatever starts here must publish nothing until
	 * verification is over (a build renders the preview cards meanwhile).
	 */
	readonly sheetsLoaded?: (sheets: readonly LoadedSheet[], vocabulary: Vocabulary) => void;
}

/**
 * Reads and validates every file on its own. A file that fails its schema is
 * reported and left out of the corpus, so that cross-file checks never see
 * half-valid data (and never report a second, misleading problem about it).
 */
export function loadCorpus(files: ProjectFiles, { sheetsLoaded }: LoadHooks = {}): { corpus: Corpus; problems: Problem[] } {
	const problems: Problem[] = strayProblems(files.strays);
	const vocabulary = loadVocabulary(files, problems);
	const unloaded = { sheets: new Set<string>(), sources: new Set<string>() };
	// Sheets before sources (neither needs the other to load), so that sheetsLoaded comes as early as it can.
	const sheets: LoadedSheet[] = [];
	for (const file of files.sheets) {
		const sheet = loadSheet(file, vocabulary, problems);
		if (sheet) sheets.push(sheet);
		else unloaded.sheets.add(baseName(file.path));
	}
	if (problems.length === 0) sheetsLoaded?.(sheets, vocabulary.vocabulary);
	const sources = new Map<string, LoadedSource>();
	for (const file of files.sources) {
		const source = loadSource(file, files, problems);
		if (source) sources.set(source.id, source);
		else unloaded.sources.add(baseName(file.path));
	}
	problems.push(...sharedTextProblems([...sources.values()]));
	const metrics = loadMetrics(files.metrics, problems);
	// Markdown, not MDX, has no syntax errors: the about file always parses; what it may hold is checked by the rules (about.ts).
	const about = files.about && { file: files.about.path, bodyLine: 1 as const, format: 'md' as const, tree: parseBody(files.about.text, 'md').tree ?? { type: 'root' as const, children: [] }, syntaxError: undefined };
	return { corpus: { sheets, sources, metrics, vocabulary: vocabulary.vocabulary, about, unloaded }, problems };
}
