/**
 * A fixture site with a vocabulary of its own (content/kinds.yaml,
 * content/relation-types.yaml): its kind and relation type, with their labels,
 * reach the pages, the kind pages, the JSON-LD, the FollowTheMoney export and
 * the enums of the exports' JSON Schemas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';

const KINDS = `person:
  section: people
  label: Person
  plural: People
  schemaOrg: Person
  ftm: Person
survey-body:
  section: organisations
  label: Survey body
  plural: Survey bodies
  schemaOrg: ResearchOrganization
  ftm: Organization
`;
const RELATION_TYPES = `joined:
  label: joined
  inverse: was joined by
  from: [person]
  to: [survey-body]
  schemaOrg: memberOf
  ftm:
    schema: Membership
    from: member
    to: organization
    toIs: organisation
`;

describe('a site with a vocabulary of its own', () => {
	let site: FixtureSite;
	let build: { status: number | null; output: string };
	beforeAll(() => {
		site = prepareFixture('valid', 'g2-vocabulary', {
			'content/kinds.yaml': KINDS,
			'content/relation-types.yaml': RELATION_TYPES,
			'content/sheets/organisations/acme-institute.md': (text) => text.replace('kind: ngo', 'kind: survey-body'),
			'content/sheets/people/jane-doe.mdx': (text) => text.replace('type: member-of', 'type: joined'),
		});
		build = buildFixture(site);
	});
	const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');
	const jsonLd = (path: string) =>
		parse(readPage(site, path))
			.querySelectorAll('script[type="application/ld+json"]')
			.map((script) => JSON.parse(script.text) as Record<string, unknown>);

	it('builds', () => {
		expect(build.output).not.toMatch(/problems? in the content/);
		expect(build.status).toBe(0);
	});

	it('labels its sheets and relations with its own words, on both sheets', () => {
		const org = parse(readPage(site, 'organisations/acme-institute/'));
		expect(org.querySelector('p.kind')?.text).toBe('Survey body');
		expect(readPage(site, 'people/jane-doe/')).toMatch(/joined<\/span> <a href="\/organisations\/acme-institute\/">Acme Institute<\/a>/);
		expect(org.toString()).toMatch(/was joined by<\/span> <a href="\/people\/jane-doe\/">Jane Doe<\/a>/);
	});

	it('gives its kind a page, and lists it under its plural', () => {
		expect(parse(readPage(site, 'kinds/survey-body/')).querySelector('h1')?.text).toBe('Survey bodies');
		expect(parse(readPage(site, 'kinds/')).querySelectorAll('a').map((a) => a.text)).toEqual(expect.arrayContaining(['People', 'Survey bodies']));
	});

	it('types its sheets in JSON-LD and FollowTheMoney by the vocabulary', () => {
		const graph = JSON.stringify(jsonLd('people/jane-doe/'));
		expect(graph).toContain('"memberOf":[{"@type":"ResearchOrganization"');
		const entities = read('data/entities.ftm.json').trim().split('\n').map((line) => JSON.parse(line) as { schema: string; properties: Record<string, string[]> });
		expect(entities.find((entity) => entity.schema === 'Membership' && entity.properties.role?.[0] === 'joined')).toBeDefined();
	});

	it('publishes JSON Schemas whose enums are its kinds and relation types, and which its exports meet', () => {
		const schema = JSON.parse(read('data/sheets.schema.json'));
		const sheet = schema.properties.sheets.items.properties;
		expect(sheet.kind.enum).toEqual(['person', 'survey-body']);
		expect(sheet.relations.items.properties.type.enum).toEqual(['joined']);
		const validate = new Ajv2020({ strict: false }).compile(schema);
		const sheets = JSON.parse(read('data/sheets.json'));
		expect(validate(sheets), JSON.stringify(validate.errors)).toBe(true);
		expect(sheets.sheets.map((entry: { kind: string; kindLabel: string }) => `${entry.kind}: ${entry.kindLabel}`)).toEqual(['survey-body: Survey body', 'person: Person']);
	});
});

describe('a site whose vocabulary is wrong', () => {
	it('fails to build, naming each problem of the vocabulary and of the sheets that use it', () => {
		const site = prepareFixture('valid', 'g2-vocabulary-bad', {
			'content/kinds.yaml': (text) => text.replace('person:\n  section: people', 'person:\n  section: peple'),
			'content/relation-types.yaml': (text) => text.replace('member-of:\n  label: member of\n  inverse: has member\n  from: any', 'member-of:\n  label: member of\n  inverse: has member\n  from: [persn]'),
			'content/sheets/organisations/acme-institute.md': (text) => text.replace('kind: ngo', 'kind: charity'),
		});
		const build = buildFixture(site);
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('content/kinds.yaml:9:12 kind "person" › section');
		expect(build.output).toContain('`section` is "peple", which is not allowed. Did you mean "people"?');
		expect(build.output).toContain('content/relation-types.yaml:12:10 relation type "member-of" › from[0]');
		expect(build.output).toContain('"persn" is not a kind declared in content/kinds.yaml. Did you mean "person"?');
		expect(build.output).toContain('content/sheets/organisations/acme-institute.md:3:7 kind');
		expect(build.output).toContain('`kind` is "charity", which is not allowed. Did you mean "party"?');
		expect(build.output).toContain(
			'Fix: Use one of: person, organisation, government, government-body, armed-force, military-unit, intelligence-agency, party, political-alliance, ngo, think-tank, media-outlet, international-body, legislature, movement; or declare "charity" in content/kinds.yaml.',
		);
	});
});
