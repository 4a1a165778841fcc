import type { DateClaim, SourceData } from '../../schemas/index.ts';
import type { SiteSheet, SiteSource } from '../site/model.ts';

/**
 * schema.org structured data (JSON-LD) for search engines and other
 * readers: a sheet is a web page about a `Person` or an `Organization`,
 * citing its source articles; a source page is about the article. Only what
 * the content states goes in: no address or date is filled in by guess.
 */
type JsonLd = Record<string, unknown>;

export interface PageContext {
	/** The page's absolute address. */
	readonly url: string;
	readonly siteName: string;
	/** The home page's absolute address. */
	readonly homeUrl: string;
}

/** A date the source states; an inferred date is only the earliest possible, so it is left out. */
function statedDate(claim: DateClaim): string | undefined {
	return claim.status === 'stated' ? claim.date : undefined;
}

function withoutUndefined(object: JsonLd): JsonLd {
	return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/** A source article as a cited work. `pageUrl` is its page on this site. */
export function articleJsonLd(data: SourceData, pageUrl: string): JsonLd {
	const publisher = data.originalPublisher ?? data.publisher ?? undefined;
	return withoutUndefined({
		'@type': 'NewsArticle',
		'@id': `${pageUrl}#article`,
		headline: data.title,
		publisher: publisher ? { '@type': 'Organization', name: publisher } : undefined,
		datePublished: statedDate(data.published),
		inLanguage: data.language,
		url: data.url,
	});
}

function webSite(context: PageContext): JsonLd {
	return { '@type': 'WebSite', name: context.siteName, url: context.homeUrl };
}

export function sheetJsonLd(sheet: SiteSheet, citedSources: readonly { source: SiteSource; pageUrl: string }[], context: PageContext): JsonLd {
	const { data } = sheet;
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		'@id': context.url,
		url: context.url,
		name: data.name,
		description: data.description,
		isPartOf: webSite(context),
		about: withoutUndefined({
			'@type': data.kind === 'person' ? 'Person' : 'Organization',
			'@id': `${context.url}#about`,
			name: data.name,
			alternateName: data.aliases,
			description: data.description,
		}),
		citation: citedSources.map(({ source, pageUrl }) => articleJsonLd(source.data, pageUrl)),
	};
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
