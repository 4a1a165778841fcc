import { identifierLinks, type DateClaim, type Metric, type SourceData } from '../../schemas/index.ts';
import { citedSourceIds } from '../site/cited-sources.ts';
import type { Site, SiteSheet, SiteSource } from '../site/model.ts';
import type { SitePath } from '../site/routes.ts';
import { relationTypeOf } from '../vocabulary.ts';

/**
 * schema.org structured data (JSON-LD) for search engines and other
 * readers. A sheet is a web page about a Person or an organisation of the
 * kind's own type (its `schemaOrg` in content/kinds.yaml: GovernmentOrganization,
 * NGO, PoliticalParty, …), with its current roles as `jobTitle` and
 * `affiliation`, its current relations of a type with `schemaOrg: memberOf`
 * (content/relation-types.yaml) as `memberOf`, the editors' identifiers as `sameAs`, each claim a
 * `Claim` by its claimant that appears in the source article, and the
 * articles as citations. A source page is about the article: the stored
 * copy's publisher and date, and a republished article's first publisher as
 * the work it `isBasedOn`, with no date the text does not give it. Figure
 * pages and the data page are Datasets, a timeline page a list of its facts. Only what the content states goes in:
 * no address or date is filled in by guess. tests/unit/structured-data.test.ts
 * checks every type and property against schema.org's vocabulary.
 */
export type JsonLd = Record<string, unknown>;

export interface PageContext {
	/** The page's absolute address. */
	readonly url: string;
	readonly siteName: string;
	/** The home page's absolute address. */
	readonly homeUrl: string;
}

/** What a sheet's data needs besides the page: the absolute address of any site path. */
export interface SiteContext extends PageContext {
	readonly absolute: (path: SitePath, fragment?: string) => string;
}

/** A date the source states; an inferred date is only the earliest possible, so it is left out. */
function statedDate(claim: DateClaim): string | undefined {
	return claim.status === 'stated' ? claim.date : undefined;
}

function withoutUndefined(object: JsonLd): JsonLd {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/** The `@id` of the actor a sheet is about: its page, `#about`. */
const actorId = (sheet: SiteSheet, context: SiteContext) => `${context.absolute(sheet.path)}#about`;
const articleId = (pageUrl: string) => `${pageUrl}#article`;

/** A reference to another sheet's actor, with its type and name. */
function actorRef(sheet: SiteSheet, context: SiteContext): JsonLd {
	return { '@type': sheet.kind.schemaOrg, '@id': actorId(sheet, context), name: sheet.data.name };
}

/** A source article as a cited work. `pageUrl` is its page on this site. */
export function articleJsonLd(data: SourceData, pageUrl: string): JsonLd {
	return withoutUndefined({
		'@type': 'NewsArticle',
		'@id': articleId(pageUrl),
		headline: data.title,
		// The stored copy's publisher, with the stored copy's date: a republisher's date is never given to the first publisher.
		publisher: data.publisher ? { '@type': 'Organization', name: data.publisher } : undefined,
		datePublished: statedDate(data.published),
		inLanguage: data.language,
		url: data.url,
		isBasedOn: data.originalPublisher
			? { '@type': 'NewsArticle', headline: data.title, publisher: { '@type': 'Organization', name: data.originalPublisher } }
			: undefined,
	});
}

function webSite(context: PageContext): JsonLd {
	return { '@type': 'WebSite', name: context.siteName, url: context.homeUrl };
}

function actorJsonLd(sheet: SiteSheet, site: Site, context: SiteContext): JsonLd {
	const { data } = sheet;
	const isPerson = sheet.kind.schemaOrg === 'Person';
	// Current roles only: a former role is not what the actor is now.
	const current = data.roles.filter((role) => !role.former);
	const affiliations = current.flatMap((role) => {
		const org = role.org ? site.sheets.get(role.org) : undefined;
		if (org) return [actorRef(org, context)];
		return role.orgName ? [{ '@type': 'Organization', name: role.orgName }] : [];
	});
	const memberOf = data.relations
		.filter((relation) => relationTypeOf(site.vocabulary, relation.type).schemaOrg === 'memberOf' && relation.end === undefined)
		.flatMap((relation) => {
			const target = site.sheets.get(relation.target);
			return target && target.kind.schemaOrg !== 'Person' ? [actorRef(target, context)] : [];
		});
	return withoutUndefined({
		'@type': sheet.kind.schemaOrg,
		'@id': actorId(sheet, context),
		name: data.name,
		alternateName: data.aliases,
		description: data.description,
		jobTitle: isPerson ? current.map((role) => role.title) : undefined,
		affiliation: isPerson ? affiliations : undefined,
		memberOf,
		sameAs: identifierLinks(data.identifiers).map((link) => link.url),
	});
}

/** A fact someone asserts, as a Claim by them that appears in the source articles. */
function claimsJsonLd(sheet: SiteSheet, site: Site, context: SiteContext): JsonLd[] {
	return sheet.data.facts.flatMap((fact) => {
		if (!fact.claimant) return [];
		const claimant = fact.claimant.sheet ? site.sheets.get(fact.claimant.sheet) : undefined;
		const sources = [...new Set(fact.citations.map((citation) => citation.source))].flatMap((id) => site.sources.get(id) ?? []);
		return [
			withoutUndefined({
				'@type': 'Claim',
				'@id': context.absolute(sheet.path, fact.id),
				text: fact.statement,
				about: { '@id': actorId(sheet, context) },
				author: claimant ? actorRef(claimant, context) : undefined,
				// A party without a sheet ("a senior official") may be a person or a body: named in words, not typed by guess.
				creditText: !claimant && fact.claimant.party ? `According to ${fact.claimant.party}` : undefined,
				appearance: sources.map((source) => ({ '@id': articleId(context.absolute(source.path)) })),
			}),
		];
	});
}

export function sheetJsonLd(sheet: SiteSheet, site: Site, context: SiteContext): JsonLd {
	const { data } = sheet;
	const cited = citedSourceIds(data).flatMap((id) => site.sources.get(id) ?? []);
	return withoutUndefined({
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': context.url,
		url: context.url,
		name: data.name,
		description: data.description,
		isPartOf: webSite(context),
		about: actorJsonLd(sheet, site, context),
		citation: cited.map((source) => articleJsonLd(source.data, context.absolute(source.path))),
		hasPart: claimsJsonLd(sheet, site, context),
	});
}

export function sourceJsonLd(source: SiteSource, context: PageContext): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': context.url,
		url: context.url,
		name: source.data.title,
		isPartOf: webSite(context),
		about: articleJsonLd(source.data, context.url),
	};
}

/** A file of a Dataset: its address and its media type. */
export interface DataFile {
	readonly url: string;
	/** Its media type, or its content's and then its compression's. */
	readonly encodingFormat: string | readonly string[];
	readonly name: string;
}

function dataset(name: string, description: string, files: readonly DataFile[], context: PageContext): JsonLd {
	return {
		'@type': 'Dataset',
		'@id': `${context.url}#dataset`,
		name,
		description,
		url: context.url,
		isAccessibleForFree: true,
		includedInDataCatalog: { '@type': 'DataCatalog', name: context.siteName, url: context.homeUrl },
		distribution: files.map((file) => ({ '@type': 'DataDownload', name: file.name, contentUrl: file.url, encodingFormat: file.encodingFormat })),
	};
}

/** The data page: every export as one Dataset. */
export function dataPageJsonLd(files: readonly DataFile[], page: { readonly name: string; readonly description: string }, context: PageContext): JsonLd {
	const { name, description } = page;
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': context.url,
		url: context.url,
		name,
		isPartOf: webSite(context),
		mainEntity: dataset(context.siteName, description, files, context),
	};
}

/** A figure page: the reported values of one metric, a Dataset measuring it, drawn from the cited articles. */
export function figureJsonLd(metric: Metric, sources: readonly SiteSource[], files: readonly DataFile[], context: SiteContext): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': context.url,
		url: context.url,
		name: metric.label,
		isPartOf: webSite(context),
		mainEntity: {
			...dataset(metric.label, `${metric.description} Every reported value, with who reported it and when.`, files, context),
			variableMeasured: { '@type': 'PropertyValue', name: metric.label, description: metric.description, unitText: metric.unit },
			citation: sources.map((source) => articleJsonLd(source.data, context.absolute(source.path))),
		},
	};
}

/** A timeline page: its dated facts as a list, oldest first, each item the fact's permalink and date. */
export function timelineJsonLd(
	title: string,
	entries: readonly { readonly sheet: SiteSheet; readonly fact: { readonly id: string; readonly statement: string }; readonly when: string }[],
	context: SiteContext,
): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': context.url,
		url: context.url,
		name: title,
		isPartOf: webSite(context),
		mainEntity: {
			'@type': 'ItemList',
			itemListOrder: 'https://schema.org/ItemListOrderAscending',
			numberOfItems: entries.length,
			itemListElement: entries.map((entry, i) => ({
				'@type': 'ListItem',
				position: i + 1,
				url: context.absolute(entry.sheet.path, entry.fact.id),
				name: entry.fact.statement,
				// The date the fact is placed at, as precisely as the source gives it.
				description: entry.when,
			})),
		},
	};
}

/** The home page: the site, and how to search it. */
export function siteJsonLd(context: PageContext, searchUrlTemplate: string): JsonLd {
	return {
		'@context': 'https://schema.org',
		...webSite(context),
		potentialAction: { '@type': 'SearchAction', target: searchUrlTemplate, 'query-input': 'required name=q' },
	};
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script. */
export function jsonLdScript(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
