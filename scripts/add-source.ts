/**
 * `npm run add-source -- <text-file> [--id ID] [--url URL]`: stores an
 * article's text as `seeds/<id>.txt` (line endings made `\n`, nothing else
 * changed) and writes `content/sources/<id>.yaml` with its SHA-256, its
 * placeholders and what the text seems to say as comments to confirm
 * (src/lib/curate/source-draft.ts). Run from the project root.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { commandArguments, CommandError, runCommand } from '../src/lib/curate/cli.ts';
import { slugFrom } from '../src/lib/curate/slug.ts';
import { sourceDraft } from '../src/lib/curate/source-draft.ts';
import { MAX_STORED_TEXT_BYTES, STORED_TEXT_FOLDER } from '../src/lib/content/stored-text-file.ts';
import { parseLocatedYaml } from '../src/lib/content/yaml-document.ts';
import { httpUrlSchema } from '../src/schemas/source.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from '../src/schemas/ids.ts';
import { findPlaceholders } from '../src/lib/verify/placeholders.ts';

const USAGE = 'npm run add-source -- <text-file> [--id ID] [--url URL]';
const root = process.cwd();

runCommand('add-source', () => {
	const { values, positionals } = commandArguments(process.argv.slice(2), { id: { type: 'string' }, url: { type: 'string' } }, USAGE);
	if (positionals.length !== 1) {
		throw new CommandError(`Expected one text file, got ${positionals.length}.`, `Call it as: ${USAGE}`);
	}
	const file = positionals[0] as string;
	const text = readText(file);
	const id = values.id ?? idFromFileName(file);
	checkId(id, values.id === undefined ? file : undefined);
	const url = values.url === undefined ? undefined : checkUrl(values.url);

	const textPath = `${STORED_TEXT_FOLDER}/${id}.txt`;
	const sourcePath = `content/sources/${id}.yaml`;
	for (const taken of [sourcePath, textPath]) {
		if (existsSync(join(root, taken))) {
			throw new CommandError(`${taken} already exists: the id "${id}" is taken.`, 'Give another id with --id, or edit the existing source.');
		}
	}
	const bytes = new TextEncoder().encode(text);
	const sha256 = createHash('sha256').update(bytes).digest('hex');
	const twin = storedTwin(sha256);
	if (twin) {
		throw new CommandError(
			`${STORED_TEXT_FOLDER}/${twin} already holds this text, byte for byte; each stored text belongs to one source.`,
			`Cite the source whose \`text\` is ${STORED_TEXT_FOLDER}/${twin} instead of adding it again.`,
		);
	}
	const draft = sourceDraft({ textPath, text, sha256, url });
	mkdirSync(join(root, STORED_TEXT_FOLDER), { recursive: true });
	mkdirSync(join(root, 'content/sources'), { recursive: true });
	writeFileSync(join(root, textPath), bytes);
	writeFileSync(join(root, sourcePath), draft);

	const located = parseLocatedYaml(draft);
	const todo = findPlaceholders(located.data).map(({ path }) => `  ${sourcePath}:${located.locate(path)?.line ?? 1} ${path.join('.')}`);
	process.stdout.write(
		[
			`Stored the text as ${textPath} (sha256 ${sha256}).`,
			`Wrote ${sourcePath}. Fill in its placeholders (the comments above them suggest values to check against the text):`,
			...todo,
			'',
			'Then:',
			'  npm run check — lists what is still to fill in',
			`  npm run coverage -- ${id} — the names in the article that have no sheet yet`,
			`  npm run add-sheet -- "<Name>" --kind <kind> --source ${id} — a sheet to fill in`,
			`  npm run find-quote -- ${id} "<words>" — a citation to paste`,
			'',
		].join('\n'),
	);
});

/** The file's text with `\r\n` and `\r` made `\n`; refused when it is not a UTF-8 text a source may store. */
function readText(file: string): string {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
		throw new CommandError(`Cannot read "${file}": ${why}.`, 'Give the path of the article saved as a text file, from the folder you run the command in.');
	}
	if (bytes.length > MAX_STORED_TEXT_BYTES) {
		throw new CommandError(
			`"${file}" is ${bytes.length.toLocaleString('en')} bytes, over the ${MAX_STORED_TEXT_BYTES.toLocaleString('en')} (2 MiB) a stored text may have.`,
			"Save only the article's text, without markup, images or other pages.",
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		throw new CommandError(`"${file}" is not UTF-8 text.`, 'Save it in the UTF-8 encoding (for example `iconv -f windows-1252 -t utf-8`), keeping its words as retrieved.');
	}
	if (text.includes('\u0000')) throw new CommandError(`"${file}" holds NUL characters: it is binary data, not text.`, "Save the article's text as plain text.");
	return text.replace(/\r\n?/g, '\n');
}

function idFromFileName(file: string): string {
	return slugFrom(basename(file, extname(file)));
}

function checkId(id: string, derivedFrom: string | undefined): void {
	if (ID_PATTERN.test(id) && id.length <= MAX_ID_LENGTH) return;
	const what = derivedFrom === undefined ? `The id "${id}"` : `No id can be made from the file name "${basename(derivedFrom)}"; the id "${id}"`;
	throw new CommandError(
		`${what} is not lowercase letters, digits and single hyphens (at most ${MAX_ID_LENGTH} characters).`,
		'Give an id with --id, for example --id harbour-report-2026-03: the publisher\'s subject and the month are a good id.',
	);
}

function checkUrl(url: string): string {
	const parsed = httpUrlSchema.safeParse(url);
	if (parsed.success) return parsed.data;
	throw new CommandError(`The address "${url}" is not an absolute http:// or https:// address.`, 'Give the address the text was taken from, or leave --url out when it is not known.');
}

/** The seed already holding exactly these bytes, if any. */
function storedTwin(sha256: string): string | undefined {
	const folder = join(root, STORED_TEXT_FOLDER);
	if (!existsSync(folder)) return undefined;
	for (const name of readdirSync(folder).sort()) {
		try {
			if (createHash('sha256').update(readFileSync(join(folder, name))).digest('hex') === sha256) return name;
		} catch {
			// A folder or unreadable entry is the verifier's to report.
		}
	}
	return undefined;
}
