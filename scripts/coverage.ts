/**
 * `npm run coverage [-- <source-id>] [--json]`: for each source (or one), the
 * people and organisations its article names that no sheet covers, the
 * sheets it mentions, the share of its sentences some item cites, and the
 * items whose passage names their subject only by pronoun
 * (src/lib/curate/coverage.ts). Run from the project root.
 */
import { commandArguments, CommandError, didYouMeanId, runCommand } from '../src/lib/curate/cli.ts';
import { corpusCoverage, type SourceCoverage } from '../src/lib/curate/coverage.ts';
import { readProjectFiles } from '../src/lib/content/project-files.ts';
import { loadCorpus } from '../src/lib/verify/load.ts';

const USAGE = 'npm run coverage [-- <source-id>] [--json]';

runCommand('coverage', () => {
	const { values, positionals } = commandArguments(process.argv.slice(2), { json: { type: 'boolean' } }, USAGE);
	if (positionals.length > 1) throw new CommandError(`Expected at most one source id, got ${positionals.length}.`, `Call it as: ${USAGE}`);
	const { corpus } = loadCorpus(readProjectFiles(process.cwd()));
	const id = positionals[0];
	if (id !== undefined && !corpus.sources.has(id)) {
		if (corpus.unloaded.sources.has(id)) {
			throw new CommandError(`The source "${id}" cannot be read yet: content/sources/${id}.yaml has problems (placeholders to fill, perhaps).`, 'Run `npm run check` and fix what it lists for that file first.');
		}
		const ids = [...corpus.sources.keys()];
		throw new CommandError(`There is no source "${id}".${didYouMeanId(id, ids)}`, ids.length > 0 ? `Give one of: ${ids.join(', ')}.` : 'Add one with `npm run add-source -- <text-file>`.');
	}
	const coverage = corpusCoverage(corpus).filter((source) => id === undefined || source.id === id);
	if (values.json) {
		const plain = coverage.map(({ sentenceSpans: _spans, article: _article, ...rest }) => rest);
		process.stdout.write(`${JSON.stringify({ sources: plain }, null, 2)}\n`);
		return;
	}
	process.stdout.write(coverage.map(report).join('\n'));
});

function report(source: SourceCoverage): string {
	const { total, cited } = source.sentences;
	const share = total === 0 ? 0 : Math.round((cited / total) * 100);
	const lines = [`${source.id} — ${source.title}`, `  Sentences cited: ${cited} of ${total} (${share}%)`];
	lines.push(`  Names with no sheet (${source.uncovered.length})${source.uncovered.length ? ':' : ''}`);
	for (const name of source.uncovered) lines.push(`    ${name.name} (${name.type}, ${name.count}×)`);
	lines.push(`  Sheets it mentions (${source.mentioned.length})${source.mentioned.length ? ':' : ''}`);
	for (const sheet of source.mentioned) lines.push(`    ${sheet.slug} (${sheet.name})${sheet.cites ? '' : ' — cites nothing of this source yet'}`);
	lines.push(`  Items naming their subject only by pronoun (${source.pronouns.length})${source.pronouns.length ? ':' : ''}`);
	for (const item of source.pronouns) lines.push(`    ${item.sheet} › ${item.item}: ${item.subjectNote}`);
	return `${lines.join('\n')}\n`;
}
