/**
 * Reading a source's stored text from disk, confined to regular files
 * directly in `seeds/`. A path, a link or a file that breaks the rules is
 * refused before a single byte of it is read, so that no other file's
 * content can reach a page or an error message.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** The folder that holds every stored text, relative to the project root. */
export const STORED_TEXT_FOLDER = 'seeds';

/**
 * The largest stored text, in bytes: 2 MiB. A news article's text is far
 * smaller (the corpus's two are 15 KB and 8.5 KB); the cap keeps a mistaken
 * file (a video, a database dump) from being read into memory and indexed.
 */
export const MAX_STORED_TEXT_BYTES = 2 * 1024 * 1024;

/** What reading a stored text found. Only `read` carries bytes. */
export type StoredTextRead =
	| { readonly status: 'read'; readonly bytes: Uint8Array }
	| { readonly status: 'missing' }
	/** A symbolic link (dangling or not), never followed; `target` is what the link says, not what it points at. */
	| { readonly status: 'link'; readonly target: string }
	/** `seeds/` itself is a symbolic link. */
	| { readonly status: 'folder-link' }
	| { readonly status: 'not-a-file'; readonly what: 'folder' | 'special file' }
	| { readonly status: 'too-large'; readonly size: number };

/**
 * Why `path` is not the path of a file directly in `seeds/`, or undefined
 * when it is. Pure: it looks at the string only.
 */
export function storedTextPathIssue(path: string): string | undefined {
	if (path.includes('\\')) return 'it contains a backslash (write paths with forward slashes)';
	if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is an absolute path';
	const segments = path.split('/');
	if (segments.includes('..')) return 'it goes up a folder with ".."';
	if (segments[0] !== STORED_TEXT_FOLDER) return `it is outside ${STORED_TEXT_FOLDER}/`;
	if (segments.length > 2) return `it is in a subfolder of ${STORED_TEXT_FOLDER}/`;
	const name = segments[1] ?? '';
	if (name === '' || name === '.') return 'it names the folder, not a file in it';
	return undefined;
}

function lstatOrUndefined(path: string): Stats | undefined {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}

/** What a link says (its own text, never what it points at). */
function linkTarget(path: string): string {
	try {
		return readlinkSync(path);
	} catch {
		return '(unreadable)';
	}
}

/**
 * Reads the stored text at `path` (from the project root) under `root`. The
 * file is checked with lstat (a link is reported, not followed) and opened
 * with O_NOFOLLOW and O_NONBLOCK, so that a link or a pipe put in its place
 * after the check is refused too instead of being followed or hanging the run.
 */
export function readStoredTextFile(root: string, path: string): StoredTextRead {
	const issue = storedTextPathIssue(path);
	// The verifier refuses such paths with a message before asking; this is the second lock.
	if (issue) throw new Error(`Refusing to read the stored text "${path}": ${issue}.`);
	const folder = lstatOrUndefined(join(root, STORED_TEXT_FOLDER));
	if (folder?.isSymbolicLink()) return { status: 'folder-link' };
	if (!folder?.isDirectory()) return { status: 'missing' };
	const full = join(root, path);
	const entry = lstatOrUndefined(full);
	if (!entry) return { status: 'missing' };
	if (entry.isSymbolicLink()) return { status: 'link', target: linkTarget(full) };
	if (entry.isDirectory()) return { status: 'not-a-file', what: 'folder' };
	if (!entry.isFile()) return { status: 'not-a-file', what: 'special file' };
	if (entry.size > MAX_STORED_TEXT_BYTES) return { status: 'too-large', size: entry.size };
	let fd: number;
	try {
		// O_NOFOLLOW and O_NONBLOCK are POSIX flags; where Node does not define them (Windows) the lstat above stands alone.
		fd = openSync(full, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ELOOP') return { status: 'link', target: linkTarget(full) };
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
		throw error;
	}
	try {
		const opened = fstatSync(fd);
		if (!opened.isFile()) return { status: 'not-a-file', what: 'special file' };
		// One byte over the cap is enough to know a file that grew after the check is too large.
		const buffer = new Uint8Array(Math.min(opened.size, MAX_STORED_TEXT_BYTES) + 1);
		let length = 0;
		for (let read = -1; read !== 0 && length < buffer.length; length += read) {
			read = readSync(fd, buffer, length, buffer.length - length, null);
		}
		if (length > MAX_STORED_TEXT_BYTES) return { status: 'too-large', size: Math.max(opened.size, length) };
		return { status: 'read', bytes: buffer.subarray(0, length) };
	} finally {
		closeSync(fd);
	}
}
