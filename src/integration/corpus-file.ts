import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { QuotedPassages } from '../lib/links/quoted-passages.ts';
import type { SiteInput } from '../lib/site/model.ts';
import type { SourcePassage } from '../lib/site/source-passages.ts';

/** What pages, exports, search and preview cards are made from: the verified corpus, its bodies rendered. */
export interface PublishedCorpus {
	readonly site: SiteInput;
	readonly passages: QuotedPassages;
}

/**
 * Each source's quoted passages with their context, by source id: what its
 * page shows (src/lib/site/source-passages.ts). A file of its own, written
 * after the corpus: only the pages read it (at 10,000 sheets it is about half
 * of what verification writes), so the publishing thread can start on the
 * corpus without waiting for it or reading it.
 */
export type PublishedSourcePassages = Readonly<Record<string, readonly SourcePassage[]>>;

/** Where a file verification wrote is and the SHA-256 of its bytes. */
export interface CorpusFileRef {
	readonly file: string;
	readonly sha256: string;
}

/** Both files one verification writes, as the pages find them (the corpus virtual module). */
export interface PublishedFiles {
	readonly corpus: CorpusFileRef;
	readonly sourcePassages: CorpusFileRef;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * What this thread's last verification wrote to each file, as the very
 * objects it wrote: the pages render in the thread that verified (Astro
 * prerenders in its own process), so they take these rather than read and
 * deserialise the file again (seconds at 10,000 sheets). Held on globalThis
 * because the pages run a bundled copy of this module, with module state of
 * its own; other threads (the publishing thread) have a globalThis of their
 * own and read the files.
 */
const HELD = Symbol.for('fact-sheets:verified-content');
function held(): Map<string, { readonly sha256: string; readonly value: unknown }> {
	const holder = globalThis as { [HELD]?: Map<string, { readonly sha256: string; readonly value: unknown }> };
	holder[HELD] ??= new Map();
	return holder[HELD];
}

/**
 * Writes what verification publishes (node:v8's format keeps its Maps) over
 * any earlier file. The integration does it after every verification, before
 * any page renders, so no file from an earlier build or dev session is ever read.
 */
function writeVerified(file: string, value: unknown): CorpusFileRef {
	const bytes = serialize(value);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, bytes);
	const ref = { file, sha256: sha256(bytes) };
	held().set(file, { sha256: ref.sha256, value });
	return ref;
}

/**
 * What verification wrote: in the thread that wrote it, the objects it
 * wrote, if `ref` names the last file written there; otherwise the file,
 * refused if its bytes are not those verification wrote.
 */
function readVerified(ref: CorpusFileRef): unknown {
	const written = held().get(ref.file);
	if (written?.sha256 === ref.sha256) return written.value;
	const bytes = readFileSync(ref.file);
	const found = sha256(bytes);
	if (found !== ref.sha256) {
		throw new Error(
			`The verified content (${ref.file}) changed after it was verified: its SHA-256 is ${found}, verification wrote ${ref.sha256}. Nothing is published from it; build again.`,
		);
	}
	return deserialize(bytes);
}

/** Removes a file verification wrote, and what this thread holds of it: a build with problems leaves nothing to publish. */
export function removeVerifiedFile(file: string): void {
	held().delete(file);
	rmSync(file, { force: true });
}

export const writeCorpusFile = (file: string, corpus: PublishedCorpus): CorpusFileRef => writeVerified(file, corpus);
export const readCorpusFile = (ref: CorpusFileRef): PublishedCorpus => readVerified(ref) as PublishedCorpus;
export const writeSourcePassagesFile = (file: string, passages: PublishedSourcePassages): CorpusFileRef => writeVerified(file, passages);
export const readSourcePassagesFile = (ref: CorpusFileRef): PublishedSourcePassages => readVerified(ref) as PublishedSourcePassages;
