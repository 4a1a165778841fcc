import { RELATION_TYPES, type SheetData } from '../../schemas/index.ts';

/** A link between two sheets, from a relation or a role, labelled from `from`'s side. */
export interface GraphEdge {
	readonly from: string;
	readonly to: string;
	readonly label: string;
}

/** Every edge between existing sheets: each relation once, each role at an organisation with a sheet once. */
export function buildEdges(sheets: readonly { readonly slug: string; readonly data: SheetData }[]): GraphEdge[] {
	const slugs = new Set(sheets.map((sheet) => sheet.slug));
	const edges: GraphEdge[] = [];
	for (const sheet of sheets) {
		for (const relation of sheet.data.relations) {
			if (slugs.has(relation.target)) edges.push({ from: sheet.slug, to: relation.target, label: RELATION_TYPES[relation.type].label });
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
