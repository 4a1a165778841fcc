/**
 * Everything a graph's SVG draws, computed from a layout: nodes, edges as
 * arrows between the circles' edges, labels placed clear of each other
 * (labels.ts), and a view box around all of it, labels included, so that
 * nothing is clipped and no band is left empty. Graph.astro only renders it.
 */
import type { GraphEdge } from './edges.ts';
import type { Layout } from './layout.ts';
import { boundsOf, placeLabels, round, type Box, type PlacedLabel } from './labels.ts';

/** How a node is drawn and listed in the legend: the sheet the page is about, a person, or any other kind. */
export type NodeGroup = 'focus' | 'person' | 'organisation';

export interface DrawnNode {
	readonly id: string;
	readonly group: NodeGroup;
	readonly x: number;
	readonly y: number;
	readonly r: number;
}

export interface DrawnEdge {
	readonly from: string;
	readonly to: string;
	readonly kind: GraphEdge['kind'];
	readonly x1: number;
	readonly y1: number;
	readonly x2: number;
	readonly y2: number;
	/** The arrowhead at `to`, as SVG polygon points. */
	readonly head: string;
}

export interface Drawing {
	readonly viewBox: Box;
	readonly width: number;
	readonly height: number;
	readonly nodes: readonly DrawnNode[];
	readonly edges: readonly DrawnEdge[];
	readonly labels: ReadonlyMap<string, PlacedLabel>;
	/** The node groups and edge kinds drawn, in legend order, so a legend shows only what the drawing has. */
	readonly groups: readonly NodeGroup[];
	readonly edgeKinds: readonly GraphEdge['kind'][];
}

export interface NodeInfo {
	readonly name: string;
	readonly group: Exclude<NodeGroup, 'focus'>;
}

const RADIUS = { focus: 10, person: 7, organisation: 7 } as const;
const HEAD_LENGTH = 8;
const HEAD_HALF_WIDTH = 4;
/** The distance between two arrows joining the same two nodes. */
const PARALLEL_GAP = 5;
/** Room around the drawing for the circles' focus ring (site.css draws it 4 wide). */
const MARGIN = 6;

/**
 * The drawing of `layout`: nodes without a sheet are left out, edges whose
 * ends are not both drawn too, and each (from, to, kind) is drawn once even
 * when several relations give it (the list beside the drawing names each).
 */
export function drawGraph(layout: Layout, edges: readonly GraphEdge[], info: (id: string) => NodeInfo | undefined, focus?: string): Drawing {
	const nodes: DrawnNode[] = [];
	const names = new Map<string, string>();
	for (const node of layout.nodes) {
		const known = info(node.id);
		if (!known) continue;
		const group: NodeGroup = node.id === focus ? 'focus' : known.group;
		nodes.push({ id: node.id, group, x: node.x, y: node.y, r: RADIUS[group] });
		names.set(node.id, known.name);
	}
	// The focus is labelled first, so that its name keeps the best place.
	const order = [...nodes].sort((a, b) => Number(b.group === 'focus') - Number(a.group === 'focus'));
	const labels = placeLabels(order.map((node) => ({ id: node.id, x: node.x, y: node.y, r: node.r, text: names.get(node.id) as string })));

	const at = new Map(nodes.map((node) => [node.id, node]));
	const kept: GraphEdge[] = [];
	const seen = new Set<string>();
	for (const edge of edges) {
		const key = `${edge.from}\u0000${edge.to}\u0000${edge.kind}`;
		if (!at.has(edge.from) || !at.has(edge.to) || edge.from === edge.to || seen.has(key)) continue;
		seen.add(key);
		kept.push(edge);
	}
	// Two arrows between the same two nodes (a relation and a role, or one each way) are drawn side by side, not one over the other.
	const pairKey = (edge: GraphEdge) => (edge.from < edge.to ? `${edge.from}\u0000${edge.to}` : `${edge.to}\u0000${edge.from}`);
	const pairs = new Map<string, GraphEdge[]>();
	for (const edge of kept) pairs.set(pairKey(edge), [...(pairs.get(pairKey(edge)) ?? []), edge]);
	const drawnEdges = kept.map((edge) => {
		const pair = pairs.get(pairKey(edge)) as GraphEdge[];
		const shift = (pair.indexOf(edge) - (pair.length - 1) / 2) * PARALLEL_GAP;
		// The shift is measured across the pair's own direction (lower id to higher), so that arrows both ways separate too.
		return arrow(at.get(edge.from) as DrawnNode, at.get(edge.to) as DrawnNode, edge.kind, edge.from < edge.to ? shift : -shift);
	});

	const boxes: Box[] = [
		...nodes.map((node) => ({ left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r })),
		...labels.map((label) => label.box),
	];
	const viewBox = boundsOf(boxes.length > 0 ? boxes : [{ left: 0, top: 0, right: 0, bottom: 0 }], MARGIN);
	const groupOrder: NodeGroup[] = ['focus', 'person', 'organisation'];
	const kindOrder: GraphEdge['kind'][] = ['relation', 'role'];
	return {
		viewBox,
		width: round(viewBox.right - viewBox.left),
		height: round(viewBox.bottom - viewBox.top),
		nodes,
		edges: drawnEdges,
		labels: new Map(labels.map((label) => [label.id, label])),
		groups: groupOrder.filter((group) => nodes.some((node) => node.group === group)),
		edgeKinds: kindOrder.filter((kind) => drawnEdges.some((edge) => edge.kind === kind)),
	};
}

/** The line between two circles' edges, `shift` to one side, ending in an arrowhead that touches `to`'s circle. */
function arrow(from: DrawnNode, to: DrawnNode, kind: GraphEdge['kind'], shift = 0): DrawnEdge {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	const ux = dx / length;
	const uy = dy / length;
	// Shifted sideways by `shift`, the line still starts and ends on the circles (less than a radius away from the centre line).
	const sx = -uy * shift;
	const sy = ux * shift;
	const along = (r: number) => Math.sqrt(Math.max(r * r - shift * shift, 0));
	const tipX = to.x + sx - ux * along(to.r);
	const tipY = to.y + sy - uy * along(to.r);
	const baseX = tipX - ux * HEAD_LENGTH;
	const baseY = tipY - uy * HEAD_LENGTH;
	const point = (x: number, y: number) => `${round(x)},${round(y)}`;
	return {
		from: from.id,
		to: to.id,
		kind,
		x1: round(from.x + sx + ux * along(from.r)),
		y1: round(from.y + sy + uy * along(from.r)),
		x2: round(baseX),
		y2: round(baseY),
		head: [point(tipX, tipY), point(baseX - uy * HEAD_HALF_WIDTH, baseY + ux * HEAD_HALF_WIDTH), point(baseX + uy * HEAD_HALF_WIDTH, baseY - ux * HEAD_HALF_WIDTH)].join(' '),
	};
}
