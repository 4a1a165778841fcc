/**
 * `npm run add-sheet -- "<Name>" --kind <kind> [--alias <alias>]… [--source <id>]`:
 * writes the skeleton of a sheet (src/lib/curate/sheet-draft.ts) as
 * content/sheets/<section>/<slug>.mdx, the section being the kind's
 * (content/kinds.yaml) and the slug made from the name. Refuses a kind or
 * source the content does not have, and a slug, name or alias another sheet
 * already has (or one that looks like it), naming that sheet. Run from the
 * project root.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandArguments, CommandError, didYouMeanId, runCommand } from '../src/lib/curate/cli.ts';
import { nameConflicts, sheetDraft } from '../src/lib/curate/sheet-draft.ts';
import { slugFrom } from '../src/lib/curate/slug.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { readProjectFiles } from '../src/lib/content/project-files.ts';
import { formatProblem } from '../src/lib/problems.ts';
import { loadCorpus } from '../src/lib/verify/load.ts';

const USAGE = 'npm run add-sheet -- "<Name>" --kind <kind> [--alias <alias>]... [--source <source-id>]';
const root = process.cwd();

runCommand('add-sheet', () => {
	const { values, positionals } = commandArguments(
		process.argv.slice(2),
		{ kind: { type: 'string' }, alias: { type: 'string', multiple: true }, source: { type: 'string' }, slug: { type: 'string' } },
		USAGE,
	);
	if (positionals.length !== 1) throw new CommandError(`Expected one name (in quotes if it has spaces), got ${positionals.length}.`, `Call it as: ${USAGE}`);
	const name = (positionals[0] as string).trim();
	const aliases = (values.alias ?? []).map((alias) => alias.trim());
	const files = readProjectFiles(root);
	const { corpus } = loadCorpus(files);
	const kinds = corpus.vocabulary.kinds;
	if (kinds.size === 0) throw new CommandError('content/kinds.yaml declares no kind that could be read.', 'Run `npm run check` and fix content/kinds.yaml first.');
	const listed = [...kinds.keys()].join(', ');
	if (values.kind === undefined) throw new CommandError('No --kind given.', `Give one of the kinds of content/kinds.yaml: ${listed}.`);
	const kind = kinds.get(values.kind);
	if (!kind) {
		throw new CommandError(`The kind "${values.kind}" is not in content/kinds.yaml.${didYouMean(values.kind, kinds.keys())}`, `Give one of: ${listed}; or declare the kind in content/kinds.yaml first.`);
	}
	if (values.source !== undefined && !corpus.sources.has(values.source) && !corpus.unloaded.sources.has(values.source)) {
		const ids = [...corpus.sources.keys(), ...corpus.unloaded.sources].sort();
		throw new CommandError(
			`The source "${values.source}" is not in content/sources/.${didYouMeanId(values.source, ids)}`,
			ids.length > 0 ? `Give one of: ${ids.join(', ')}; or add it first with \`npm run add-source -- <text-file>\`.` : 'Add it first with `npm run add-source -- <text-file>`.',
		);
	}
	const slug = values.slug ?? slugFrom(name);
	if (!slug) throw new CommandError(`No slug can be made from the name "${name}" (it has no Latin letter or digit).`, 'Give one with --slug, in lowercase letters, digits and hyphens, as the sources transliterate the name.');
	const path = `content/sheets/${kind.section}/${slug}.mdx`;
	if (existsSync(join(root, path))) throw new CommandError(`${path} already exists.`, 'Edit that sheet, or give another slug with --slug if this is another actor of the same name.');
	const conflicts = nameConflicts(files, { path, name, kind: values.kind, aliases });
	if (conflicts.length > 0) {
		throw new CommandError(
			// The candidate was never written: its lines would point into nothing.
			`Nothing was written: ${path} would clash with a sheet the content has.\n\n${conflicts.map((problem) => indent(formatProblem({ ...problem, line: undefined, column: undefined }))).join('\n\n')}\n`,
			'If it is the same actor, add to the existing sheet; otherwise give the name as the sources write it, a more specific alias, or another --slug.',
		);
	}
	mkdirSync(join(root, 'content/sheets', kind.section), { recursive: true });
	writeFileSync(join(root, path), sheetDraft({ name, kind: values.kind, aliases, source: values.source }));
	process.stdout.write(
		[
			`Wrote ${path}. Replace its TODOs (npm run check lists them), then link it from a sheet the sources connect it to.`,
			values.source ? `Find the words to cite with: npm run find-quote -- ${values.source} "<words>"` : 'Find the words to cite with: npm run find-quote -- <source-id> "<words>"',
			'',
		].join('\n'),
	);
});

function indent(text: string): string {
	return text.replace(/^/gm, '  ');
}
