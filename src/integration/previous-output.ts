import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
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
	await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }).catch(() => undefined)));
}
