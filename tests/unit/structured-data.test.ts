/** JSON-LD, checked against schema.org's vocabulary (schema-dts) rather than a list written here. */
import { describe, expect, it } from 'vitest';
import { dataPageJsonLd, figureJsonLd, sheetJsonLd, siteJsonLd, sourceJsonLd, timelineJsonLd, type SiteContext } from '../../src/lib/seo/structured-data.ts';
import { absoluteUrl } from '../../src/lib/site/routes.ts';
import { ANN_LEE, SOURCE, validSite } from '../helpers/project.ts';
import { isSchemaOrgType, schemaOrgProblems } from '../helpers/schema-org.ts';

const absolute = (path: string, fragment?: string) => absoluteUrl('https://e.org', '/', path as never, fragment);
const context = (path: string): SiteContext => ({ url: absolute(path), siteName: 'S', homeUrl: absolute(''), absolute });

const annLee = ANN_LEE.replace(
	'facts:\n',
	`identifiers:
  wikidata: Q4115189
relations:
  - type: member-of
    target: council
    citations:
      - source: daily
        quote: The mayor, Ann Lee, said
facts:
`,
);
const republished = SOURCE.replace('publisher: The Daily', 'publisher: Coast Radio\noriginalPublisher: The Daily').replace('language: en', 'language: en\nurl: https://daily.example/bridge');
const site = () => validSite({ 'content/sheets/people/ann-lee.mdx': annLee, 'content/sources/daily.yaml': republished });
const files = [{ name: 'facts.csv', url: absolute('data/facts.csv'), encodingFormat: 'text/csv' }];

describe('JSON-LD', () => {
	it('uses a schema.org type for every kind of the default vocabulary', () => {
		for (const { schemaOrg } of site().vocabulary.kinds.values()) expect(isSchemaOrgType(schemaOrg), schemaOrg).toBe(true);
	});

	it('describes a person with the roles, memberships, identifiers and claims the sheet gives', () => {
		const s = site();
		const data = sheetJsonLd(s.sheets.get('ann-lee')!, s, context('people/ann-lee/'));
		expect(schemaOrgProblems(data)).toEqual([]);
		expect(data).toMatchInlineSnapshot(`
			{
			  "@context": "https://schema.org",
			  "@id": "https://e.org/people/ann-lee/",
			  "@type": "WebPage",
			  "about": {
			    "@id": "https://e.org/people/ann-lee/#about",
			    "@type": "Person",
			    "affiliation": [
			      {
			        "@id": "https://e.org/organisations/council/#about",
			        "@type": "GovernmentOrganization",
			        "name": "City Council",
			      },
			    ],
			    "description": "Mayor.",
			    "jobTitle": [
			      "mayor",
			    ],
			    "memberOf": [
			      {
			        "@id": "https://e.org/organisations/council/#about",
			        "@type": "GovernmentOrganization",
			        "name": "City Council",
			      },
			    ],
			    "name": "Ann Lee",
			    "sameAs": [
			      "https://www.wikidata.org/wiki/Q4115189",
			    ],
			  },
			  "citation": [
			    {
			      "@id": "https://e.org/sources/daily/#article",
			      "@type": "NewsArticle",
			      "datePublished": "2026-03-04",
			      "headline": "Headline about the council",
			      "inLanguage": "en",
			      "isBasedOn": {
			        "@type": "NewsArticle",
			        "headline": "Headline about the council",
			        "publisher": {
			          "@type": "Organization",
			          "name": "The Daily",
			        },
			      },
			      "publisher": {
			        "@type": "Organization",
			        "name": "Coast Radio",
			      },
			      "url": "https://daily.example/bridge",
			    },
			  ],
			  "description": "Mayor.",
			  "hasPart": [
			    {
			      "@id": "https://e.org/people/ann-lee/#bridge-reopening",
			      "@type": "Claim",
			      "about": {
			        "@id": "https://e.org/people/ann-lee/#about",
			      },
			      "appearance": [
			        {
			          "@id": "https://e.org/sources/daily/#article",
			        },
			      ],
			      "author": {
			        "@id": "https://e.org/people/ann-lee/#about",
			        "@type": "Person",
			        "name": "Ann Lee",
			      },
			      "text": "Lee said the bridge will reopen in May.",
			    },
			  ],
			  "isPartOf": {
			    "@type": "WebSite",
			    "name": "S",
			    "url": "https://e.org/",
			  },
			  "name": "Ann Lee",
			  "url": "https://e.org/people/ann-lee/",
			}
		`);
	});

	it('types an organisation by its kind', () => {
		const s = site();
		const data = sheetJsonLd(s.sheets.get('council')!, s, context('organisations/council/'));
		expect(schemaOrgProblems(data)).toEqual([]);
		expect((data['about'] as Record<string, unknown>)['@type']).toBe('GovernmentOrganization');
	});

	it('keeps the stored copy’s publisher and date apart from the first publisher, who gets no date', () => {
		const s = site();
		const data = sourceJsonLd(s.sources.get('daily')!, context('sources/daily/'));
		expect(schemaOrgProblems(data)).toEqual([]);
		expect(data['about']).toMatchInlineSnapshot(`
			{
			  "@id": "https://e.org/sources/daily/#article",
			  "@type": "NewsArticle",
			  "datePublished": "2026-03-04",
			  "headline": "Headline about the council",
			  "inLanguage": "en",
			  "isBasedOn": {
			    "@type": "NewsArticle",
			    "headline": "Headline about the council",
			    "publisher": {
			      "@type": "Organization",
			      "name": "The Daily",
			    },
			  },
			  "publisher": {
			    "@type": "Organization",
			    "name": "Coast Radio",
			  },
			  "url": "https://daily.example/bridge",
			}
		`);
	});

	it('makes figure pages and the data page Datasets', () => {
		const s = site();
		const figure = figureJsonLd(s.metrics.get('complaints')!, [s.sources.get('daily')!], files, context('figures/complaints/'));
		expect(schemaOrgProblems(figure)).toEqual([]);
		expect(figure['mainEntity']).toMatchObject({ '@type': 'Dataset', variableMeasured: { '@type': 'PropertyValue', unitText: 'complaints' } });
		const dataPage = dataPageJsonLd(files, { name: 'Data downloads', description: 'Everything.' }, context('data/'));
		expect(schemaOrgProblems(dataPage)).toEqual([]);
		expect(dataPage['mainEntity']).toMatchObject({ '@type': 'Dataset', distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv' }] });
		expect(schemaOrgProblems(siteJsonLd(context(''), 'https://e.org/search/?q={q}'))).toEqual([]);
	});

	it('lists a timeline page’s facts, oldest first', () => {
		const s = site();
		const data = timelineJsonLd('Timeline', s.timeline, context('timeline/'));
		expect(schemaOrgProblems(data)).toEqual([]);
		expect(data['mainEntity']).toMatchInlineSnapshot(`
			{
			  "@type": "ItemList",
			  "itemListElement": [
			    {
			      "@type": "ListItem",
			      "description": "2026-03-02",
			      "name": "The council counted at least 312 complaints as of 2 March.",
			      "position": 1,
			      "url": "https://e.org/organisations/council/#complaints-2026-03-02",
			    },
			  ],
			  "itemListOrder": "https://schema.org/ItemListOrderAscending",
			  "numberOfItems": 1,
			}
		`);
	});

	it('finds what schema.org does not have', () => {
		expect(schemaOrgProblems({ '@type': 'Person', memberOf: { '@type': 'Claim' }, colour: 'red' })).toEqual([
			'$.memberOf: a Claim is not in its range (MemberProgramTier, Organization, ProgramMembership, IdReference)',
			'$.colour: not a property of Person',
		]);
		expect(schemaOrgProblems({ '@type': 'Governmentorganization' })).toEqual(['$: schema.org has no type Governmentorganization']);
	});
});
