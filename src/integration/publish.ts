import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PublishJob, PublishMessage, PublishResult } from './publish-job.ts';

/**
 * Starts the publishing worker (publish-worker.ts: the search index, the
 * data exports and the pages at former addresses, on a thread of their own)
 * as soon as the content is verified,
 * and moves what it wrote into `dist/` once Astro has built the pages.
 */
export class Publishing {
	readonly #worker: Worker;
	readonly #result: Promise<PublishResult>;
	readonly #staging: string;

	/** `stagingRoot` holds a folder per job: one a stopped worker may still be writing to is never reused. */
	/**
	 * `onFailure` hears of a failure as soon as it happens, so that a build of
	 * tens of thousands of pages says so at once; the build itself fails in
	 * finish(), once Astro has rendered the pages.
	 */
	constructor({ stagingRoot, onFailure, ...rest }: Omit<PublishJob, 'staging'> & { readonly stagingRoot: string; readonly onFailure?: (error: Error) => void }) {
		mkdirSync(stagingRoot, { recursive: true });
		// What failed builds left behind.
		for (const entry of readdirSync(stagingRoot)) rmSync(join(stagingRoot, entry), { recursive: true, force: true });
		this.#staging = mkdtempSync(join(stagingRoot, 'job-'));
		const job: PublishJob = { ...rest, staging: this.#staging };
		this.#worker = new Worker(new URL('./publish-worker.ts', import.meta.url), { workerData: job });
		// Until the build awaits it (finish), it must not keep a failed build's process alive.
		this.#worker.unref();
		this.#result = new Promise<PublishResult>((resolve, reject) => {
			let settled = false;
			this.#worker.on('message', (message: PublishMessage) => {
				settled = true;
				if (message.ok) resolve(message.result);
				else reject(new Error(`The search index and data exports could not be written: ${message.message}`));
				void this.#worker.terminate();
			});
			this.#worker.on('error', (error) => {
				settled = true;
				reject(new Error(`The search index and data exports could not be written: ${error.stack ?? error.message}`));
			});
			this.#worker.on('exit', (code) => {
				if (!settled) reject(new Error(`The worker writing the search index and data exports stopped (exit code ${code}) before it was done.`));
			});
		});
		// Handled in finish(); a build that fails before then never asks.
		this.#result.catch((error: unknown) => onFailure?.(error instanceof Error ? error : new Error(String(error))));
	}

	/** Waits for the worker and moves its files into the built site `dist`. */
	async finish(dist: string): Promise<PublishResult> {
		this.#worker.ref();
		const result = await this.#result;
		moveInto(this.#staging, dist);
		rmSync(this.#staging, { recursive: true, force: true });
		return result;
	}

	/** Stops the worker: the build ended without pages to publish. */
	async stop(): Promise<void> {
		await this.#worker.terminate();
	}
}

/**
 * Moves everything under `from` to the same place under `to`, replacing the
 * files that are there. A folder `to` lacks is moved whole, in one rename:
 * the pages at former addresses are a folder each (10,000 at 10,000 sheets)
 * that the built site does not have.
 */
function moveInto(from: string, to: string): void {
	for (const entry of readdirSync(from, { withFileTypes: true })) {
		const source = join(from, entry.name);
		const target = join(to, entry.name);
		if (entry.isDirectory() && existsSync(target)) {
			moveInto(source, target);
			continue;
		}
		mkdirSync(dirname(target), { recursive: true });
		if (existsSync(target)) rmSync(target, { recursive: true, force: true });
		try {
			renameSync(source, target);
		} catch (error) {
			// Another file system (a cacheDir mounted elsewhere): copy instead.
			if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
			cpSync(source, target, { recursive: true });
		}
	}
}
