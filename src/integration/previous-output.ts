import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Astro empties `dist/` before it bundles, one file at a time on its one
 * thread: after a build of 10,000 sheets that is about 40,000 files and
 * several seconds of every rebuild. Renamed into `trashRoot` (a folder in
 * the cache) it is gone at once, and is deleted on libuv's threads while the
 * build runs; Astro then finds no `dist/` to empty. The returned promise
 * settles once it is deleted, and never rejects: a folder left over is only
 * disk space, removed by the next build.
 *
 * Left to Astro when `dist/` holds a `.git` (a site deployed from a worktree
 * there, which Astro keeps), or when the cache is on another file system.
 */
export async function setAsidePreviousOutput(outDir: string, trashRoot: string): Promise<void> {
	mkdirSync(trashRoot, { recursive: true });
	// What an interrupted build left.
	const leftovers = readdirSync(trashRoot).map((entry) => join(trashRoot, entry));
	let moved: string | undefined;
	if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) {
		const target = join(trashRoot, `dist-${process.pid}-${Date.now()}`);
		try {
			renameSync(outDir, target);
			moved = target;
		} catch {
			// Another file system, or a folder in use: Astro empties it as it always does.
		}
	}
	// Everything above runs before the caller's next line (an async function runs up to its first await): the rename is done on return.
	await Promise.all([...leftovers, ...(moved ? [moved] : [])].map((folder) => rm(folder, { recursive: true, force: true }).catch(() => undefined)));
}
