import type { z } from 'zod';
import { metricsFileSchema, sheetSchema, sourceSchema, type Metric } from '../../schemas/index.ts';
import { baseName, type Corpus, type LoadedSheet, type LoadedSource } from '../corpus.ts';
import { parseSheetFile } from '../content/frontmatter.ts';
import type { ContentFile, ProjectFiles } from '../content/project-files.ts';
import { parseLocatedYaml, type LocatedData, type Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { ArticleSpanError, SourceText } from '../text/source-text.ts';
import { ID_PATTERN } from '../../schemas/ids.ts';
import { describeSheetPath, formatPath } from './items.ts';
import { describeSchemaIssues } from './schema-issues.ts';

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
	if (result.success) return result.data;
	const at = problemsIn(file, located, located.data, describe);
	for (const issue of describeSchemaIssues(result.error.issues)) problems.push(at(issue.path, issue.message, issue.fix));
	return undefined;
}

function fileNameProblem(file: ContentFile, what: string): Problem | undefined {
	const name = baseName(file.path);
	if (ID_PATTERN.test(name)) return undefined;
	const suggestion = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return {
		file: file.path,
		message: `The file name "${name}" cannot be a ${what}: it must be lowercase letters, digits and single hyphens.`,
		fix: `Rename the file to "${suggestion || 'a-descriptive-name'}" and keep the extension.`,
	};
}

function loadSheet(file: ContentFile, problems: Problem[]): LoadedSheet | undefined {
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
	const data = validate(sheetSchema, file.path, parsed, describeSheetPath, problems);
	if (!data) return undefined;
	return {
		slug: baseName(file.path) as LoadedSheet['slug'],
		file: file.path,
		data,
		body: parsed.body,
		bodyLine: parsed.bodyLine,
		locate: parsed.locate,
	};
}

function loadSource(file: ContentFile, files: ProjectFiles, problems: Problem[]): LoadedSource | undefined {
	const nameProblem = fileNameProblem(file, 'source id');
	if (nameProblem) return void problems.push(nameProblem);
	const located = parseLocatedYaml(file.text);
	if (located.syntaxErrors.length > 0) return void problems.push(...syntaxProblems(file.path, located, 'source file'));
	const data = validate(sourceSchema, file.path, located, describeField, problems);
	if (!data) return undefined;
	const at = problemsIn(file.path, located, located.data, describeField);
	const stored = files.readText(data.text);
	let text: SourceText | undefined;
	if (stored === undefined) {
		problems.push(
			at(['text'], `The stored text "${data.text}" does not exist.`, 'Put the article text in seeds/ and give its path from the project root.'),
		);
	} else {
		try {
			text = new SourceText(stored, data.article);
		} catch (error) {
			if (!(error instanceof ArticleSpanError)) throw error;
			problems.push(
				at(
					['article', error.which],
					`The article's ${error.which} words "${error.marker}" are not in the stored text ${data.text}.`,
					`Copy the ${error.which === 'start' ? 'first' : 'last'} words of the article exactly as they stand in ${data.text}.`,
				),
			);
		}
	}
	return { id: baseName(file.path) as LoadedSource['id'], file: file.path, data, text, locate: located.locate };
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
			problems.push(at([id], `The metric id "${id}" is not lowercase words joined by hyphens.`, 'Rename it, for example "protest-deaths".'));
		}
	}
	return metrics;
}

/**
 * Reads and validates every file on its own. A file that fails its schema is
 * reported and left out of the corpus, so that cross-file checks never see
 * half-valid data (and never report a second, misleading problem about it).
 */
export function loadCorpus(files: ProjectFiles): { corpus: Corpus; problems: Problem[] } {
	const problems: Problem[] = [];
	const sources = new Map<string, LoadedSource>();
	const unloaded = { sheets: new Set<string>(), sources: new Set<string>() };
	for (const file of files.sources) {
		const source = loadSource(file, files, problems);
		if (source) sources.set(source.id, source);
		else unloaded.sources.add(baseName(file.path));
	}
	const sheets: LoadedSheet[] = [];
	for (const file of files.sheets) {
		const sheet = loadSheet(file, problems);
		if (sheet) sheets.push(sheet);
		else unloaded.sheets.add(baseName(file.path));
	}
	const metrics = loadMetrics(files.metrics, problems);
	return { corpus: { sheets, sources, metrics, unloaded }, problems };
}
