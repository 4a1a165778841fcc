import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
 * Writes what verification publishes (node:v8's format keeps its Maps) over
 * any earlier file. The integration does it after every verification, before
 * any page renders, so no file from an earlier build or dev session is ever read.
 */
function writeVerified(file: string, value: unknown): CorpusFileRef {
	const bytes = serialize(value);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, bytes);
	return { file, sha256: sha256(bytes) };
}

/** Reads a file verification wrote; one whose bytes are not those it wrote is refused. */
function readVerified(ref: CorpusFileRef): unknown {
	const bytes = readFileSync(ref.file);
	const found = sha256(bytes);
	if (found !== ref.sha256) {
		throw new Error(
			`The verified content (${ref.file}) changed after it was verified: its SHA-256 is ${found}, verification wrote ${ref.sha256}. Nothing is published from it; build again.`,
		);
	}
	return deserialize(bytes);
}

export const writeCorpusFile = (file: string, corpus: PublishedCorpus): CorpusFileRef => writeVerified(file, corpus);
export const readCorpusFile = (ref: CorpusFileRef): PublishedCorpus => readVerified(ref) as PublishedCorpus;
export const writeSourcePassagesFile = (file: string, passages: PublishedSourcePassages): CorpusFileRef => writeVerified(file, passages);
export const readSourcePassagesFile = (ref: CorpusFileRef): PublishedSourcePassages => readVerified(ref) as PublishedSourcePassages;
