import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A content file: its path from the project root (forward slashes) and its text. */
export interface ContentFile {
	readonly path: string;
	readonly text: string;
}

/** Everything the verifier reads, as plain data, so tests can build it inline. */
export interface ProjectFiles {
	readonly sheets: readonly ContentFile[];
	readonly sources: readonly ContentFile[];
	readonly metrics: ContentFile | undefined;
	/** Reads a stored source text by its path from the project root; undefined when missing. */
	readText(path: string): string | undefined;
}

/** Where the content lives, relative to the project root. */
export const CONTENT_LAYOUT = {
	sheets: 'content/sheets',
	sources: 'content/sources',
	metrics: 'content/metrics.yaml',
} as const;

/**
 * Sheets are Markdown (`.md`) or MDX (`.mdx`). Markdown is rendered once and
 * cached until the file changes; MDX is compiled into the bundle on every
 * build, which costs time and memory at thousands of sheets (docs/performance.md).
 */
export const SHEET_EXTENSIONS = ['.md', '.mdx'] as const;
/** The same, as the glob pattern of the content collection. */
export const SHEET_PATTERN = '**/*.{md,mdx}';

function filesUnder(root: string, folder: string, extensions: readonly string[]): ContentFile[] {
	const found: ContentFile[] = [];
	const walk = (directory: string) => {
		let names: string[];
		try {
			names = readdirSync(directory).sort();
		} catch {
			return;
		}
		for (const name of names) {
			const full = join(directory, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (extensions.some((extension) => name.endsWith(extension))) {
				found.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
			}
		}
	};
	walk(join(root, folder));
	return found;
}

function readOptional(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

/** Reads a project's content from disk. */
export function readProjectFiles(root: string): ProjectFiles {
	const metricsText = readOptional(join(root, CONTENT_LAYOUT.metrics));
	return {
		sheets: filesUnder(root, CONTENT_LAYOUT.sheets, SHEET_EXTENSIONS),
		sources: filesUnder(root, CONTENT_LAYOUT.sources, ['.yaml']),
		metrics: metricsText === undefined ? undefined : { path: CONTENT_LAYOUT.metrics, text: metricsText },
		readText: (path) => (path.split(/[\\/]/).includes('..') ? undefined : readOptional(join(root, path))),
	};
}
