import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourcePassagesFile, removeVerifiedFile, writeSourcePassagesFile, type PublishedSourcePassages } from '../../src/integration/corpus-file.ts';

const scratch = mkdtempSync(join(tmpdir(), 'corpus-file-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const passages = (text: string): PublishedSourcePassages => ({
	daily: [{ anchor: 'passage-1', quotes: [text], text, from: 0, to: text.length, marks: [[0, text.length]], cutBefore: false, cutAfter: false, located: true }],
});

/** Reads `ref` on another thread, as the publishing thread does: it has none of this thread's objects. */
function readOnAnotherThread(ref: { file: string; sha256: string }): Promise<string> {
	const module = JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../src/integration/corpus-file.ts')).href);
	// Eval'd code's module type is Node's guess; an async function with getBuiltinModule runs as either.
	const code = `(async () => {
		const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
		const { readSourcePassagesFile } = await import(${module});
		try { parentPort.postMessage(JSON.stringify(readSourcePassagesFile(workerData))); }
		catch (error) { parentPort.postMessage('refused: ' + error.message); }
	})();`;
	const worker = new Worker(code, { eval: true, workerData: ref });
	return new Promise((resolve, reject) => {
		worker.once('message', (message: string) => {
			resolve(message);
			void worker.terminate();
		});
		worker.once('error', reject);
	});
}

describe('the hand-over of the verified content', () => {
	it('gives the thread that wrote it the very objects it wrote, without reading the file', () => {
		const file = join(scratch, 'same-thread.v8');
		const written = passages('The council counted 312 complaints.');
		const ref = writeSourcePassagesFile(file, written);
		expect(readSourcePassagesFile(ref)).toBe(written);
		// The file is not read at all here: what is on disk cannot change what this thread publishes.
		writeFileSync(file, 'FABRICATED');
		expect(readSourcePassagesFile(ref)).toBe(written);
	});

	it('gives another thread the file, and refuses it there once its bytes change', async () => {
		const file = join(scratch, 'other-thread.v8');
		const ref = writeSourcePassagesFile(file, passages('The council counted 312 complaints.'));
		expect(JSON.parse(await readOnAnotherThread(ref))).toEqual(passages('The council counted 312 complaints.'));
		writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('FABRICATED')]));
		expect(await readOnAnotherThread(ref)).toMatch(/^refused: The verified content \(.*other-thread\.v8\) changed after it was verified: its SHA-256 is [0-9a-f]{64}, verification wrote [0-9a-f]{64}\. Nothing is published from it; build again\.$/);
	});

	it('reads the file, and refuses it, for a reference to anything but the last write', () => {
		const file = join(scratch, 'rewritten.v8');
		const first = writeSourcePassagesFile(file, passages('First.'));
		const second = writeSourcePassagesFile(file, passages('Second.'));
		expect(readSourcePassagesFile(second)).toEqual(passages('Second.'));
		expect(() => readSourcePassagesFile(first)).toThrow(/changed after it was verified/);
	});

	it('holds nothing of a file once it is removed (a build with problems publishes nothing)', () => {
		const file = join(scratch, 'removed.v8');
		const ref = writeSourcePassagesFile(file, passages('Gone.'));
		removeVerifiedFile(file);
		expect(() => readSourcePassagesFile(ref)).toThrow(/ENOENT/);
	});
});
