/**
 * `npm run new-site -- --title "…" [--description "…"] [--language xx] [--yes]`:
 * turns a fork into an empty site for a new story. Empties content/sheets/,
 * content/sources/, content/metrics.yaml (to no metrics) and seeds/, deletes
 * content/about.md (the old site's About page text), keeps the
 * vocabulary (content/kinds.yaml, content/relation-types.yaml), and writes
 * the options into astro.config.mjs's options block. Asks first unless
 * `--yes`. Afterwards `npm run build` builds an empty site.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseSiteOptions } from '../src/integration/options.ts';
import { CONTENT_LAYOUT } from '../src/lib/content/project-files.ts';
import type { SiteOptionsInput } from '../src/schemas/options.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CONFIG_FILE = join(ROOT, 'astro.config.mjs');
/** The lines around the options block in astro.config.mjs: everything between them is rewritten. */
const OPTIONS_START = '// --- site options:';
const OPTIONS_END = '// --- end of site options ---';
/** Folders emptied: a new story starts with no sheets, sources or stored texts. */
const EMPTIED = [CONTENT_LAYOUT.sheets, CONTENT_LAYOUT.sources, 'seeds'] as const;
const EMPTY_METRICS = `# Metrics: what figures count. Every figure names one of these, so that all
# reported values of one measure land on the same page, whoever reported them.
# Add a metric here before citing a figure of it (docs/content-model.md).
{}
`;

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

/** The options the command line gives, checked as the build will check them. */
function optionsFromArguments(): { options: SiteOptionsInput; yes: boolean } {
	let parsed;
	try {
		parsed = parseArgs({
			options: { title: { type: 'string' }, description: { type: 'string' }, language: { type: 'string' }, yes: { type: 'boolean', default: false } },
			strict: true,
		});
	} catch (error) {
		fail(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run new-site -- --title "…" [--description "…"] [--language xx] [--yes]`);
	}
	const { title, description, language, yes } = parsed.values;
	if (title === undefined) fail('Give the new site\'s title: npm run new-site -- --title "Harbour Inquiry 2027".');
	const options: SiteOptionsInput = { title, ...(description !== undefined && { description }), language: language ?? 'en' };
	try {
		parseSiteOptions(options);
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
	return { options, yes: yes === true };
}

/** astro.config.mjs with its options block replaced by `options`. */
function withOptions(config: string, options: SiteOptionsInput): string {
	const start = config.indexOf(OPTIONS_START);
	const end = config.indexOf(OPTIONS_END);
	if (start < 0 || end < start) {
		fail(`astro.config.mjs has no options block (between "${OPTIONS_START} …" and "${OPTIONS_END}"): restore it from the project's own astro.config.mjs.`);
	}
	const startLineEnd = config.indexOf('\n', start) + 1;
	const block = `/** @type {import('./src/schemas/options.ts').SiteOptionsInput} */\nconst options = ${JSON.stringify(options, null, '\t')};\n`;
	return config.slice(0, startLineEnd) + block + config.slice(end);
}

/** Files under a folder (recursively), for the question. */
function countFiles(folder: string): number {
	if (!existsSync(folder)) return 0;
	return readdirSync(folder, { withFileTypes: true }).reduce(
		(count, entry) => count + (entry.isDirectory() ? countFiles(join(folder, entry.name)) : entry.name === '.gitkeep' ? 0 : 1),
		0,
	);
}

async function confirmed(question: string): Promise<boolean> {
	const prompt = createInterface({ input: process.stdin, output: process.stdout });
	try {
		const answer = await prompt.question(`${question} [y/N] `);
		return /^y(es)?$/i.test(answer.trim());
	} finally {
		prompt.close();
	}
}

const { options, yes } = optionsFromArguments();
const config = readFileSync(CONFIG_FILE, 'utf8');
const newConfig = withOptions(config, options);
// The About page's own words (content/about.md) describe the old story's site: a new story starts without them.
const about = existsSync(join(ROOT, CONTENT_LAYOUT.about)) ? ` and ${CONTENT_LAYOUT.about}` : '';
const summary = EMPTIED.map((folder) => `${folder}/ (${countFiles(join(ROOT, folder))} files)`).join(', ') + about;
if (!yes && !(await confirmed(`This deletes everything in ${summary}, empties ${CONTENT_LAYOUT.metrics} and rewrites the options in astro.config.mjs. Go on?`))) {
	fail('Nothing was changed.');
}
for (const folder of EMPTIED) {
	const path = join(ROOT, folder);
	rmSync(path, { recursive: true, force: true });
	mkdirSync(path, { recursive: true });
	// An empty folder is not kept by git; the verifier passes over .gitkeep.
	writeFileSync(join(path, '.gitkeep'), '');
}
rmSync(join(ROOT, CONTENT_LAYOUT.about), { force: true });
writeFileSync(join(ROOT, CONTENT_LAYOUT.metrics), EMPTY_METRICS);
writeFileSync(CONFIG_FILE, newConfig);
process.stdout.write(
	`Started "${options.title}": emptied ${EMPTIED.map((folder) => `${folder}/`).join(', ')} and ${CONTENT_LAYOUT.metrics}${about ? `; deleted ${CONTENT_LAYOUT.about}` : ''}; kept ${relative(ROOT, join(ROOT, CONTENT_LAYOUT.kinds))} and ${relative(ROOT, join(ROOT, CONTENT_LAYOUT.relationTypes))}; wrote the options into astro.config.mjs.\nNext: add a source and a sheet (README "Start your own site"), then \`npm run build\`.\n`,
);
