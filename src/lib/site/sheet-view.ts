import type { Claimant, Fact, Metric, Relation, Role } from '../../schemas/index.ts';
import { edgesAmong, type GraphEdge } from '../graph/edges.ts';
import { radialLayout, type Layout } from '../graph/layout.ts';
import { relationAnchors, roleAnchor, type LocatedFact, type Site, type SiteSheet, type SiteSource } from './model.ts';
import { relationTypeOf } from '../vocabulary.ts';
import { ReferenceList, type Reference, type ReferenceGroup } from './references.ts';
import { statementNamesClaimant } from './claimant-named.ts';
import { figureAge, independentSourceCount, newestSource, type Age } from './support.ts';
import { buildTimeline, type TimelineEntry } from './timeline.ts';

/** A link to a sheet, or the plain name of something without one. */
export type NameLink = { readonly sheet: SiteSheet } | { readonly text: string };

export interface CitedView {
	readonly anchor: string;
	/** Reference numbers of the item's citations. */
	readonly refs: readonly number[];
	/** The item's citations as references, in its citations' order: the quotes shown under it. */
	readonly cited: readonly Reference[];
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
	/** How many different sources its citations quote. */
	readonly sourceCount: number;
	/** For a dated figure: how long before the site's newest source it was reported, and that source. */
	readonly age: { readonly age: Age; readonly newest: SiteSource } | undefined;
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
	/** The same references grouped by source, for the reference list. */
	readonly referenceGroups: readonly ReferenceGroup[];
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

/**
 * Who the fact's claimant is, to say "According to …" before it; undefined
 * when the statement already names the claimant (by its words, or its
 * sheet's name or an alias) and whom it cites, which would otherwise be said twice.
 */
function claimantView(claimant: Claimant | undefined, statement: string, site: Site): ClaimantView | undefined {
	if (!claimant) return undefined;
	const sheet = claimant.sheet ? site.sheets.get(claimant.sheet) : undefined;
	const names = [claimant.party, sheet?.data.name, ...(sheet?.data.aliases ?? [])].filter((name): name is string => name !== undefined);
	// "citing …" is dropped with it only when the statement says that too.
	if (statementNamesClaimant(statement, names) && (!claimant.citing || statementNamesClaimant(statement, [claimant.citing]))) return undefined;
	return { who: sheet ? { sheet } : { text: claimant.party ?? claimant.sheet ?? '' }, citing: claimant.citing };
}

const newestSources = new WeakMap<Site, ReturnType<typeof newestSource<SiteSource>>>();

/** The site's newest source by publication date, worked out once per site model. */
function newestOf(site: Site) {
	if (!newestSources.has(site)) newestSources.set(site, newestSource(site.sourceList));
	return newestSources.get(site);
}

function ageOf(fact: Fact, site: Site): FactView['age'] {
	const date = fact.figure ? (fact.asOf ?? fact.date) : undefined;
	const newest = newestOf(site);
	if (!date || !newest) return undefined;
	const age = figureAge(date, newest.date);
	return age && { age, newest: newest.source };
}

/** Everything a sheet's page shows, in display order, with its references numbered. */
export function buildSheetView(site: Site, slug: string): SheetView {
	const sheet = site.sheets.get(slug);
	if (!sheet) throw new Error(`No sheet "${slug}"`);
	const references = new ReferenceList(site.sources);
	const cited = (anchor: string, citations: Fact['citations']): CitedView => {
		const list = references.citeAll(anchor, citations);
		return { anchor, cited: list, refs: list.map((reference) => reference.n) };
	};
	const { data } = sheet;

	const roles = data.roles.map((role, i): RoleView => {
		const anchor = roleAnchor(i);
		const orgSheet = role.org ? site.sheets.get(role.org) : undefined;
		const org = orgSheet ? { sheet: orgSheet } : role.orgName ? { text: role.orgName } : undefined;
		return { role, org, ...cited(anchor, role.citations) };
	});

	const members = (site.roleHolders.get(slug) ?? []).map(({ holder, role }, i): RoleView => {
		const anchor = `member-${i + 1}`;
		return { role, org: { sheet: holder }, ...cited(anchor, role.citations) };
	});

	const outboundAnchors = relationAnchors(data.relations.map((relation) => ({ type: relation.type, other: relation.target })));
	const outbound = data.relations.map((relation, i): RelationView => {
		const anchor = outboundAnchors[i] as string;
		const other = site.sheets.get(relation.target) as SiteSheet;
		const label = relationTypeOf(site.vocabulary, relation.type).label;
		return { label, other, relation, inverse: false, ...cited(anchor, relation.citations) };
	});
	const inboundList = site.inbound.get(slug) ?? [];
	const inboundAnchors = relationAnchors(inboundList.map(({ from, relation }) => ({ type: relation.type, other: from.slug })), 'inverse');
	const inbound = inboundList.map(({ from, relation }, i): RelationView => {
		const anchor = inboundAnchors[i] as string;
		const label = relationTypeOf(site.vocabulary, relation.type).inverse;
		return { label, other: from, relation, inverse: true, ...cited(anchor, relation.citations) };
	});

	const supersededBy = new Map<string, Fact[]>();
	for (const fact of data.facts) {
		if (fact.supersedes) supersededBy.set(fact.supersedes, [...(supersededBy.get(fact.supersedes) ?? []), fact]);
	}
	const factView = (fact: Fact): FactView => ({
		...cited(fact.id, fact.citations),
		fact,
		// On the claimant's own sheet "According to <this sheet>" says nothing the statement does not.
		claimant: fact.claimant?.sheet === slug ? undefined : claimantView(fact.claimant, fact.statement, site),
		metric: fact.figure ? site.metrics.get(fact.figure.metric) : undefined,
		supersededBy: supersededBy.get(fact.id) ?? [],
		supersedes: fact.supersedes ? data.facts.find((other) => other.id === fact.supersedes) : undefined,
		sourceCount: independentSourceCount(fact.citations),
		age: ageOf(fact, site),
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
	// The sheet's own events, in the order and with the one-entry-per-event rule of the site-wide timeline.
	const timeline = buildTimeline([sheet]);
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
		referenceGroups: references.bySource,
	};
}
