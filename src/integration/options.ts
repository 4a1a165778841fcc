import { AstroError } from 'astro/errors';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { LIST_PAGE_LIMIT, MIN_LIST_PAGE_SIZE } from '../lib/site/letter-pages.ts';
import { didYouMean } from '../lib/suggest.ts';
import { describeSchemaIssues } from '../lib/verify/schema-issues.ts';
import { siteOptionsSchema, type SiteOptions } from '../schemas/options.ts';

/** Where a site owner writes the options, named in every message. */
const CONFIG_FILE = 'astro.config.mjs';

/** How to fix each option, by its path: every fix names the option as it is written in astro.config.mjs. */
const OPTION_FIXES: Record<string, string> = {
	'': "Pass the site's options, at least its title: `factSheetsConfig({ title: 'Harbour Watch' })`.",
	title: "Give the site's name as text: `title: 'Harbour Watch'`.",
	description: 'Give one or two sentences on what the site covers, or leave `description` out to use the title.',
	home: "Give `home: { heading: '…', lede: '…' }`, or leave `home` out.",
	'home.heading': 'Give the home page heading as text, or leave `heading` out to use the title.',
	'home.lede': 'Give the paragraph introducing the story as text, or leave `lede` out.',
	language: 'Use a BCP 47 language tag such as "en", "fr" or "pt-BR".',
	strings: "Give `strings: { 'nav.names': 'Index of names' }`, with keys from src/lib/i18n/en.ts (README \"Language\").",
	license: "Give `license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }`, or leave `license` out.",
	'license.name': "Give the licence's name as readers know it: `name: 'CC BY 4.0'`.",
	'license.url': "Give the full https:// address of the licence's terms, or leave `url` out.",
	corrections: "Give a full https:// or mailto: address: `corrections: 'mailto:corrections@example.org'`.",
	about: 'Give a sentence or two on who publishes the site as text, or leave `about` out.',
	exports: 'Give `exports: { gzip: true }` to publish the data exports gzipped, or leave `exports` out.',
	'exports.gzip': 'Give `gzip: true` to publish the data exports gzipped (`facts.json.gz` …), or `false` (the default) for plain files.',
	lists: `Give \`lists: { pageSize: ${LIST_PAGE_LIMIT} }\` to set how many entries a list page shows, or leave \`lists\` out.`,
	'lists.pageSize': `Give a whole number of at least ${MIN_LIST_PAGE_SIZE} entries a list page may show: \`pageSize: ${LIST_PAGE_LIMIT}\` (the default).`,
};

/** The options each object accepts, for "did you mean" on a misspelt one. */
const KNOWN_OPTIONS: Record<string, readonly string[]> = {
	'': ['title', 'description', 'home', 'language', 'strings', 'license', 'corrections', 'about', 'exports', 'lists'],
	home: ['heading', 'lede'],
	exports: ['gzip'],
	lists: ['pageSize'],
	license: ['name', 'url'],
};

/**
 * Thrown when astro.config.mjs gives options the site cannot be built with;
 * its message lists every problem. An AstroError with no stack, like the
 * content's ContentError: Astro shows the list as it is, under a hint.
 */
export class SiteOptionsError extends AstroError {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(`${count} in the site options:\n\n${problems.map(formatProblem).join('\n\n')}\n`, 'README "Options" describes every option.');
		this.name = 'SiteOptionsError';
		this.problems = problems;
		this.stack = '';
	}
}

/** Every problem with the options, in an author's words: what was given, what is expected, how to fix it. */
export function siteOptionsProblems(input: unknown): Problem[] {
	const result = siteOptionsSchema.safeParse(input, { reportInput: true });
	if (result.success) return [];
	return result.error.issues.flatMap((issue, index) => {
		const described = describeSchemaIssues([issue])[0];
		if (!described) return [];
		const path = described.path.join('.');
		const place = { file: CONFIG_FILE, item: 'options', field: path || undefined };
		if (issue.code === 'unrecognized_keys') {
			const parent = issue.path.join('.');
			return issue.keys.map((key) => ({
				...place,
				field: parent ? `${parent}.${key}` : key,
				message: `There is no option \`${key}\`.${didYouMean(key, KNOWN_OPTIONS[parent] ?? [])}`,
				fix: `Remove it, or correct its spelling (README "Options" lists every option: ${(KNOWN_OPTIONS[parent] ?? []).join(', ')}).`,
			}));
		}
		if (path === '' && input === undefined && index === 0) {
			return [{ ...place, message: 'No options were given.', fix: OPTION_FIXES[''] as string }];
		}
		const fix = OPTION_FIXES[path] ?? OPTION_FIXES[path.split('.')[0] ?? ''] ?? 'Correct the value (README "Options" describes every option).';
		return [{ ...place, message: described.message, fix }];
	});
}

/** The options with their defaults filled in; throws a SiteOptionsError listing every problem. */
export function parseSiteOptions(input: unknown): SiteOptions {
	const problems = siteOptionsProblems(input);
	if (problems.length > 0) throw new SiteOptionsError(problems);
	return siteOptionsSchema.parse(input);
}
