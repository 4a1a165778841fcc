/** Builds a project's files in memory, so verifier tests need no disk. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { classifyContentPath, type ContentFile, type ProjectFiles } from '../../src/lib/content/project-files.ts';
import type { Corpus } from '../../src/lib/corpus.ts';
import { buildSite, type Site } from '../../src/lib/site/model.ts';
import { siteInput } from '../../src/lib/site/site-input.ts';
import { linkResolver, verifyProject } from '../../src/lib/verify/index.ts';

export function projectFiles(files: Record<string, string>): ProjectFiles {
	// Files are classified as on disk (src/lib/content/project-files.ts); paths outside content/ are stored texts.
	const content = Object.entries(files)
		.filter(([path]) => path.startsWith('content/'))
		.map(([path, text]) => ({ path, text, kind: classifyContentPath(path) }));
	const of = (kind: string): ContentFile[] => content.filter((file) => file.kind === kind).map(({ path, text }) => ({ path, text }));
	return {
		sheets: of('sheet'),
		sources: of('source'),
		metrics: of('metrics')[0],
		kinds: of('kinds')[0],
		relationTypes: of('relationTypes')[0],
		about: of('about')[0],
		strays: content.flatMap(({ path, kind }) =>
			kind === 'sheet' || kind === 'source' || kind === 'metrics' || kind === 'kinds' || kind === 'relationTypes' || kind === 'about' || kind === 'system' ? [] : [{ path, reason: kind }],
		),
		// Paths are confined by the verifier before it asks; a file here reads as its UTF-8 bytes.
		readText: (path) => {
			const text = files[path];
			return text === undefined ? { status: 'missing' } : { status: 'read', bytes: new TextEncoder().encode(text) };
		},
	};
}

/** A small valid project: one source with page chrome around its article, two sheets. */
export const ARTICLE = `Menu | Home | Sport
Headline about the council
The mayor, Ann Lee, said the “bridge will reopen in May” — after repairs. The council agreed.
The council counted at least 312 complaints as of 2 March.
Lee has led the council since 2020.
Other news: a cat was rescued.`;

/** The SHA-256 of a text's UTF-8 bytes, as a source records it: for a test that changes a stored text. */
export function sha256Of(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

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
sha256: ${sha256Of(ARTICLE)}
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

/** The default vocabulary (the fixture site's, which `npm run new-site` keeps): content/kinds.yaml and content/relation-types.yaml. */
export const DEFAULT_KINDS = readFileSync(new URL('../fixtures/valid/content/kinds.yaml', import.meta.url), 'utf8');
export const DEFAULT_RELATION_TYPES = readFileSync(new URL('../fixtures/valid/content/relation-types.yaml', import.meta.url), 'utf8');

export function validProject(overrides: Record<string, string | undefined> = {}): ProjectFiles {
	const files: Record<string, string | undefined> = {
		'seeds/daily.txt': ARTICLE,
		'content/sources/daily.yaml': SOURCE,
		'content/metrics.yaml': METRICS,
		'content/kinds.yaml': DEFAULT_KINDS,
		'content/relation-types.yaml': DEFAULT_RELATION_TYPES,
		'content/sheets/people/ann-lee.mdx': ANN_LEE,
		'content/sheets/organisations/council.mdx': COUNCIL,
		...overrides,
	};
	return projectFiles(Object.fromEntries(Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined)));
}

/** The site model of a verified corpus, as the build makes it (src/integration), at the base `/`. */
export function siteFromCorpus(corpus: Corpus): Site {
	return buildSite(siteInput(corpus, linkResolver(corpus), '/'), 'en-GB');
}

/** The site model of the valid project changed by `overrides`; throws if the change makes it invalid. */
export function validSite(overrides: Record<string, string> = {}): Site {
	const { corpus, problems } = verifyProject(validProject(overrides));
	if (problems.length > 0) throw new Error(`The test project has problems: ${problems.map((problem) => problem.message).join('; ')}`);
	return siteFromCorpus(corpus);
}
