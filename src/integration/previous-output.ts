import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Deletes the folders on a thread of its own, with the synchronous calls.
 * Not with fs.promises.rm: its tens of thousands of calls queue on libuv's
 * four threads, which Vite reads every module through, and a 10,000-sheet
 * rebuild's bundling took 7.8 s instead of about 1 s behind them. The code
 * takes its modules from process.getBuiltinModule, so it runs whichever
 * module type the process gives eval'd code.
 */
const DELETE_FOLDERS = `
const { rmSync } = process.getBuiltinModule('node:fs');
const { workerData } = process.getBuiltinModule('node:worker_threads');
for (const folder of workerData) {
	try { rmSync(folder, { recursive: true, force: true }); } catch {}
}`;

/** Resolves once the folders are deleted, or given up on; never rejects. A thread that cannot run leaves them to fs.promises.rm. */
function deleteFolders(folders: readonly string[]): Promise<void> {
	if (folders.length === 0) return Promise.resolve();
	const onLibuv = () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }).catch(() => undefined))).then(() => undefined);
	let worker: Worker;
	try {
		worker = new Worker(DELETE_FOLDERS, { eval: true, workerData: folders });
	} catch {
		return onLibuv();
	}
	return new Promise((resolve) => {
		// An error is followed by 'exit' with a code other than 0, handled there.
		worker.on('error', () => undefined);
		worker.once('exit', (code) => (code === 0 ? resolve() : void onLibuv().then(resolve)));
	});
}

/**
 * Astro empties `dist/` before it bundles, one file at a time on its one
 * thread: after a build of 10,000 sheets that is about 40,000 files and
 * several seconds of every rebuild. Renamed into `trashRoot` (a folder in
 * the cache) it is gone at once, and is deleted on a thread of its own while the
 * build runs; Astro then finds no `dist/` to empty. The returned promise
 * settles once it is deleted, and never rejects: a folder left over is only
 * disk space, removed by the next build.
 *
 * `dist/` is left to Astro, as it always was, when it is a symbolic link (a
 * folder served from elsewhere, which must stay where it is), when it holds
 * a `.git` (a site deployed from a worktree there, which Astro means to
 * keep), when the site's configuration says not to empty it
 * (`vite.build.emptyOutDir: false`, given as `keep`), and when the cache is
 * on another file system.
 */
export async function setAsidePreviousOutput(outDir: string, trashRoot: string, { keep = false }: { readonly keep?: boolean } = {}): Promise<void> {
	// Everything before the first await runs before the caller's next line: the rename is done on return.
	let folders: string[] = [];
	try {
		mkdirSync(trashRoot, { recursive: true });
		// What an interrupted build left.
		folders = readdirSync(trashRoot).map((entry) => join(trashRoot, entry));
		if (!keep && existsSync(outDir) && !lstatSync(outDir).isSymbolicLink() && !existsSync(join(outDir, '.git'))) {
			const target = join(trashRoot, `dist-${process.pid}-${Date.now()}`);
			renameSync(outDir, target);
			folders.push(target);
		}
	} catch {
		// Another file system, a folder in use, a cache that cannot be written: Astro empties dist/ as it always does.
	}
	await deleteFolders(folders);
}
