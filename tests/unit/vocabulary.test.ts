/**
 * The vocabulary as content: content/kinds.yaml and content/relation-types.yaml
 * are validated like the metrics, every reference to them is checked, and the
 * exports' JSON Schemas take their enums from them. Each bad input's message
 * is pinned here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { vocabularyIds } from '../../src/lib/vocabulary.ts';
import { exportJsonSchema, kindSchema, relationTypeSchema } from '../../src/schemas/index.ts';
import { ANN_LEE, COUNCIL, validProject, validSite } from '../helpers/project.ts';

const KINDS_FILE = 'content/kinds.yaml';
const TYPES_FILE = 'content/relation-types.yaml';
const ANN = 'content/sheets/people/ann-lee.mdx';
const COUNCIL_FILE = 'content/sheets/organisations/council.mdx';

/** A small vocabulary of its own, so that the messages below list only what they must. */
const KINDS = `person:
  section: people
  label: Person
  plural: People
  schemaOrg: Person
  ftm: Person
government-body:
  section: organisations
  label: Government body
  plural: Government bodies
  schemaOrg: GovernmentOrganization
  ftm: PublicBody
`;
const TYPES = `works-for:
  label: works for
  inverse: employs
  from: [person]
  to: [government-body]
member-of:
  label: member of
  inverse: has member
`;

/** Ann Lee with one relation to the council. */
const annWith = (type: string) =>
	ANN_LEE.replace(
		'facts:\n',
		`relations:
  - type: ${type}
    target: council
    citations:
      - source: daily
        quote: The mayor, Ann Lee, said
facts:
`,
	);

/** The formatted problems of the valid project with this vocabulary and `overrides`. */
function problems(overrides: Record<string, string | undefined> = {}): string[] {
	return verifyProject(validProject({ [KINDS_FILE]: KINDS, [TYPES_FILE]: TYPES, ...overrides })).problems.map(formatProblem);
}

describe('the vocabulary files', () => {
	it('accept a vocabulary of its own, and a relation whose ends fit its type', () => {
		expect(problems({ [ANN]: annWith('works-for') })).toEqual([]);
	});

	it('report a missing kinds file, and leave its sheets to that problem', () => {
		expect(problems({ [KINDS_FILE]: undefined })).toMatchInlineSnapshot(`
			[
			  "content/kinds.yaml
			  The file content/kinds.yaml is missing: every kind a sheet names is declared there.
			  Fix: Create content/kinds.yaml with an entry per kind (docs/content-model.md, "Vocabulary: kinds and relation types", shows its fields).",
			  "content/sources/daily.yaml:1:8 source
			  No fact, role or relation cites the source "daily".
			  Fix: Cite it from a sheet (\`npm run find-quote -- daily "<words>"\` prints a citation to paste), or delete content/sources/daily.yaml and seeds/daily.txt.",
			]
		`);
	});

	it('report a YAML syntax error in the relation types file', () => {
		expect(problems({ [TYPES_FILE]: 'works-for:\n  label: "works for\n' })).toMatchInlineSnapshot(`
			[
			  "content/relation-types.yaml:3:1
			  The relation types file is not valid YAML: Missing closing "quote
			  Fix: Correct the YAML syntax at this line (indentation, a missing colon, or an unclosed quote are the usual causes).",
			]
		`);
	});

	it('report a file that is not a mapping of ids', () => {
		expect(problems({ [KINDS_FILE]: '- person\n- government-body\n' })).toMatchInlineSnapshot(`
			[
			  "content/kinds.yaml:1:1
			  The kinds file must map each kind's id to its fields, but it holds a list.
			  Fix: Write one entry per kind: its id, a colon, and its fields indented below (see docs/content-model.md).",
			  "content/sources/daily.yaml:1:8 source
			  No fact, role or relation cites the source "daily".
			  Fix: Cite it from a sheet (\`npm run find-quote -- daily "<words>"\` prints a citation to paste), or delete content/sources/daily.yaml and seeds/daily.txt.",
			]
		`);
	});

	it('report a kind id that is not lowercase words and hyphens', () => {
		expect(problems({ [KINDS_FILE]: `${KINDS}Armed Force:\n  section: organisations\n  label: Armed force\n  plural: Armed forces\n  schemaOrg: Organization\n  ftm: Organization\n` })).toMatchInlineSnapshot(`
			[
			  "content/kinds.yaml:14:3 kind "Armed Force"
			  The kind id "Armed Force" is not lowercase words joined by hyphens, at most 80 characters.
			  Fix: Rename it, for example "government-body".",
			]
		`);
	});

	it('report a kind with no fields of its own, and a relation type with an empty list of kinds', () => {
		expect(problems({ [KINDS_FILE]: `${KINDS}ngo:\n`, [TYPES_FILE]: TYPES.replace('from: [person]', 'from: []').replace('to: [government-body]', 'to: person') })).toMatchInlineSnapshot(`
			[
			  "content/kinds.yaml:13:5 kind "ngo"
			  The kind "ngo" has no fields of its own (it holds nothing).
			  Fix: Indent its fields below "ngo:": \`section\`, \`label\`, \`plural\`, \`schemaOrg\`, \`ftm\` (see docs/content-model.md).",
			  "content/relation-types.yaml:4:9 relation type "works-for" › from
			  \`from\` is invalid: expected at least one kind id, or \`any\` for every kind.
			  Fix: Correct the value (docs/content-model.md describes every field).",
			  "content/relation-types.yaml:5:7 relation type "works-for" › to
			  \`to\` is "person": expected \`any\` or a list of one or more kind ids, such as [person, government-body].
			  Fix: Correct the value (docs/content-model.md describes every field).",
			]
		`);
	});

	it('report a kind in an unknown section, and leave the sheets of that kind to that problem', () => {
		expect(problems({ [KINDS_FILE]: KINDS.replace('section: organisations', 'section: institutions') })).toMatchInlineSnapshot(`
			[
			  "content/kinds.yaml:8:12 kind "government-body" › section
			  \`section\` is "institutions", which is not allowed. Did you mean "organisations"?
			  Fix: Use one of: people, organisations.",
			]
		`);
	});

	it('report a kind without a label and an unknown FtM schema', () => {
		expect(problems({ [KINDS_FILE]: KINDS.replace('  label: Person\n', '').replace('ftm: PublicBody', 'ftm: Company') })).toMatchInlineSnapshot(`
			[
			  "content/kinds.yaml:2:3 kind "person" › label
			  The required field \`label\` is missing.
			  Fix: Add \`label:\` with a value (see docs/content-model.md).",
			  "content/kinds.yaml:11:8 kind "government-body" › ftm
			  \`ftm\` is "Company", which is not allowed.
			  Fix: Use one of: Person, Organization, PublicBody.",
			  "content/sources/daily.yaml:1:8 source
			  No fact, role or relation cites the source "daily".
			  Fix: Cite it from a sheet (\`npm run find-quote -- daily "<words>"\` prints a citation to paste), or delete content/sources/daily.yaml and seeds/daily.txt.",
			]
		`);
	});

	it('report two kinds with the same label or plural', () => {
		expect(problems({ [KINDS_FILE]: KINDS.replace('label: Government body', 'label: person').replace('plural: Government bodies', 'plural: People') })).toMatchInlineSnapshot(`
			[
			  "content/kinds.yaml:9:10 kind "government-body" › label
			  The label "person" is also the label of kind "person", so a reader could not tell the two apart.
			  Fix: Give each kind its own label, or merge "government-body" into "person".",
			  "content/kinds.yaml:10:11 kind "government-body" › plural
			  The plural "People" is also the plural of kind "person", so a reader could not tell the two apart.
			  Fix: Give each kind its own plural, or merge "government-body" into "person".",
			]
		`);
	});

	it('report two relation types with the same label', () => {
		expect(problems({ [TYPES_FILE]: TYPES.replace('label: member of', 'label: Works for') })).toMatchInlineSnapshot(`
			[
			  "content/relation-types.yaml:7:10 relation type "member-of" › label
			  The label "Works for" is also the label of relation type "works-for", so a reader could not tell the two apart.
			  Fix: Give each relation type its own label, or merge "member-of" into "works-for".",
			]
		`);
	});

	it('report a relation type naming a kind that is not declared, with the closest one', () => {
		expect(problems({ [TYPES_FILE]: TYPES.replace('to: [government-body]', 'to: [government-bodies, agency]') })).toMatchInlineSnapshot(`
			[
			  "content/relation-types.yaml:5:8 relation type "works-for" › to[0]
			  "government-bodies" is not a kind declared in content/kinds.yaml. Did you mean "government-body"?
			  Fix: Use the id of a kind in content/kinds.yaml, or \`to: any\` for every kind.",
			  "content/relation-types.yaml:5:27 relation type "works-for" › to[1]
			  "agency" is not a kind declared in content/kinds.yaml.
			  Fix: Use the id of a kind in content/kinds.yaml, or \`to: any\` for every kind.",
			]
		`);
	});

	it('report an unknown field of a relation type and a malformed FtM interval', () => {
		expect(problems({ [TYPES_FILE]: `${TYPES}  inverted: x\n  ftm:\n    schema: membership\n    from: member\n    to: organization\n` })).toMatchInlineSnapshot(`
			[
			  "content/relation-types.yaml:9:13 relation type "member-of" › inverted
			  Unknown field \`inverted\`.
			  Fix: Remove it, or correct its spelling (docs/content-model.md lists every field).",
			  "content/relation-types.yaml:11:13 relation type "member-of" › ftm.schema
			  \`schema\` is "membership": expected a FollowTheMoney schema name such as "Membership".
			  Fix: Correct the value (docs/content-model.md describes every field).",
			]
		`);
	});
});

describe('references to the vocabulary', () => {
	it('report a sheet of a kind that is not declared, with the closest one', () => {
		expect(problems({ [COUNCIL_FILE]: COUNCIL.replace('kind: government-body', 'kind: goverment-body') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:4:7 kind
			  \`kind\` is "goverment-body", which is not allowed. Did you mean "government-body"?
			  Fix: Use one of: person, government-body; or declare "goverment-body" in content/kinds.yaml.",
			]
		`);
	});

	it('report a relation of a type that is not declared, with the closest one', () => {
		expect(problems({ [ANN]: annWith('works-at') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:12:11 relation "works-at council" › type
			  \`type\` is "works-at", which is not allowed. Did you mean "works-for"?
			  Fix: Use one of: works-for, member-of; or declare "works-at" in content/relation-types.yaml.",
			]
		`);
	});

	it('report a relation whose type does not allow the kind at its end, naming both sheets', () => {
		expect(problems({ [TYPES_FILE]: TYPES.replace('to: [government-body]', 'to: [person]'), [ANN]: annWith('works-for') })).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:12:11 relation "works-for council" › type
			  A relation "works-for" goes only to a sheet of kind "person" (content/relation-types.yaml), but this one goes from "ann-lee" (kind "person") to "council" (kind "government-body").
			  Fix: Use a relation type that fits both kinds, point it at another sheet, or add the kinds to \`from\`/\`to\` of "works-for" in content/relation-types.yaml.",
			]
		`);
	});

	it('report a relation whose type does not allow the kinds at either end', () => {
		const council = COUNCIL.replace(
			'facts:\n',
			`relations:
  - type: works-for
    target: ann-lee
    citations:
      - source: daily
        quote: The mayor, Ann Lee, said
facts:
`,
		);
		expect(problems({ [COUNCIL_FILE]: council })).toMatchInlineSnapshot(`
			[
			  "content/sheets/organisations/council.mdx:7:11 relation "works-for ann-lee" › type
			  A relation "works-for" goes only from a sheet of kind "person" and to a sheet of kind "government-body" (content/relation-types.yaml), but this one goes from "council" (kind "government-body") to "ann-lee" (kind "person").
			  Fix: Use a relation type that fits both kinds, point it at another sheet, or add the kinds to \`from\`/\`to\` of "works-for" in content/relation-types.yaml.",
			]
		`);
	});
});

describe('the default vocabulary', () => {
	it('loads without a problem, and lets a family relation stand only between people', () => {
		expect(verifyProject(validProject()).problems).toEqual([]);
		const problems = verifyProject(validProject({ [ANN]: annWith('child-of') })).problems.map(formatProblem);
		expect(problems).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:12:11 relation "child-of council" › type
			  A relation "child-of" goes only to a sheet of kind "person" (content/relation-types.yaml), but this one goes from "ann-lee" (kind "person") to "council" (kind "government-body").
			  Fix: Use a relation type that fits both kinds, point it at another sheet, or add the kinds to \`from\`/\`to\` of "child-of" in content/relation-types.yaml.",
			]
		`);
	});
});

describe('the vocabulary in the site and its exports', () => {
	const site = validSite({ [KINDS_FILE]: KINDS.replace('label: Government body', 'label: Public authority'), [TYPES_FILE]: TYPES, [ANN]: annWith('works-for') });

	it('travels with the verified corpus, in the order the files declare it', () => {
		expect([...site.vocabulary.kinds.keys()]).toEqual(['person', 'government-body']);
		expect([...site.vocabulary.relationTypes.keys()]).toEqual(['works-for', 'member-of']);
		expect(site.sheets.get('council')?.kind).toEqual({
			id: 'government-body',
			section: 'organisations',
			label: 'Public authority',
			plural: 'Government bodies',
			schemaOrg: 'GovernmentOrganization',
			ftm: 'PublicBody',
		});
		expect(site.vocabulary.relationTypes.get('member-of')).toEqual({ id: 'member-of', label: 'member of', inverse: 'has member', from: 'any', to: 'any' });
	});

	it('gives the JSON Schema of sheets.json its kinds and relation types as enums', () => {
		const schema = exportJsonSchema('sheets', 'https://e.org/data/sheets.schema.json', vocabularyIds(site.vocabulary)) as any;
		const sheet = schema.properties.sheets.items.properties;
		expect(sheet.kind.enum).toEqual(['person', 'government-body']);
		expect(sheet.relations.items.properties.type.enum).toEqual(['works-for', 'member-of']);
	});
});

describe('the documentation of the vocabulary', () => {
	it('describes every field of both files', () => {
		const docs = readFileSync(new URL('../../docs/content-model.md', import.meta.url), 'utf8');
		const section = docs.slice(docs.indexOf('## Vocabulary: kinds and relation types'));
		for (const field of [...Object.keys(kindSchema.shape), ...Object.keys(relationTypeSchema.shape)]) {
			expect(section, field).toContain(`| \`${field}\` |`);
		}
	});
});
