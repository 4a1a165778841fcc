import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type EditTarget } from '../../scripts/bench/corpus.ts';
import { buildFixture, prepareFixture, type BuildResult, type FixtureSite } from '../helpers/fixture-site.ts';

/**
 * Astro's incremental build with the project's page keys (src/lib/site/cache-keys.ts):
 * a generated site of 120 sheets is built, one fact statement and one sheet's
 * description are edited, and it is built again; every file of that rebuild
 * must be the same as a cold build of the edited content, while the pages
 * that show neither edit are copied from the previous build.
 */
const SHEETS = 120;

function generatedSite(name: string): { site: FixtureSite; edit: EditTarget } {
	const site = prepareFixture('valid', name);
	for (const folder of ['content', 'seeds']) rmSync(join(site.root, folder), { recursive: true });
	return { site, edit: writeCorpus(site.root, SHEETS).edit };
}

/** A description no page but the sheet's own, the lists and the pages that name the sheet shows. */
const DESCRIBED = 'content/sheets/people';

function applyEdits(root: string, edit: EditTarget): string {
	const file = join(root, edit.file);
	const text = readFileSync(file, 'utf8');
	writeFileSync(file, text.replace(JSON.stringify(edit.statement), JSON.stringify(`${edit.statement.slice(0, -1)}, the rebuild test says.`)));
	const people = readdirSync(join(root, DESCRIBED)).sort();
	const described = join(root, DESCRIBED, people.find((name) => !edit.file.endsWith(name))!);
	writeFileSync(described, readFileSync(described, 'utf8').replace(/^description: (.*)$/m, 'description: "A description the rebuild test changed."'));
	return described;
}

function files(dist: string): Map<string, Buffer> {
	return new Map(readdirSync(dist, { recursive: true, encoding: 'utf8' }).flatMap((path) => {
		try {
			return [[path, readFileSync(join(dist, path))] as const];
		} catch {
			return []; // a folder
		}
	}));
}

const cachedPages = (output: string) => output.split('\n').filter((line) => /\((cached|restored)\)\s*$/.test(line)).map((line) => line.replace(/^.*[├└]─\s*/, '').replace(/\s*\((cached|restored)\)\s*$/, ''));

describe('a rebuild after editing one fact', () => {
	let incremental: FixtureSite;
	let cold: FixtureSite;
	let edit: EditTarget;
	let first: BuildResult;
	let rebuild: BuildResult;
	let coldBuild: BuildResult;
	beforeAll(() => {
		({ site: incremental, edit } = generatedSite('inc-rebuild'));
		first = buildFixture(incremental);
		applyEdits(incremental.root, edit);
		rebuild = buildFixture(incremental);
		({ site: cold } = generatedSite('inc-rebuild-cold'));
		applyEdits(cold.root, edit);
		coldBuild = buildFixture(cold);
	}, 600_000);

	it('builds', () => {
		for (const result of [first, rebuild, coldBuild]) expect(result.status, result.output.slice(-3000)).toBe(0);
	});

	it('writes exactly the files a cold build of the edited content writes', () => {
		const got = files(incremental.dist);
		const expected = files(cold.dist);
		expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
		const differing = [...expected].filter(([path, bytes]) => !got.get(path)!.equals(bytes)).map(([path]) => path);
		expect(differing).toEqual([]);
	});

	it('copies the pages that show neither edit, and renders those that show one', () => {
		const cached = cachedPages(rebuild.output);
		// 120 sheet pages, their sources' pages, the timeline's pages: most show neither edit.
		expect(cached.length).toBeGreaterThan(SHEETS / 2);
		const showing = edit.pagesShowingIt.filter((page) => !page.endsWith('/')).map((page) => page.replace(/index\.html$/, ''));
		for (const page of showing) expect(cached.map((path) => path.replace(/^\//, '').replace(/index\.html$/, ''))).not.toContain(page);
		expect(cachedPages(first.output)).toEqual([]);
	});
});
