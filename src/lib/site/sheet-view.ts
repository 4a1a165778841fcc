import type { Claimant, Fact, Metric, Relation, Role } from '../../schemas/index.ts';
import { edgesAmong, type GraphEdge } from '../graph/edges.ts';
import { radialLayout, type Layout } from '../graph/layout.ts';
import { relationAnchors, roleAnchor, type LocatedFact, type Site, type SiteSheet } from './model.ts';
import { relationTypeOf } from '../vocabulary.ts';
import { ReferenceList, type Reference } from './references.ts';
import { timelineDate, type TimelineEntry } from './timeline.ts';

/** A link to a sheet, or the plain name of something without one. */
export type NameLink = { readonly sheet: SiteSheet } | { readonly text: string };

export interface CitedView {
	readonly anchor: string;
	/** Reference numbers of the item's citations. */
	readonly refs: readonly number[];
}

export interface RoleView extends CitedView {
	readonly role: Role;
	readonly org: NameLink | undefined;
}

export interface RelationView extends CitedView {
	/** The label as read from this page ("son of", or "parent of" for an inverse). */
	readonly label: string;
	readonly other: SiteSheet;
	readonly relation: Relation;
	readonly inverse: boolean;
}

export interface ClaimantView {
	readonly who: NameLink;
	readonly citing: string | undefined;
}

export interface FactView extends CitedView {
	readonly fact: Fact;
	readonly claimant: ClaimantView | undefined;
	/** The metric of the fact's figure, if it has one. */
	readonly metric: Metric | undefined;
	/** Later facts on this sheet that supersede this one. */
	readonly supersededBy: readonly Fact[];
	readonly supersedes: Fact | undefined;
}

export interface SheetView {
	readonly sheet: SiteSheet;
	readonly kindLabel: string;
	readonly roles: readonly RoleView[];
	/** People holding roles in this organisation, as declared on their sheets. */
	readonly members: readonly RoleView[];
	readonly relations: readonly RelationView[];
	/** Facts that nothing supersedes: the current state. */
	readonly facts: readonly FactView[];
	/** Superseded facts, kept with their dates as the history. */
	readonly history: readonly FactView[];
	readonly references: readonly Reference[];
	/** Where other sheets' prose mentions this one. */
	readonly mentions: readonly { readonly sheet: SiteSheet; readonly sentence: string }[];
	/** Facts on other sheets that this actor asserts. */
	readonly claims: readonly LocatedFact[];
	/** Metrics this actor reported figures for, anywhere on the site. */
	readonly figureMetrics: readonly { readonly id: string; readonly label: string }[];
	/** This sheet's own dated facts, oldest first. */
	readonly timeline: readonly TimelineEntry<SiteSheet>[];
	/** This sheet and its neighbours, laid out around it. */
	readonly graph: { readonly layout: Layout; readonly sheets: ReadonlyMap<string, SiteSheet>; readonly edges: readonly GraphEdge[] };
}

function claimantView(claimant: Claimant | undefined, site: Site): ClaimantView | undefined {
	if (!claimant) return undefined;
	const sheet = claimant.sheet ? site.sheets.get(claimant.sheet) : undefined;
	return { who: sheet ? { sheet } : { text: claimant.party ?? claimant.sheet ?? '' }, citing: claimant.citing };
}

/** Everything a sheet's page shows, in display order, with its references numbered. */
export function buildSheetView(site: Site, slug: string): SheetView {
	const sheet = site.sheets.get(slug);
	if (!sheet) throw new Error(`No sheet "${slug}"`);
	const references = new ReferenceList(site.sources);
	const { data } = sheet;

	const roles = data.roles.map((role, i): RoleView => {
		const anchor = roleAnchor(i);
		const orgSheet = role.org ? site.sheets.get(role.org) : undefined;
		const org = orgSheet ? { sheet: orgSheet } : role.orgName ? { text: role.orgName } : undefined;
		return { anchor, role, org, refs: references.cite(anchor, role.citations) };
	});

	const members = (site.roleHolders.get(slug) ?? []).map(({ holder, role }, i): RoleView => {
		const anchor = `member-${i + 1}`;
		return { anchor, role, org: { sheet: holder }, refs: references.cite(anchor, role.citations) };
	});

	const outboundAnchors = relationAnchors(data.relations.map((relation) => ({ type: relation.type, other: relation.target })));
	const outbound = data.relations.map((relation, i): RelationView => {
		const anchor = outboundAnchors[i] as string;
		const other = site.sheets.get(relation.target) as SiteSheet;
		const label = relationTypeOf(site.vocabulary, relation.type).label;
		return { anchor, label, other, relation, inverse: false, refs: references.cite(anchor, relation.citations) };
	});
	const inboundList = site.inbound.get(slug) ?? [];
	const inboundAnchors = relationAnchors(inboundList.map(({ from, relation }) => ({ type: relation.type, other: from.slug })), 'inverse');
	const inbound = inboundList.map(({ from, relation }, i): RelationView => {
		const anchor = inboundAnchors[i] as string;
		const label = relationTypeOf(site.vocabulary, relation.type).inverse;
		return { anchor, label, other: from, relation, inverse: true, refs: references.cite(anchor, relation.citations) };
	});

	const supersededBy = new Map<string, Fact[]>();
	for (const fact of data.facts) {
		if (fact.supersedes) supersededBy.set(fact.supersedes, [...(supersededBy.get(fact.supersedes) ?? []), fact]);
	}
	const factView = (fact: Fact): FactView => ({
		anchor: fact.id,
		fact,
		// On the claimant's own sheet "According to <this sheet>" says nothing the statement does not.
		claimant: fact.claimant?.sheet === slug ? undefined : claimantView(fact.claimant, site),
		metric: fact.figure ? site.metrics.get(fact.figure.metric) : undefined,
		supersededBy: supersededBy.get(fact.id) ?? [],
		supersedes: fact.supersedes ? data.facts.find((other) => other.id === fact.supersedes) : undefined,
		refs: references.cite(fact.id, fact.citations),
	});
	// Numbering follows display order: current facts first, then the history.
	const facts = data.facts.filter((fact) => !supersededBy.has(fact.id)).map(factView);
	const history = data.facts.filter((fact) => supersededBy.has(fact.id)).map(factView);

	const claims = (site.claims.get(slug) ?? []).filter((claim) => claim.sheet.slug !== slug);
	const figureMetrics = [
		...new Set((site.claims.get(slug) ?? []).flatMap((claim) => (claim.fact.figure ? [claim.fact.figure.metric] : []))),
	]
		.sort()
		.map((id) => ({ id, label: site.metrics.get(id)?.label ?? id }));
	const timeline = data.facts
		.flatMap((fact) => {
			const dated = timelineDate(fact);
			return dated ? [{ sheet, fact, ...dated }] : [];
		})
		.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0));
	const neighbourSlugs = [...(site.neighbours.get(slug) ?? [])].sort((a, b) =>
		site.compareNames(site.sheets.get(a)?.data.name ?? a, site.sheets.get(b)?.data.name ?? b),
	);
	const graphSheets = new Map([slug, ...neighbourSlugs].map((id) => [id, site.sheets.get(id) as SiteSheet]));

	return {
		sheet,
		kindLabel: sheet.kind.label,
		mentions: (site.mentions.get(slug) ?? []).map((mention) => ({ sheet: site.sheets.get(mention.fromSlug) as SiteSheet, sentence: mention.sentence })),
		claims,
		figureMetrics,
		timeline,
		graph: {
			layout: radialLayout(slug, neighbourSlugs),
			sheets: graphSheets,
			edges: edgesAmong(new Set(graphSheets.keys()), site.edgesBySheet),
		},
		roles,
		members,
		relations: [...outbound, ...inbound],
		facts,
		history,
		references: references.entries,
	};
}
