import {
	EXPORT_SCHEMA_VERSION,
	identifierLinks,
	type Citation,
	type DateClaim,
	type ExportName,
	type FactsExport,
	type SheetsExport,
	type SourcesExport,
} from '../../schemas/index.ts';
import type { QuotedPassages } from '../links/quoted-passages.ts';
import { archiveLookupUrl, textFragmentUrl } from '../links/text-fragment.ts';
import type { Site } from '../site/model.ts';
import { relationTypeOf } from '../vocabulary.ts';
import type { SitePath } from '../site/routes.ts';

/**
 * The data exports (docs/data-exports.md), built from the site model. The
 * order of every list is fixed (sheets, facts and sources by id; roles,
 * relations and citations as the curator wrote them), and nothing depends
 * on the build's time, so two builds of the same content give the same
 * files and a diff between builds shows only what changed.
 */
export interface ExportContext {
	/** The absolute address of a site path. */
	readonly absolute: (path: SitePath, fragment?: string) => string;
	/** The absolute address of an export's JSON Schema. */
	readonly schemaUrl: (name: ExportName) => string;
	readonly passages: QuotedPassages;
	/** The licence the content is published under (the site's `license` option), named in every export's header. */
	readonly license?: { readonly name: string; readonly url?: string | undefined } | undefined;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function header(name: ExportName, context: ExportContext) {
	const license = context.license ? { name: context.license.name, url: context.license.url ?? null } : null;
	return { $schema: context.schemaUrl(name), schemaVersion: EXPORT_SCHEMA_VERSION, site: context.absolute('' as SitePath), license } as const;
}

function exportCitations(citations: readonly Citation[], site: Site, context: ExportContext) {
	return citations.map((citation) => {
		const source = site.sources.get(citation.source);
		const url = source?.data.url;
		const words = context.passages[citation.source]?.[citation.quote];
		return {
			source: citation.source,
			quote: citation.quote,
			sourcePage: context.absolute(source?.path ?? ('' as SitePath)),
			link: url ? textFragmentUrl(url, words ?? []) : null,
		};
	});
}

export function sheetsExport(site: Site, context: ExportContext): SheetsExport {
	const sheets = [...site.sheetList].sort((a, b) => byId(a.slug, b.slug));
	return {
		...header('sheets', context),
		sheets: sheets.map(({ slug, data, kind, path }) => ({
			slug,
			page: context.absolute(path),
			name: data.name,
			aliases: [...data.aliases],
			kind: data.kind,
			kindLabel: kind.label,
			description: data.description,
			pseudonymous: data.pseudonymous,
			formerSlugs: [...data.formerSlugs],
			roles: data.roles.map((role) => ({
				title: role.title,
				org: role.org ?? null,
				orgName: role.orgName ?? null,
				former: role.former,
				start: role.start ?? null,
				end: role.end ?? null,
				citations: exportCitations(role.citations, site, context),
			})),
			relations: data.relations.map((relation) => ({
				type: relation.type,
				label: relationTypeOf(site.vocabulary, relation.type).label,
				target: relation.target,
				start: relation.start ?? null,
				end: relation.end ?? null,
				note: relation.note ?? null,
				citations: exportCitations(relation.citations, site, context),
			})),
			identifiers: identifierLinks(data.identifiers).map(({ scheme, id, url }) => ({ scheme, id, url })),
			factIds: data.facts.map((fact) => fact.id).sort(byId),
		})),
	};
}

export function factsExport(site: Site, context: ExportContext): FactsExport {
	const sheets = [...site.sheetList].sort((a, b) => byId(a.slug, b.slug));
	const facts = sheets.flatMap((sheet) =>
		[...sheet.data.facts]
			.sort((a, b) => byId(a.id, b.id))
			.map((fact) => ({
				sheet: sheet.slug,
				id: fact.id,
				page: context.absolute(sheet.path, fact.id),
				statement: fact.statement,
				date: fact.date ?? null,
				asOf: fact.asOf ?? null,
				dateNote: fact.dateNote ?? null,
				claimant: fact.claimant
					? { sheet: fact.claimant.sheet ?? null, party: fact.claimant.party ?? null, citing: fact.claimant.citing ?? null }
					: null,
				figure: fact.figure ? { metric: fact.figure.metric, value: fact.figure.value ?? null, qualifier: fact.figure.qualifier } : null,
				supersedes: fact.supersedes ?? null,
				supersededBy: sheet.data.facts.filter((other) => other.supersedes === fact.id).map((other) => other.id).sort(byId),
				citations: exportCitations(fact.citations, site, context),
			})),
	);
	const metrics = [...site.metrics].sort(([a], [b]) => byId(a, b)).map(([id, metric]) => ({ id, ...metric }));
	return { ...header('facts', context), metrics, facts };
}

function exportDateClaim(claim: DateClaim) {
	return {
		status: claim.status,
		date: claim.status === 'unknown' ? null : claim.date,
		statedAs: claim.status === 'stated' ? claim.statedAs : null,
		reason: claim.status === 'stated' ? null : claim.reason,
	};
}

export function sourcesExport(site: Site, context: ExportContext): SourcesExport {
	const sources = [...site.sourceList].sort((a, b) => byId(a.id, b.id));
	return {
		...header('sources', context),
		sources: sources.map(({ id, data, path }) => ({
			id,
			page: context.absolute(path),
			title: data.title,
			publisher: data.publisher,
			originalPublisher: data.originalPublisher ?? null,
			published: exportDateClaim(data.published),
			retrieved: exportDateClaim(data.retrieved),
			url: data.url ?? null,
			archiveLookup: data.url ? archiveLookupUrl(data.url) : null,
			language: data.language,
			storedText: data.text,
			sha256: data.sha256,
			note: data.note ?? null,
			citedBy: (site.citing.get(id) ?? []).map((citing) => citing.sheet.slug).sort(byId),
		})),
	};
}
