/**
 * Whether a rebuild after one edit left anything stale: every file of
 * `dist/` that showed the old statement (pages, exports; not images, fonts
 * or Pagefind's compressed index) must show the new one instead, and no
 * other page may change. A snapshot of every page's digest is taken after
 * the cold build and compared after the rebuild.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The files a reader or a download gets as text, and the SQLite export (its strings are stored as UTF-8); gzipped exports are searched unzipped. */
const SEARCHED = /\.(html|json|csv|xml|txt|bib|sqlite)(\.gz)?$/;

/** How a statement can appear in a file: as written, and as HTML escapes it. */
function forms(statement: string): Buffer[] {
	const escaped = statement.replaceAll('&', '&amp;').replaceAll("'", '&#39;').replaceAll('"', '&quot;');
	return [...new Set([statement, escaped, JSON.stringify(statement).slice(1, -1)])].map((text) => Buffer.from(text));
}

export interface DistSnapshot {
	/** Every searched file's SHA-1, by path under dist/. */
	readonly digests: ReadonlyMap<string, string>;
	/** The searched files that hold the statement. */
	readonly showing: readonly string[];
}

export function snapshotDist(dist: string, statement: string): DistSnapshot {
	const digests = new Map<string, string>();
	const showing: string[] = [];
	const wanted = forms(statement);
	for (const path of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
		if (!SEARCHED.test(path) || path.startsWith('pagefind/') || path.startsWith('.prerender/')) continue;
		const file = join(dist, path);
		if (!statSync(file).isFile()) continue;
		const bytes = path.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file);
		digests.set(path, createHash('sha1').update(bytes).digest('hex'));
		if (wanted.some((form) => bytes.includes(form))) showing.push(path);
	}
	return { digests, showing: showing.sort() };
}

export interface EditCheck {
	/** Files that showed the old statement: each must now show the new one. */
	readonly showedIt: readonly string[];
	/** Of those, the ones that still show the old statement or do not show the new one. */
	readonly stale: readonly string[];
	/** Pages (HTML) that changed although they did not show the statement. */
	readonly otherPagesChanged: readonly string[];
	/** Files that came or went. */
	readonly addedOrRemoved: readonly string[];
}

export function checkEdit(before: DistSnapshot, dist: string, oldStatement: string, newStatement: string): EditCheck {
	const after = snapshotDist(dist, newStatement);
	const stillOld = new Set(snapshotDist(dist, oldStatement).showing);
	const nowNew = new Set(after.showing);
	const stale = before.showing.filter((path) => stillOld.has(path) || !nowNew.has(path));
	const showedIt = new Set(before.showing);
	const otherPagesChanged = [...after.digests].filter(([path, digest]) => path.endsWith('.html') && !showedIt.has(path) && before.digests.has(path) && before.digests.get(path) !== digest).map(([path]) => path);
	const addedOrRemoved = [...new Set([...before.digests.keys(), ...after.digests.keys()])].filter((path) => before.digests.has(path) !== after.digests.has(path));
	return { showedIt: before.showing, stale, otherPagesChanged: otherPagesChanged.sort(), addedOrRemoved: addedOrRemoved.sort() };
}
