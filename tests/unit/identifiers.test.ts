/** The editors' identifiers of a sheet: checked by format, never on a pseudonymous person. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { identifierLinks } from '../../src/schemas/index.ts';
import { ANN_LEE, validProject } from '../helpers/project.ts';

const withIdentifiers = (yaml: string, extra = '') => ANN_LEE.replace('kind: person\n', `kind: person\n${extra}identifiers:\n${yaml}`);
const problems = (sheet: string) => verifyProject(validProject({ 'content/sheets/people/ann-lee.mdx': sheet })).problems.map(formatProblem);

describe('identifiers', () => {
	it('accepts ids in each scheme’s format and links each to its register', () => {
		const sheet = withIdentifiers('  wikidata: Q4115189\n  isni: 000000012103268X\n  lei: 5493001KJTIIGC8Y1R12\n');
		const { corpus, problems: found } = verifyProject(validProject({ 'content/sheets/people/ann-lee.mdx': sheet }));
		expect(found).toEqual([]);
		const data = corpus.sheets.find((each) => each.slug === 'ann-lee')!.data;
		expect(identifierLinks(data.identifiers).map((link) => link.url)).toEqual([
			'https://www.wikidata.org/wiki/Q4115189',
			'https://isni.org/isni/000000012103268X',
			'https://search.gleif.org/#/record/5493001KJTIIGC8Y1R12',
		]);
	});

	it('names the field, the expected format and an example when an id is malformed', () => {
		expect(problems(withIdentifiers('  wikidata: "4115189"\n'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:5:13 identifiers.wikidata
			  \`wikidata\` is "4115189": expected a Wikidata id such as "Q42".
			  Fix: Correct the value (docs/content-model.md describes every field).",
			]
		`);
	});

	it('refuses an unknown scheme', () => {
		expect(problems(withIdentifiers('  wikipedia: Ann_Lee\n'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:5:14 identifiers.wikipedia
			  Unknown field \`wikipedia\`.
			  Fix: Remove it, or correct its spelling (docs/content-model.md lists every field).",
			]
		`);
	});

	it('refuses identifiers on a pseudonymous person', () => {
		expect(problems(withIdentifiers('  wikidata: Q4115189\n', 'pseudonymous: true\n'))).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:6:3 identifiers
			  \`identifiers\` is invalid: a pseudonymous person has no identifiers: one would tie the pseudonym to a real person.
			  Fix: Correct the value (docs/content-model.md describes every field).",
			]
		`);
	});
});
