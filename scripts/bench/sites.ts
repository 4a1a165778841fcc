/**
 * The two sites the benchmark builds from one corpus: ours (the project's
 * real configuration, pages and verifier, as the fixture sites of
 * tests/helpers/fixture-site.ts build it) and a bare Astro + MDX baseline
 * that renders the same sheet files with none of our features.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Both sites live under the project (in the git-ignored .bench/) so that their modules resolve its node_modules. */
export const BENCH_ROOT = join(PROJECT_ROOT, '.bench');

function write(root: string, path: string, text: string) {
	const full = join(root, path);
	mkdirSync(dirname(full), { recursive: true });
	writeFileSync(full, text);
}

/** The project code a run builds with: a copy taken when the run starts. */
export interface Snapshot {
	readonly src: string;
	readonly publicDir: string;
	/** The commit it was taken at, and the files under src/ and public/ that differed from it. */
	readonly commit: string;
	readonly uncommitted: readonly string[];
}

/**
 * Copies the project's src/ and public/ into `target`, so that every build of
 * one run uses the same code even while the project is being edited. The
 * copy stays inside the project, so its imports resolve the project's
 * node_modules as the originals do.
 */
export function snapshotProject(target: string): Snapshot {
	const src = join(target, 'src');
	const publicDir = join(target, 'public');
	rmSync(target, { recursive: true, force: true });
	cpSync(join(PROJECT_ROOT, 'src'), src, { recursive: true });
	if (existsSync(join(PROJECT_ROOT, 'public'))) cpSync(join(PROJECT_ROOT, 'public'), publicDir, { recursive: true });
	else mkdirSync(publicDir, { recursive: true });
	const git = (...args: string[]) => {
		try {
			return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
		} catch {
			return '';
		}
	};
	const uncommitted = git('status', '--porcelain', '--', 'src', 'public')
		.split('\n')
		.filter(Boolean)
		.map((line) => line.slice(3));
	return { src, publicDir, commit: git('rev-parse', '--short', 'HEAD'), uncommitted };
}

/**
 * Writes ours' astro.config.mjs into a corpus folder: the project's own
 * `factSheetsConfig` (from the snapshot) with a site title, its src/ and public/, plus
 * `extra` (source text of more config properties, e.g. `experimental: {...}`).
 */
/**
 * Our site's astro.config.mjs: the project's real factSheetsConfig. With
 * `gzipExports` (the default of a run) the data exports are published
 * gzipped, as docs/scaling.md advises a site of thousands of sheets.
 */
export function writeOurConfig(root: string, snapshot: Snapshot, { gzipExports = true, extra = '' }: { gzipExports?: boolean; extra?: string } = {}) {
	write(
		root,
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';
import { factSheetsConfig } from ${JSON.stringify(join(snapshot.src, 'integration/config.ts'))};
export default defineConfig(factSheetsConfig({ title: 'Fact-sheet benchmark', exports: { gzip: ${gzipExports} } }, { srcDir: ${JSON.stringify(snapshot.src)}, publicDir: ${JSON.stringify(snapshot.publicDir)}${extra ? `, ${extra}` : ''} }));
`,
	);
}

/** A bare Astro 7 + @astrojs/mdx site over a copy of the same sheet files (`.md` or `.mdx`): a glob collection, one page per entry. */
export function writeBaseline(root: string, sheetsFolder: string) {
	rmSync(root, { recursive: true, force: true });
	cpSync(sheetsFolder, join(root, 'content/sheets'), { recursive: true });
	write(
		root,
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({ integrations: [mdx()] });
`,
	);
	write(
		root,
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
	sheets: defineCollection({ loader: glob({ base: './content/sheets', pattern: '**/*.{md,mdx}' }) }),
};
`,
	);
	write(
		root,
		'src/pages/[...id].astro',
		`---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const sheets = await getCollection('sheets');
	return sheets.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en">
	<head><meta charset="utf-8" /><title>{entry.data.name}</title></head>
	<body><main><h1>{entry.data.name}</h1><Content /></main></body>
</html>
`,
	);
}

/**
 * The same sheet files as a Starlight docs site (`@astrojs/starlight`, the
 * docs framework a newsroom might pick instead of ours), with its own search
 * (Pagefind, on by default): its docs loader and schema over a copy of the
 * sheets, each given the `title` Starlight requires (the sheet's `name`).
 * The sidebar holds one link: Starlight's default lists every page on every
 * page, which at 10,000 sheets would make it quadratic, a set-up no site of
 * that size would keep (ours lists sheets on pages by letter instead).
 */
export function writeStarlight(root: string, sheetsFolder: string) {
	rmSync(root, { recursive: true, force: true });
	const docs = join(root, 'src/content/docs');
	for (const path of readdirSync(sheetsFolder, { recursive: true, encoding: 'utf8' })) {
		if (!/\.mdx?$/.test(path)) continue;
		const text = readFileSync(join(sheetsFolder, path), 'utf8');
		write(docs, path, text.replace(/^name: (.*)$/m, 'title: $1\nname: $1'));
	}
	write(docs, 'index.md', '---\ntitle: Fact-sheet benchmark\n---\n\nThe same sheets as the benchmark builds with the project.\n');
	write(
		root,
		'astro.config.mjs',
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ integrations: [starlight({ title: 'Fact-sheet benchmark', sidebar: [{ label: 'Home', link: '/' }] })] });
`,
	);
	write(
		root,
		'src/content.config.ts',
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
}

/** Starlight's sheet pages: every page but its home page and 404. */
export const isStarlightSheetPage = (path: string) => /^(people|organisations)\/[^/]+\/index\.html$/.test(path);

/**
 * Where a site's preview cards are cached: `fact-sheets/og/` in Astro's
 * `cacheDir` under the site's own root (src/integration), so each benchmark
 * site has a cache of its own, which `clearBuild` empties for a cold build.
 */
export const cardCache = (root: string) => join(root, 'node_modules/.astro/fact-sheets/og');

/** Removes a site's build output and every cache, so that the next build is cold. */
export function clearBuild(root: string) {
	for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) rmSync(join(root, path), { recursive: true, force: true });
}
