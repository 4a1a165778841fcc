import type { Root } from 'mdast';
import type { Metric, SheetData, SheetSlug, SourceData, SourceId } from '../schemas/index.ts';
import type { BodyFormat, BodySyntaxError } from './body/parse.ts';
import type { Path, Position } from './content/yaml-document.ts';
import type { SourceText } from './text/source-text.ts';
import type { Vocabulary } from './vocabulary.ts';

/** A sheet as read from its file. */
export interface LoadedSheet {
	readonly slug: SheetSlug;
	readonly file: string;
	readonly data: SheetData;
	readonly body: string;
	readonly bodyLine: number;
	/** The body's format: its file's extension. */
	readonly format: BodyFormat;
	/**
	 * The body, parsed once (src/lib/body/): what the verifier checks and the
	 * pages render. An empty tree when the body could not be parsed (`syntaxError`).
	 */
	readonly tree: Root;
	readonly syntaxError: BodySyntaxError | undefined;
	readonly locate: (path: Path) => Position | undefined;
}

/** A source as read from its file, with its stored text indexed when it could be read. */
export interface LoadedSource {
	readonly id: SourceId;
	readonly file: string;
	readonly data: SourceData;
	readonly text: SourceText | undefined;
	readonly locate: (path: Path) => Position | undefined;
}

/** content/about.md as read: the site's own words for its About page, a Markdown body like a sheet's. */
export interface LoadedAbout {
	readonly file: string;
	/** The file has no frontmatter: its body starts on line 1. */
	readonly bodyLine: 1;
	readonly format: 'md';
	readonly tree: Root;
	readonly syntaxError: undefined;
}

/** All content of a project, validated item by item. */
export interface Corpus {
	readonly sheets: readonly LoadedSheet[];
	readonly sources: ReadonlyMap<string, LoadedSource>;
	readonly metrics: ReadonlyMap<string, Metric>;
	/** The kinds and relation types the sheets were checked against (content/kinds.yaml, content/relation-types.yaml). */
	readonly vocabulary: Vocabulary;
	/** content/about.md, when the project has one. */
	readonly about?: LoadedAbout | undefined;
	/**
	 * Slugs and ids of files that exist but failed their own checks. References
	 * to them are not reported as unknown: the file's own problem says it all.
	 */
	readonly unloaded: { readonly sheets: ReadonlySet<string>; readonly sources: ReadonlySet<string> };
}

/** The file name without folders and extension: a sheet's slug, a source's id. */
export function baseName(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(0, dot) : name;
}

export type { SourceData, SheetData };
