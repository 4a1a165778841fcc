/** Builds a project's files in memory, so verifier tests need no disk. */
import { SHEET_EXTENSIONS, type ContentFile, type ProjectFiles } from '../../src/lib/content/project-files.ts';
import type { Corpus } from '../../src/lib/corpus.ts';
import { buildSite, type Site } from '../../src/lib/site/model.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';

export function projectFiles(files: Record<string, string>): ProjectFiles {
	const under = (folder: string, extensions: readonly string[]): ContentFile[] =>
		Object.entries(files)
			.filter(([path]) => path.startsWith(folder) && extensions.some((extension) => path.endsWith(extension)))
			.map(([path, text]) => ({ path, text }));
	return {
		sheets: under('content/sheets/', SHEET_EXTENSIONS),
		sources: under('content/sources/', ['.yaml']),
		metrics: files['content/metrics.yaml'] === undefined ? undefined : { path: 'content/metrics.yaml', text: files['content/metrics.yaml'] },
		readText: (path) => files[path],
	};
}

/** A small valid project: one source with page chrome around its article, two sheets. */
export const ARTICLE = `Menu | Home | Sport
Headline about the council
The mayor, Ann Lee, said the “bridge will reopen in May” — after repairs.
The council counted at least 312 complaints as of 2 March.
Lee has led the council since 2020.
Other news: a cat was rescued.`;

export const SOURCE = `title: Headline about the council
publisher: The Daily
published:
  status: stated
  date: "2026-03-04"
  statedAs: 4 March 2026
retrieved:
  status: unknown
  reason: Test.
language: en
text: seeds/daily.txt
article:
  start: Headline about the council
  end: since 2020.
`;

export const METRICS = `complaints:
  label: Complaints
  unit: complaints
  description: Complaints received.
`;

export const ANN_LEE = `---
name: Ann Lee
kind: person
description: Mayor.
roles:
  - title: mayor
    org: council
    citations:
      - source: daily
        quote: The mayor, Ann Lee
facts:
  - id: bridge-reopening
    statement: Lee said the bridge will reopen in May.
    claimant:
      sheet: ann-lee
    citations:
      - source: daily
        quote: said the "bridge will reopen in May" - after repairs.
---

Lee leads the [[council]].
`;

export const COUNCIL = `---
name: City Council
aliases: [the council]
kind: government-body
description: The city's council.
facts:
  - id: complaints-2026-03-02
    statement: The council counted at least 312 complaints as of 2 March.
    asOf: "2026-03-02"
    claimant:
      sheet: council
    figure:
      metric: complaints
      value: 312
      qualifier: at-least
    citations:
      - source: daily
        quote: The council counted at least 312 complaints ... as of 2 March.
---
`;

export function validProject(overrides: Record<string, string | undefined> = {}): ProjectFiles {
	const files: Record<string, string | undefined> = {
		'seeds/daily.txt': ARTICLE,
		'content/sources/daily.yaml': SOURCE,
		'content/metrics.yaml': METRICS,
		'content/sheets/people/ann-lee.mdx': ANN_LEE,
		'content/sheets/organisations/council.mdx': COUNCIL,
		...overrides,
	};
	return projectFiles(Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined)));
}

/** The site model of a verified corpus, as the build makes it from the collections. */
export function siteFromCorpus(corpus: Corpus): Site {
	return buildSite({
		sheets: corpus.sheets.map((sheet) => ({ slug: sheet.slug, data: sheet.data, body: sheet.body })),
		sources: [...corpus.sources.values()].map((source) => ({ id: source.id, data: source.data })),
		metrics: corpus.metrics,
	});
}

/** The site model of the valid project changed by `overrides`; throws if the change makes it invalid. */
export function validSite(overrides: Record<string, string> = {}): Site {
	const { corpus, problems } = verifyProject(validProject(overrides));
	if (problems.length > 0) throw new Error(`The test project has problems: ${problems.map((problem) => problem.message).join('; ')}`);
	return siteFromCorpus(corpus);
}
