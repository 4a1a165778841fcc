import { lstatSync, readdirSync, readFileSync, type Dirent, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MAX_ID_LENGTH } from '../../schemas/ids.ts';
import { readStoredTextFile, type StoredTextRead } from './stored-text-file.ts';

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
	/** content/kinds.yaml: the kinds of sheet (src/schemas/kind.ts). */
	readonly kinds: ContentFile | undefined;
	/** content/relation-types.yaml: the types of relation (src/schemas/relation-type.ts). */
	readonly relationTypes: ContentFile | undefined;
	/** content/about.md: the site's own words on its About page, in Markdown (optional; src/lib/verify/about.ts). */
	readonly about?: ContentFile | undefined;
	/** Files under content/ that are none of those: each is reported, never silently skipped. */
	readonly strays: readonly StrayFile[];
	/**
	 * Reads a stored source text by its path from the project root. Called
	 * only with a path directly in `seeds/` (storedTextPathIssue); a link, a
	 * folder or a file over the size cap is reported without being read.
	 */
	readText(path: string): StoredTextRead;
}

/** Where the content lives, relative to the project root. */
export const CONTENT_LAYOUT = {
	root: 'content',
	sheets: 'content/sheets',
	sources: 'content/sources',
	metrics: 'content/metrics.yaml',
	kinds: 'content/kinds.yaml',
	relationTypes: 'content/relation-types.yaml',
	about: 'content/about.md',
} as const;

/** The content files that are one file each, by the ProjectFiles field that holds them. */
export type SingleFileKind = 'metrics' | 'kinds' | 'relationTypes' | 'about';
const SINGLE_FILES: ReadonlyMap<string, SingleFileKind> = new Map([
	[CONTENT_LAYOUT.metrics, 'metrics'],
	[CONTENT_LAYOUT.kinds, 'kinds'],
	[CONTENT_LAYOUT.relationTypes, 'relationTypes'],
	[CONTENT_LAYOUT.about, 'about'],
]);
const isSingleFile = (kind: string): kind is SingleFileKind => kind === 'metrics' || kind === 'kinds' || kind === 'relationTypes' || kind === 'about';

/** Sheets are Markdown (`.md`) or MDX (`.mdx`), exactly so written. */
export const SHEET_EXTENSIONS = ['.md', '.mdx'] as const;
/** Sources are YAML files ending in `.yaml`, directly in content/sources/. */
export const SOURCE_EXTENSION = '.yaml';
/** Files an operating system leaves in folders, which are not content and are passed over. */
export const SYSTEM_FILES: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

/** Why a file under content/ is not read. */
export type StrayReason =
	| 'sheet-extension'
	| 'source-extension'
	| 'source-folder'
	| 'name-too-long'
	| 'outside-layout'
	| 'symlink'
	| 'not-a-file'
	| 'not-utf-8';

/** A file (or link, or other entry) under content/ that is not read as content. */
export interface StrayFile {
	readonly path: string;
	readonly reason: StrayReason;
}

/** What a regular file at `path` (from the project root) is, by its place and name alone. */
export function classifyContentPath(path: string): 'sheet' | 'source' | SingleFileKind | 'system' | StrayReason {
	const name = path.slice(path.lastIndexOf('/') + 1);
	if (SYSTEM_FILES.has(name)) return 'system';
	const single = SINGLE_FILES.get(path);
	if (single) return single;
	// The file name is the slug or id: one too long for the built site's file names is not read.
	const tooLong = name.slice(0, name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : undefined).length > MAX_ID_LENGTH;
	if (path.startsWith(`${CONTENT_LAYOUT.sheets}/`)) {
		if (!SHEET_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'sheet-extension';
		return tooLong ? 'name-too-long' : 'sheet';
	}
	if (path.startsWith(`${CONTENT_LAYOUT.sources}/`)) {
		if (path.slice(CONTENT_LAYOUT.sources.length + 1).includes('/')) return 'source-folder';
		if (!name.endsWith(SOURCE_EXTENSION)) return 'source-extension';
		return tooLong ? 'name-too-long' : 'source';
	}
	return 'outside-layout';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Walks content/ without following links: every regular file is a sheet, a
 * source, the metrics or a stray; every link or other entry is a stray. Text
 * that is not UTF-8 is a stray too, not read with replacement characters.
 */
function readContent(root: string): Omit<ProjectFiles, 'readText'> {
	const sheets: ContentFile[] = [];
	const sources: ContentFile[] = [];
	const strays: StrayFile[] = [];
	const single: Partial<Record<SingleFileKind, ContentFile>> = {};
	const walk = (directory: string) => {
		let entries: Dirent[];
		try {
			entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		} catch {
			return;
		}
		for (const entry of entries) {
			const full = join(directory, entry.name);
			const path = relative(root, full).split(sep).join('/');
			if (entry.isSymbolicLink()) strays.push({ path, reason: 'symlink' });
			else if (entry.isDirectory()) walk(full);
			else if (!entry.isFile()) strays.push({ path, reason: 'not-a-file' });
			else {
				const kind = classifyContentPath(path);
				if (kind === 'system') continue;
				if (kind !== 'sheet' && kind !== 'source' && !isSingleFile(kind)) {
					strays.push({ path, reason: kind });
					continue;
				}
				let text: string;
				try {
					text = utf8.decode(readFileSync(full));
				} catch {
					strays.push({ path, reason: 'not-utf-8' });
					continue;
				}
				if (kind === 'sheet') sheets.push({ path, text });
				else if (kind === 'source') sources.push({ path, text });
				else single[kind] = { path, text };
			}
		}
	};
	const top = join(root, CONTENT_LAYOUT.root);
	const stat = lstatOrUndefined(top);
	if (stat?.isSymbolicLink()) strays.push({ path: CONTENT_LAYOUT.root, reason: 'symlink' });
	else if (stat?.isDirectory()) walk(top);
	return { sheets, sources, metrics: single.metrics, kinds: single.kinds, relationTypes: single.relationTypes, about: single.about, strays };
}

function lstatOrUndefined(path: string): Stats | undefined {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}

/** Reads a project's content from disk. */
export function readProjectFiles(root: string): ProjectFiles {
	return {
		...readContent(root),
		readText: (path) => readStoredTextFile(root, path),
	};
}
