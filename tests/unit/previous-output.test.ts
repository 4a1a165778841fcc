/** Setting the previous build's dist/ aside to be deleted while the next build runs (src/integration/previous-output.ts). */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from '../../src/integration/previous-output.ts';

describe('the previous output', () => {
	const roots: string[] = [];
	afterEach(() => {
		for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
	});
	const project = () => {
		const root = mkdtempSync(join(tmpdir(), 'previous-output-'));
		roots.push(root);
		const dist = join(root, 'dist');
		mkdirSync(join(dist, 'people/jane-doe'), { recursive: true });
		writeFileSync(join(dist, 'people/jane-doe/index.html'), '<!DOCTYPE html>');
		writeFileSync(join(dist, 'index.html'), '<!DOCTYPE html>');
		return { dist, trash: join(root, 'cache/fact-sheets/previous-output') };
	};

	it('is moved out of the way at once, then deleted, with what an interrupted build left', async () => {
		const { dist, trash } = project();
		mkdirSync(join(trash, 'dist-1-2/people'), { recursive: true });
		const deleted = setAsidePreviousOutput(dist, trash);
		// Gone before anything is awaited: Astro, which runs next, finds no dist/ to empty.
		expect(existsSync(dist)).toBe(false);
		await deleted;
		expect(readdirSync(trash)).toEqual([]);
	});

	it('is left to Astro when it holds a .git, when it is a symbolic link, and when the site says not to empty it', async () => {
		const { dist, trash } = project();
		mkdirSync(join(dist, '.git'));
		await setAsidePreviousOutput(dist, trash);
		expect(readdirSync(dist).sort()).toEqual(['.git', 'index.html', 'people']);
		rmSync(join(dist, '.git'), { recursive: true });
		await setAsidePreviousOutput(dist, trash, { keep: true });
		expect(readdirSync(dist).sort()).toEqual(['index.html', 'people']);
		const linked = join(dist, '..', 'served');
		renameSync(dist, linked);
		symlinkSync(linked, dist);
		await setAsidePreviousOutput(dist, trash);
		expect([lstatSync(dist).isSymbolicLink(), readdirSync(linked).sort()]).toEqual([true, ['index.html', 'people']]);
		expect(readdirSync(trash)).toEqual([]);
	});

	it('never fails the build: a cache it cannot write leaves dist/ to Astro', async () => {
		const { dist } = project();
		// The trash folder's place is taken by a file.
		const blocked = join(dist, '..', 'blocked');
		writeFileSync(blocked, '');
		await expect(setAsidePreviousOutput(dist, join(blocked, 'previous-output'))).resolves.toBeUndefined();
		expect(existsSync(join(dist, 'index.html'))).toBe(true);
	});

	it('does nothing when there is no previous output', async () => {
		const { dist, trash } = project();
		rmSync(dist, { recursive: true });
		await setAsidePreviousOutput(dist, trash);
		expect([existsSync(dist), readdirSync(trash)]).toEqual([false, []]);
	});
});
