import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { QuotedPassages } from '../lib/links/quoted-passages.ts';
import type { SiteInput } from '../lib/site/model.ts';
import type { SourcePassage } from '../lib/site/source-passages.ts';

/** Everything pages, exports, search and preview cards are made from: the verified corpus, its bodies rendered. */
export interface PublishedCorpus {
	readonly site: SiteInput;
	readonly passages: QuotedPassages;
	/** Each source's quoted passages with their context, by source id: what its page shows (src/lib/site/source-passages.ts). */
	readonly sourcePassages: Readonly<Record<string, readonly SourcePassage[]>>;
}

/** Where the published corpus is and the SHA-256 of its bytes, as written after verification. */
export interface CorpusFileRef {
	readonly file: string;
	readonly sha256: string;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Writes the published corpus (node:v8's format keeps its Maps) over any
 * earlier one. The integration does it after every verification, before any
 * page renders, so no file from an earlier build or dev session is ever read.
 */
export function writeCorpusFile(file: string, corpus: PublishedCorpus): CorpusFileRef {
	const bytes = serialize(corpus);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, bytes);
	return { file, sha256: sha256(bytes) };
}

/** Reads the published corpus; a file whose bytes are not those verification wrote is refused. */
export function readCorpusFile(ref: CorpusFileRef): PublishedCorpus {
	const bytes = readFileSync(ref.file);
	const found = sha256(bytes);
	if (found !== ref.sha256) {
		throw new Error(
			`The verified content (${ref.file}) changed after it was verified: its SHA-256 is ${found}, verification wrote ${ref.sha256}. Nothing is published from it; build again.`,
		);
	}
	return deserialize(bytes) as PublishedCorpus;
}
