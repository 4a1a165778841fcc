import type { SheetData } from '../../schemas/index.ts';
import { relationTypeOf, type Vocabulary } from '../vocabulary.ts';

/** A link between two sheets, from a relation or a role, labelled from `from`'s side. */
export interface GraphEdge {
	readonly from: string;
	readonly to: string;
	readonly label: string;
}

/** Every edge between existing sheets: each relation once, each role at an organisation with a sheet once. */
export function buildEdges(sheets: readonly { readonly slug: string; readonly data: SheetData }[], vocabulary: Vocabulary): GraphEdge[] {
	const slugs = new Set(sheets.map((sheet) => sheet.slug));
	const edges: GraphEdge[] = [];
	for (const sheet of sheets) {
		for (const relation of sheet.data.relations) {
			if (slugs.has(relation.target)) edges.push({ from: sheet.slug, to: relation.target, label: relationTypeOf(vocabulary, relation.type).label });
		}
		for (const role of sheet.data.roles) {
			if (role.org && slugs.has(role.org)) edges.push({ from: sheet.slug, to: role.org, label: role.title });
		}
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
