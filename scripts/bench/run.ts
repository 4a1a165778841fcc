/**
 * `npm run bench -- --sheets N`: generates a synthetic corpus of N sheets,
 * builds it with the project's real build, with a bare Astro + MDX
 * baseline and with a Starlight docs site (a peer), edits one fact and
 * rebuilds ours and the baseline, and reports time, memory and page weight. The last line of output is one JSON object with every figure.
 *
 * Options:
 *   --sheets N       corpus size (default 100)
 *   --format md|mdx  the sheets' file format (default md, as recommended)
 *   --no-baseline    skip the baseline builds
 *   --no-rebuild     skip the edit-one-fact rebuilds
 *   --cpu-prof       write CPU profiles of our cold build and our rebuild to
 *                    .bench/sheets-N/profiles/ and .bench/sheets-N/profiles/rebuild/
 *   --no-search      skip measuring a search in Chromium
 *   --no-starlight   skip the Starlight peer's build
 *   --plain-exports  publish our data exports uncompressed (by default the run sets
 *                    `exports: { gzip: true }`, as docs/scaling.md advises at this size)
 *   --heap-mb N      raise every build's V8 heap limit to N MB (off by default: the
 *                    targets are for the default limit; a 50,000-sheet run needs it)
 *
 * Everything is written under .bench/sheets-N/ (git-ignored), replaced on
 * each run and left in place for inspection: the corpus, both sites, their
 * build logs and memory timelines. The project's src/ and public/ are copied
 * when the run starts, so that every build of a run uses the same code.
 * A benchmark, not a test: it asserts nothing about time.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { readBuildLog, type BuildLog } from './build-log.ts';
import { writeCorpus, type EditTarget } from './corpus.ts';
import { distStats, isBaselineSheetPage, isOurSheetPage, type DistStats } from './dist-stats.ts';
import { checkEdit, snapshotDist, type EditCheck } from './edit-check.ts';
import { CORES, runMeasured, type Measured } from './measure.ts';
import { measureSearch, searchUnavailable, type SearchCost } from './search-cost.ts';
import { BENCH_ROOT, cardCache, clearBuild, isStarlightSheetPage, PROJECT_ROOT, snapshotProject, writeBaseline, writeOurConfig, writeStarlight } from './sites.ts';

const { values } = parseArgs({
	options: {
		sheets: { type: 'string', default: '100' },
		format: { type: 'string', default: 'md' },
		'no-baseline': { type: 'boolean', default: false },
		'no-rebuild': { type: 'boolean', default: false },
		'cpu-prof': { type: 'boolean', default: false },
		'no-search': { type: 'boolean', default: false },
		'no-starlight': { type: 'boolean', default: false },
		'heap-mb': { type: 'string' },
		'plain-exports': { type: 'boolean', default: false },
	},
});
const sheets = Number(values.sheets);
if (!Number.isInteger(sheets) || sheets < 10) throw new Error(`--sheets must be a whole number of at least 10, not "${values.sheets}".`);

const format = values.format;
if (format !== 'md' && format !== 'mdx') throw new Error(`--format must be md or mdx, not "${format}".`);

const heapMB = values['heap-mb'] === undefined ? undefined : Number(values['heap-mb']);
if (heapMB !== undefined && (!Number.isInteger(heapMB) || heapMB < 512)) throw new Error(`--heap-mb must be a whole number of at least 512, not "${values['heap-mb']}".`);
// Given to every build and to the check alike, so that the ratios compare like with like.
const HEAP_FLAGS = heapMB === undefined ? [] : [`--max-old-space-size=${heapMB}`];

const ASTRO = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const folder = join(BENCH_ROOT, format === 'md' ? `sheets-${sheets}` : `sheets-${sheets}-${format}`);
const ours = join(folder, 'ours');
const baseline = join(folder, 'baseline');
const starlight = join(folder, 'starlight');
const MB = 1024 * 1024;

const say = (line: string) => process.stdout.write(`${line}\n`);
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;

interface Build {
	readonly measured: Measured;
	readonly log: BuildLog;
}

function mustSucceed(what: string, result: Measured, log: string): Measured {
	if (result.status !== 0) {
		process.stderr.write(`${result.tail}\n`);
		throw new Error(`${what} failed (exit ${result.status}); full output in ${log}`);
	}
	return result;
}

function describeRun(what: string, result: Measured) {
	const cpu = result.cpuSeconds === undefined ? '' : `, CPU ${round(result.cpuSeconds, 1)} s`;
	const foreign = result.foreignCpuSeconds > 0.05 * result.seconds ? ` (other processes used ${round(result.foreignCpuSeconds, 1)} CPU s meanwhile: wall time is inflated)` : '';
	say(`${what}: ${round(result.seconds)} s${cpu}, peak RSS ${Math.round(result.peakRssMB)} MB${foreign}`);
}

async function build(what: string, root: string, logName: string, nodeFlags: readonly string[] = []): Promise<Build> {
	const logFile = join(folder, logName);
	const measured = mustSucceed(what, await runMeasured(process.execPath, [...HEAP_FLAGS, ...nodeFlags, ASTRO, 'build', '--root', root], root, logFile), logFile);
	describeRun(what, measured);
	const log = readBuildLog(logFile);
	say(`  phases: ${Object.entries(log.phases).map(([name, s]) => `${name} ${s} s`).join('; ')}`);
	say(`  slowest routes: ${log.routes.slice(0, 6).map((route) => `${route.route} ${route.seconds} s (${route.pages})`).join('; ')}`);
	if (log.reusedPages > 0) say(`  pages: ${log.renderedPages} rendered, ${log.reusedPages} copied from the previous build (incremental build)`);
	return { measured, log };
}

const editedStatement = (statement: string) => `${statement.slice(0, -1)}, the benchmark edit says.`;

/** `ours / theirs` for a figure both builds measured; CPU time is the ratio a loaded machine skews least. */
const ratioOf = (ours: number | undefined, theirs: number | undefined) => (ours === undefined || theirs === undefined || theirs === 0 ? null : round(ours / theirs));

/** Changes one fact's statement in a site's copy of the sheet; returns the new statement. */
function editFact(root: string, edit: EditTarget): string {
	const file = join(root, edit.file);
	const text = readFileSync(file, 'utf8');
	const edited = editedStatement(edit.statement);
	if (!text.includes(JSON.stringify(edit.statement))) throw new Error(`The statement to edit is not in ${file}.`);
	writeFileSync(file, text.replace(JSON.stringify(edit.statement), JSON.stringify(edited)));
	return edited;
}

/** The HTML files of a page, or of every page in a folder (a path ending in `/`, such as the paged timeline). */
function htmlFiles(page: string): string[] {
	const path = join(ours, 'dist', page);
	if (!page.endsWith('/')) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).map((name) => join(path, name));
}

/** The pages that should show the edit but do not: stale output. */
function stalePages(edit: EditTarget): string[] {
	return edit.pagesShowingIt.filter((page) => !htmlFiles(page).some((file) => readFileSync(file, 'utf8').includes('the benchmark edit says')));
}

function describeDist(name: string, stats: DistStats) {
	say(
		`${name} dist: ${stats.files} files, ${round(stats.bytes / MB, 1)} MB; ${stats.sheetPages} sheet pages, median ${kb(stats.medianHtmlBytes)} raw, ${kb(stats.medianHtmlGzipBytes)} gzip (largest ${kb(stats.maxSheetHtmlBytes)}); CSS ${kb(stats.cssGzipBytes)} gzip (a sheet page needs ${kb(stats.sheetCssGzipBytes)}); JS to read a sheet ${stats.jsBytesToRead} bytes (${kb(stats.jsBytesInDist)} in dist); largest page ${stats.largestPage.path} ${kb(stats.largestPage.bytes)} (${kb(stats.largestPage.gzipBytes)} gzip)`,
	);
}

const summary = (result: Build | undefined) =>
	result && {
		seconds: round(result.measured.seconds),
		cpuSeconds: result.measured.cpuSeconds === undefined ? null : round(result.measured.cpuSeconds),
		peakRssMB: Math.round(result.measured.peakRssMB),
		foreignCpuSeconds: round(result.measured.foreignCpuSeconds),
		phases: result.log.phases,
		routes: result.log.routes.slice(0, 8),
		renderedPages: result.log.renderedPages,
		reusedPages: result.log.reusedPages,
	};

rmSync(folder, { recursive: true, force: true });
const snapshot = snapshotProject(join(folder, 'project'));
say(`Project code: commit ${snapshot.commit}${snapshot.uncommitted.length ? ` plus ${snapshot.uncommitted.length} uncommitted files under src/ and public/` : ''}, copied to ${snapshot.src}`);
const generated = performance.now();
const corpus = writeCorpus(ours, sheets, format);
writeOurConfig(ours, snapshot, { gzipExports: !values['plain-exports'] });
say(
	`Corpus: ${corpus.sheets} .${format} sheets (${corpus.people} people, ${corpus.organisations} organisations), ${corpus.facts} facts, ${corpus.citations} citations, ${corpus.relations} relations, ${corpus.wikiLinks} wiki-links, ${corpus.sources} sources (${round(corpus.sourceTextBytes / MB, 1)} MB of text), ${corpus.metrics} metrics; written in ${round((performance.now() - generated) / 1000)} s`,
);

const checkLog = join(folder, 'check.log');
const verify = mustSucceed('npm run check', await runMeasured(process.execPath, [...HEAP_FLAGS, join(PROJECT_ROOT, 'scripts/check-content.ts'), ours], ours, checkLog), checkLog);
describeRun('Verifier alone (npm run check)', verify);

clearBuild(ours);
const profiles = join(folder, 'profiles');
const profileInto = (dir: string) => (values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []);
const ourBuild = await build('Our build (cold)', ours, 'ours-build.log', profileInto(profiles));
if (existsSync(join(ours, 'dist/og')) && !existsSync(cardCache(ours))) {
	say('  WARNING: preview cards were not cached in the site\'s own cache folder: the project may have moved its cache, and cold builds may not be cold.');
}
const ourDist = distStats(join(ours, 'dist'), isOurSheetPage);
describeDist('Our', ourDist);

// A surname every corpus has on many sheets: the query a reader looking for a person would type.
const SEARCH_QUERY = 'Tehrani';
let search: SearchCost | undefined;
const noSearch = values['no-search'] ? 'skipped (--no-search)' : searchUnavailable(join(ours, 'dist'));
if (noSearch) say(`Search cost not measured: ${noSearch}.`);
else {
	search = await measureSearch(join(ours, 'dist'), SEARCH_QUERY);
	say(`Search for "${search.query}" in Chromium: ${kb(search.queryBytes)} for the query (engine, index, ${search.results} results), ${kb(search.totalBytes)} with the search page, in ${search.requests} requests`);
}

let baseBuild: Build | undefined;
let baseDist: DistStats | undefined;
if (!values['no-baseline']) {
	writeBaseline(baseline, join(ours, 'content/sheets'));
	baseBuild = await build('Baseline build (cold)', baseline, 'baseline-build.log');
	baseDist = distStats(join(baseline, 'dist'), isBaselineSheetPage);
	describeDist('Baseline', baseDist);
	say(`Ratios to the baseline: time ${round(ourBuild.measured.seconds / baseBuild.measured.seconds)}x, CPU ${ratioOf(ourBuild.measured.cpuSeconds, baseBuild.measured.cpuSeconds)}x, peak RSS ${round(ourBuild.measured.peakRssMB / baseBuild.measured.peakRssMB)}x`);
}

let peerBuild: Build | undefined;
let peerDist: DistStats | undefined;
if (!values['no-starlight']) {
	writeStarlight(starlight, join(ours, 'content/sheets'));
	peerBuild = await build('Starlight peer build (cold)', starlight, 'starlight-build.log');
	peerDist = distStats(join(starlight, 'dist'), isStarlightSheetPage);
	describeDist('Starlight', peerDist);
	say(`Ratios to Starlight: time ${round(ourBuild.measured.seconds / peerBuild.measured.seconds)}x, CPU ${ratioOf(ourBuild.measured.cpuSeconds, peerBuild.measured.cpuSeconds)}x, peak RSS ${round(ourBuild.measured.peakRssMB / peerBuild.measured.peakRssMB)}x, dist ${round(ourDist.bytes / peerDist.bytes)}x`);
	rmSync(join(starlight, 'dist'), { recursive: true, force: true });
}

let rebuild: Build | undefined;
let baseRebuild: Build | undefined;
let stale: string[] = [];
let editCheck: EditCheck | undefined;
if (!values['no-rebuild']) {
	const beforeEdit = snapshotDist(join(ours, 'dist'), corpus.edit.statement);
	editFact(ours, corpus.edit);
	rebuild = await build(`Our rebuild after editing one fact of ${corpus.edit.file}`, ours, 'ours-rebuild.log', profileInto(join(profiles, 'rebuild')));
	stale = stalePages(corpus.edit);
	say(stale.length === 0 ? `  the edit shows on all ${corpus.edit.pagesShowingIt.length} pages that show the fact` : `  STALE after the rebuild: ${stale.join(', ')}`);
	editCheck = checkEdit(beforeEdit, join(ours, 'dist'), corpus.edit.statement, editedStatement(corpus.edit.statement));
	stale = [...new Set([...stale, ...editCheck.stale])];
	say(
		`  ${editCheck.showedIt.length} files showed the fact (${editCheck.showedIt.join(', ')}); ${editCheck.stale.length === 0 ? 'each shows the edit' : `STALE: ${editCheck.stale.join(', ')}`}; ${editCheck.otherPagesChanged.length} other pages changed${editCheck.otherPagesChanged.length ? ` (${editCheck.otherPagesChanged.slice(0, 10).join(', ')}${editCheck.otherPagesChanged.length > 10 ? ', …' : ''})` : ''}${editCheck.addedOrRemoved.length ? `; files added or removed: ${editCheck.addedOrRemoved.slice(0, 10).join(', ')}` : ''}`,
	);
	if (!values['no-baseline']) {
		editFact(baseline, corpus.edit);
		baseRebuild = await build('Baseline rebuild after the same edit', baseline, 'baseline-rebuild.log');
		say(`Rebuild ratio to the baseline's: time ${round(rebuild.measured.seconds / baseRebuild.measured.seconds)}x, CPU ${ratioOf(rebuild.measured.cpuSeconds, baseRebuild.measured.cpuSeconds)}x`);
	}
}

const result = {
	sheets,
	format,
	seconds: round(ourBuild.measured.seconds),
	msPerSheet: round((ourBuild.measured.seconds * 1000) / sheets),
	peakRssMB: Math.round(ourBuild.measured.peakRssMB),
	baselineSeconds: baseBuild ? round(baseBuild.measured.seconds) : null,
	baselineMsPerSheet: baseBuild ? round((baseBuild.measured.seconds * 1000) / sheets) : null,
	baselinePeakRssMB: baseBuild ? Math.round(baseBuild.measured.peakRssMB) : null,
	ratio: baseBuild ? round(ourBuild.measured.seconds / baseBuild.measured.seconds) : null,
	rssRatio: baseBuild ? round(ourBuild.measured.peakRssMB / baseBuild.measured.peakRssMB) : null,
	medianHtmlBytes: ourDist.medianHtmlBytes,
	medianHtmlGzipBytes: ourDist.medianHtmlGzipBytes,
	maxSheetHtmlBytes: ourDist.maxSheetHtmlBytes,
	distBytes: ourDist.bytes,
	distFiles: ourDist.files,
	cssGzipBytes: ourDist.cssGzipBytes,
	sheetCssGzipBytes: ourDist.sheetCssGzipBytes,
	jsBytes: ourDist.jsBytesToRead,
	jsBytesInDist: ourDist.jsBytesInDist,
	largestPage: ourDist.largestPage,
	searchQueryBytes: search?.queryBytes ?? null,
	searchTotalBytes: search?.totalBytes ?? null,
	baselineDistBytes: baseDist?.bytes ?? null,
	baselineMedianHtmlBytes: baseDist?.medianHtmlBytes ?? null,
	verifySeconds: round(verify.seconds),
	verifyPeakRssMB: Math.round(verify.peakRssMB),
	rebuildSeconds: rebuild ? round(rebuild.measured.seconds) : null,
	rebuildPeakRssMB: rebuild ? Math.round(rebuild.measured.peakRssMB) : null,
	rebuildStalePages: rebuild ? stale : null,
	baselineRebuildSeconds: baseRebuild ? round(baseRebuild.measured.seconds) : null,
	rebuildRatio: rebuild && baseRebuild ? round(rebuild.measured.seconds / baseRebuild.measured.seconds) : null,
	rebuildCpuRatio: rebuild && baseRebuild ? ratioOf(rebuild.measured.cpuSeconds, baseRebuild.measured.cpuSeconds) : null,
	cpuRatio: baseBuild ? ratioOf(ourBuild.measured.cpuSeconds, baseBuild.measured.cpuSeconds) : null,
	starlightCpuRatio: peerBuild ? ratioOf(ourBuild.measured.cpuSeconds, peerBuild.measured.cpuSeconds) : null,
	rebuildFilesShowingEdit: editCheck?.showedIt ?? null,
	rebuildOtherPagesChanged: editCheck?.otherPagesChanged ?? null,
	starlightSeconds: peerBuild ? round(peerBuild.measured.seconds) : null,
	starlightPeakRssMB: peerBuild ? Math.round(peerBuild.measured.peakRssMB) : null,
	starlightDistBytes: peerDist?.bytes ?? null,
	starlightMedianHtmlBytes: peerDist?.medianHtmlBytes ?? null,
	starlightRatio: peerBuild ? round(ourBuild.measured.seconds / peerBuild.measured.seconds) : null,
	starlightRssRatio: peerBuild ? round(ourBuild.measured.peakRssMB / peerBuild.measured.peakRssMB) : null,
	starlightDistRatio: peerDist ? round(ourDist.bytes / peerDist.bytes) : null,
	baselineDistRatio: baseDist ? round(ourDist.bytes / baseDist.bytes) : null,
	builds: { ours: summary(ourBuild), baseline: summary(baseBuild), starlight: summary(peerBuild), oursRebuild: summary(rebuild), baselineRebuild: summary(baseRebuild) },
	corpus: { people: corpus.people, organisations: corpus.organisations, sources: corpus.sources, facts: corpus.facts, citations: corpus.citations, relations: corpus.relations, wikiLinks: corpus.wikiLinks, metrics: corpus.metrics },
	project: { commit: snapshot.commit, uncommittedFiles: snapshot.uncommitted.length },
	machine: { cores: CORES, node: process.version, heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / MB), raisedHeapMB: heapMB ?? null },
};
say(JSON.stringify(result));
