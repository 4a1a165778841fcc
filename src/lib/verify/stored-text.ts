/**
 * A source's stored text: confined to `seeds/`, read once, checked to be
 * UTF-8 text, pinned by its SHA-256, and indexed only after all of that.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { LoadedSource } from '../corpus.ts';
import { MAX_STORED_TEXT_BYTES, STORED_TEXT_FOLDER, storedTextPathIssue, type StoredTextRead } from '../content/stored-text-file.ts';
import type { ProjectFiles } from '../content/project-files.ts';
import type { Path } from '../content/yaml-document.ts';
import type { Problem } from '../problems.ts';
import { SHA256_PATTERN, sourceSchema, type SourceData } from '../../schemas/source.ts';
import { ArticleSpanError, SourceText } from '../text/source-text.ts';

type At = (path: Path, message: string, fix: string) => Problem;

/**
 * A source file's schema as the verifier applies it: `sha256` is checked
 * here instead, against the bytes, so that a missing or malformed hash is
 * reported together with the hash to paste.
 */
export const sourceFieldsSchema = sourceSchema.extend({ sha256: z.string().optional() });
type SourceFields = z.output<typeof sourceFieldsSchema>;

/** The SHA-256 of some bytes, as `sha256sum` prints it. */
function sha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads, checks and indexes a source's stored text. Returns undefined (and
 * reports why) when the text cannot be used at all: then the source is left
 * out of the corpus. A hash that is missing or no longer matches is
 * reported, but the text is still indexed, so that the same run shows which
 * quotes the change broke.
 */
export function loadStoredText(
	id: string,
	fields: SourceFields,
	files: ProjectFiles,
	at: At,
	problems: Problem[],
): { data: SourceData; text: SourceText | undefined } | undefined {
	const path = fields.text;
	const example = `${STORED_TEXT_FOLDER}/${id}.txt`;
	const pathIssue = storedTextPathIssue(path);
	if (pathIssue) {
		problems.push(
			at(
				['text'],
				`The stored text "${path}" is not a file directly in ${STORED_TEXT_FOLDER}/: ${pathIssue}. Only files in ${STORED_TEXT_FOLDER}/ are read as stored texts.`,
				`Save the article's text, as retrieved, in a file directly in ${STORED_TEXT_FOLDER}/ and give its path from the project root, for example "${example}".`,
			),
		);
		return undefined;
	}
	const read = files.readText(path);
	if (read.status !== 'read') return void problems.push(readProblem(read, path, example, at));
	const text = decodeText(read.bytes, path, at, problems);
	if (text === undefined) return undefined;
	const sha256 = sha256Hex(read.bytes);
	const hashProblem = pinProblem(fields, sha256, at);
	if (hashProblem) problems.push(hashProblem);
	return { data: { ...fields, sha256 }, text: indexText(text, fields, at, problems) };
}

function readProblem(read: Exclude<StoredTextRead, { status: 'read' }>, path: string, example: string, at: At): Problem {
	const regular = `Replace it with a regular file directly in ${STORED_TEXT_FOLDER}/ that holds the article's text as retrieved.`;
	switch (read.status) {
		case 'missing':
			return at(['text'], `The stored text "${path}" does not exist.`, 'Put the article text in seeds/ and give its path from the project root.');
		case 'link':
			return at(
				['text'],
				`The stored text "${path}" is a symbolic link (to ${JSON.stringify(read.target)}); links are never followed, so it was not read.`,
				regular,
			);
		case 'folder-link':
			return at(
				['text'],
				`The folder ${STORED_TEXT_FOLDER}/ is a symbolic link; stored texts are read only from a real ${STORED_TEXT_FOLDER}/ folder of the project, so "${path}" was not read.`,
				`Replace the link with a folder named ${STORED_TEXT_FOLDER} holding the stored texts themselves.`,
			);
		case 'not-a-file':
			return at(['text'], `The stored text "${path}" is a ${read.what}, not a regular file.`, `${regular} For example "${example}".`);
		case 'too-large':
			return at(
				['text'],
				`The stored text "${path}" is ${read.size.toLocaleString('en')} bytes, over the limit of ${MAX_STORED_TEXT_BYTES.toLocaleString('en')} bytes (2 MiB) for a stored text; it was not read.`,
				"Store only the article's text, without markup, images or other pages: an article's text is far smaller (docs/content-model.md).",
			);
	}
}

/** The bytes as text, or undefined (reported) when they are not UTF-8 text. */
function decodeText(bytes: Uint8Array, path: string, at: At, problems: Problem[]): string | undefined {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const offset = firstInvalidByte(bytes);
		problems.push(
			at(
				['text'],
				`The stored text "${path}" is not UTF-8 text: byte ${offset} (line ${lineOfByte(bytes, offset)}) does not belong to a valid UTF-8 character.`,
				'Save the text in the UTF-8 encoding, keeping its words as retrieved (for example `iconv -f windows-1252 -t utf-8`, if that was its encoding), and record the new file\'s sha256.',
			),
		);
		return undefined;
	}
	const nul = bytes.indexOf(0);
	if (nul >= 0) {
		problems.push(
			at(
				['text'],
				`The stored text "${path}" holds a NUL character at byte ${nul} (line ${lineOfByte(bytes, nul)}): it is binary data, not text.`,
				"Store the article's text as plain text.",
			),
		);
		return undefined;
	}
	return text;
}

/** The offset of the first byte a UTF-8 decoder refuses: the shortest prefix that fails, found by halving. */
function firstInvalidByte(bytes: Uint8Array): number {
	// A streaming decode keeps an unfinished character for later instead of failing, so only a truly invalid byte fails a prefix.
	const fails = (length: number) => {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
			return false;
		} catch {
			return true;
		}
	};
	let low = 1;
	let high = bytes.length;
	if (!fails(high)) {
		// The text ends inside a character: point at its first byte (continuation bytes are 10xxxxxx).
		let start = bytes.length - 1;
		while (start > 0 && bytes.length - start < 4 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
		return start;
	}
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (fails(mid)) high = mid;
		else low = mid + 1;
	}
	// The decoder fails at the byte where a character goes wrong; when that is a character left unfinished, point at its first byte.
	const failed = low - 1;
	for (let lead = failed - 1; lead >= 0 && failed - lead < 4; lead--) {
		const byte = bytes[lead] as number;
		if ((byte & 0xc0) === 0x80) continue;
		const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
		return length > failed - lead ? lead : failed;
	}
	return failed;
}

/** 1-based line of a byte offset: lines end at LF bytes. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** The recorded hash is missing, malformed, or not the hash of the bytes read. */
function pinProblem(fields: SourceFields, sha256: string, at: At): Problem | undefined {
	const recorded = fields.sha256;
	if (recorded === undefined) {
		const problem = at(
			['text'],
			`The source does not record the SHA-256 of its stored text "${fields.text}"; its bytes now hash to ${sha256}.`,
			`Check every quote of this source against ${fields.text}, then add \`sha256: ${sha256}\` below \`text:\` (sha256sum ${fields.text} prints the same hash).`,
		);
		return { ...problem, field: 'sha256' };
	}
	if (!SHA256_PATTERN.test(recorded)) {
		return at(
			['sha256'],
			`\`sha256\` is "${recorded}", not 64 lowercase hexadecimal digits; the bytes of ${fields.text} hash to ${sha256}.`,
			`Write the hash as sha256sum prints it; if ${fields.text} is the text the quotes were checked against, that is ${sha256}.`,
		);
	}
	if (recorded === sha256) return undefined;
	return at(
		['sha256'],
		`The stored text ${fields.text} has changed since its hash was recorded: \`sha256\` is ${recorded}, but the file's bytes hash to ${sha256}.`,
		`If the change is deliberate, re-check every quote of this source and update sha256 to ${sha256}; otherwise restore ${fields.text} as it was retrieved (for example \`git checkout -- ${fields.text}\`).`,
	);
}

/** Indexes the text within its declared article span; undefined (reported) when the span cannot be placed. */
function indexText(text: string, fields: SourceFields, at: At, problems: Problem[]): SourceText | undefined {
	try {
		return new SourceText(text, fields.article);
	} catch (error) {
		if (!(error instanceof ArticleSpanError)) throw error;
		problems.push(spanProblem(error, fields.text, at));
		return undefined;
	}
}

function spanProblem(error: ArticleSpanError, path: string, at: At): Problem {
	const words = error.which === 'start' ? 'first' : 'last';
	const field: Path = ['article', error.which];
	switch (error.reason) {
		case 'missing':
			return at(
				field,
				`The article's ${error.which} words "${error.marker}" are not in the stored text ${path}.`,
				`Copy the ${words} words of the article exactly as they stand in ${path}.`,
			);
		case 'repeated':
			return at(
				field,
				`The article's ${error.which} words "${error.marker}" occur ${error.count} times in the stored text ${path}; they must mark one place.`,
				`Give more of the article's ${words} words, exactly as they stand in ${path}, until they occur only once.`,
			);
		case 'before-start':
			return at(
				field,
				`The article's end words "${error.marker}" come before its start words in the stored text ${path}.`,
				`Give the article's first words as \`start\` and its last words as \`end\`.`,
			);
	}
}

/**
 * Each stored text belongs to one source: a second source over the same file
 * would make the same words citable under two titles, dates and spans (and,
 * without a span, the page around the article citable).
 */
export function sharedTextProblems(sources: readonly LoadedSource[]): Problem[] {
	const problems: Problem[] = [];
	const owners = new Map<string, LoadedSource>();
	for (const source of sources) {
		const owner = owners.get(source.data.text);
		if (!owner) {
			owners.set(source.data.text, source);
			continue;
		}
		const position = source.locate(['text']);
		problems.push({
			file: source.file,
			line: position?.line,
			column: position?.column,
			field: 'text',
			message: `The stored text "${source.data.text}" is already the text of source "${owner.id}" (${owner.file}); each stored text belongs to one source.`,
			fix: `If both files describe the same article, keep one of them; otherwise save this source's own copy of its article as a file of its own, for example "${STORED_TEXT_FOLDER}/${source.id}.txt".`,
		});
	}
	return problems;
}
