import type { Figure, Metric, PartialDate, Role } from '../../schemas/index.ts';
import { orderFigures } from './figures.ts';
import type { NameLink, SheetView } from './sheet-view.ts';
import type { Site, SiteSheet } from './model.ts';

/** A current role in the key-facts box, linking to its entry under Roles. */
export interface KeyRole {
	readonly anchor: string;
	readonly role: Role;
	readonly org: NameLink | undefined;
}

/** One relation in the key-facts box, linking to its entry under Relations. */
export interface KeyRelation {
	readonly anchor: string;
	readonly other: SiteSheet;
}

/** The relations of one label ("member of"), in the page's order. */
export interface KeyRelationGroup {
	readonly label: string;
	readonly relations: readonly KeyRelation[];
}

/** The latest figure of one metric by one claimant on the sheet, linking to its fact. */
export interface KeyFigure {
	readonly anchor: string;
	readonly metric: Metric;
	readonly figure: Figure;
	/** When the value was reported as true: the fact's `asOf`, else its `date`. */
	readonly when: PartialDate;
	/** Who gave it (a sheet's name or the party the source describes); undefined when it is the sheet itself, as on its facts. */
	readonly claimant: string | undefined;
}

/** What a sheet's key-facts box shows: a summary of what the page below says, each entry an in-page link to it. */
export interface KeyFacts {
	readonly kind: string;
	readonly roles: readonly KeyRole[];
	readonly relations: readonly KeyRelationGroup[];
	/** Relations the box leaves out (MAX_KEY_RELATIONS): the box links to the full list. */
	readonly moreRelations: number;
	/** One per metric and claimant, in the metrics' label order. */
	readonly figures: readonly KeyFigure[];
}

/**
 * The most relations the box names. An organisation can be the other end of
 * dozens of relations; the box is a summary that must stay shorter than a
 * phone screen (about six lines at 390 px), and Relations lists them all.
 */
export const MAX_KEY_RELATIONS = 6;

/**
 * A sheet's key facts, from its page's view (so every entry is an item the
 * page shows, with the same anchor):
 * - roles that are current: neither called former nor given an end;
 * - relations, its own first and then those other sheets declare to it (the
 *   page's order), grouped by label, at most MAX_KEY_RELATIONS;
 * - for each metric and claimant, the latest figure the sheet reports, in
 *   the one order figures have everywhere (orderFigures: by date, a
 *   superseding report after the one it supersedes). Per claimant, because
 *   one claimant's later figure does not replace another's: a box showing
 *   only the last would present one claim as the figure.
 * Every entry is one the page shows below, with its citations.
 * Empty lists when the page has none; `hasKeyFacts` says whether a box is worth showing.
 */
export function keyFacts(view: SheetView, site: Pick<Site, 'sheets'>): KeyFacts {
	const roles = view.roles.filter(({ role }) => !role.former && role.end === undefined).map(({ anchor, role, org }) => ({ anchor, role, org }));

	const groups = new Map<string, KeyRelation[]>();
	for (const relation of view.relations.slice(0, MAX_KEY_RELATIONS)) {
		const group = groups.get(relation.label);
		const entry = { anchor: relation.anchor, other: relation.other };
		if (group) group.push(entry);
		else groups.set(relation.label, [entry]);
	}

	const points = [...view.facts, ...view.history].flatMap((item) => {
		const when = item.fact.asOf ?? item.fact.date;
		// Verification guarantees a claimant and a date for every figure.
		return item.fact.figure && item.fact.claimant && item.metric && when
			? [{ sheet: view.sheet, fact: item.fact, figure: item.fact.figure, claimant: item.fact.claimant, when, metric: item.metric }]
			: [];
	});
	const latest = new Map<string, KeyFigure>();
	for (const point of orderFigures(points)) {
		const { sheet, party } = point.claimant;
		const claimant = sheet === view.sheet.slug ? undefined : sheet ? (site.sheets.get(sheet)?.data.name ?? sheet) : party;
		latest.set(`${point.figure.metric}\u0000${sheet ?? ''}\u0000${party ?? ''}`, { anchor: point.fact.id, metric: point.metric, figure: point.figure, when: point.when, claimant });
	}

	return {
		kind: view.kindLabel,
		roles,
		relations: [...groups].map(([label, relations]) => ({ label, relations })),
		moreRelations: Math.max(0, view.relations.length - MAX_KEY_RELATIONS),
		figures: [...latest.values()].sort((a, b) => (a.metric.label < b.metric.label ? -1 : a.metric.label > b.metric.label ? 1 : 0)),
	};
}

/** The box repeats the kind the header already shows: it is worth showing only with a role, a relation or a figure. */
export function hasKeyFacts(facts: KeyFacts): boolean {
	return facts.roles.length + facts.relations.length + facts.figures.length > 0;
}
