import type { SheetData } from '../../schemas/index.ts';
import { relationAnchors, roleAnchor } from '../site/model.ts';
import { relationTypeOf, type Vocabulary } from '../vocabulary.ts';

/** A link between two sheets, from a relation or a role, labelled from `from`'s side. */
export interface GraphEdge {
	readonly from: string;
	readonly to: string;
	readonly label: string;
	/** A relation between two sheets, or a role the `from` sheet holds at the `to` organisation. */
	readonly kind: 'relation' | 'role';
	/** The anchor of the relation or role on `from`'s page, where it is given with its sources. */
	readonly anchor: string;
	/** A role the source calls former: the label is then shown as "former …" (src/lib/site/format.ts, formatRoleTitle). */
	readonly former?: boolean;
}

/** Every edge between existing sheets: each relation once, each role at an organisation with a sheet once. */
export function buildEdges(sheets: readonly { readonly slug: string; readonly data: SheetData }[], vocabulary: Vocabulary): GraphEdge[] {
	const slugs = new Set(sheets.map((sheet) => sheet.slug));
	const edges: GraphEdge[] = [];
	for (const sheet of sheets) {
		// The same anchors as the sheet page gives its relations and roles (src/lib/site/sheet-view.ts).
		const anchors = relationAnchors(sheet.data.relations.map((relation) => ({ type: relation.type, other: relation.target })));
		sheet.data.relations.forEach((relation, i) => {
			if (!slugs.has(relation.target)) return;
			const label = relationTypeOf(vocabulary, relation.type).label;
			edges.push({ from: sheet.slug, to: relation.target, label, kind: 'relation', anchor: anchors[i] as string });
		});
		sheet.data.roles.forEach((role, i) => {
			if (role.org && slugs.has(role.org)) edges.push({ from: sheet.slug, to: role.org, label: role.title, kind: 'role', anchor: roleAnchor(i), former: role.former });
		});
	}
	return edges;
}

/** Each sheet's neighbours, sorted by slug, from an edge list. */
export function adjacency(edges: readonly GraphEdge[]): Map<string, string[]> {
	const neighbours = new Map<string, Set<string>>();
	const add = (a: string, b: string) => {
		const set = neighbours.get(a);
		if (set) set.add(b);
		else neighbours.set(a, new Set([b]));
	};
	for (const edge of edges) {
		add(edge.from, edge.to);
		add(edge.to, edge.from);
	}
	return new Map([...neighbours].map(([slug, set]) => [slug, [...set].sort()]));
}

/** Each sheet's edges (either end), so a page can find its own without scanning all of them. */
export function edgesBySheet(edges: readonly GraphEdge[]): Map<string, GraphEdge[]> {
	const bySheet = new Map<string, GraphEdge[]>();
	const add = (slug: string, edge: GraphEdge) => {
		const list = bySheet.get(slug);
		if (list) list.push(edge);
		else bySheet.set(slug, [edge]);
	};
	for (const edge of edges) {
		add(edge.from, edge);
		if (edge.to !== edge.from) add(edge.to, edge);
	}
	return bySheet;
}

/** The edges among a set of sheets, found through each sheet's own edges. */
export function edgesAmong(nodes: ReadonlySet<string>, bySheet: ReadonlyMap<string, readonly GraphEdge[]>): GraphEdge[] {
	const found = new Set<GraphEdge>();
	for (const node of nodes) {
		for (const edge of bySheet.get(node) ?? []) if (nodes.has(edge.from) && nodes.has(edge.to)) found.add(edge);
	}
	return [...found];
}

/**
 * The `limit` best-connected sheets, most neighbours first, ties by slug so
 * the choice is the same on every build. The whole-network page draws these:
 * a force layout of every sheet grows faster than the corpus and, past a few
 * hundred nodes, is no longer readable anyway.
 */
export function bestConnected(neighbours: ReadonlyMap<string, readonly string[]>, limit: number): string[] {
	return [...neighbours]
		.sort(([a, left], [b, right]) => right.length - left.length || (a < b ? -1 : a > b ? 1 : 0))
		.slice(0, limit)
		.map(([slug]) => slug);
}
