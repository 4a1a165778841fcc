import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

/** A placed node, in the drawing's own units. */
export interface PlacedNode {
	readonly id: string;
	readonly x: number;
	readonly y: number;
}

export interface Layout {
	readonly nodes: readonly PlacedNode[];
	readonly width: number;
	readonly height: number;
}

/** Rounds to one decimal so that the SVG text is the same on every run and machine. */
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The centre and its neighbours on rings around it, neighbours in the order
 * given (callers sort them), as many per ring as fit. Deterministic by
 * construction: nothing random, nothing iterative.
 */
export function radialLayout(center: string, neighbours: readonly string[], options = { ringGap: 110, spacing: 64 }): Layout {
	const nodes: PlacedNode[] = [];
	let ring = 0;
	let placed = 0;
	let outer = 0;
	while (placed < neighbours.length) {
		ring++;
		const radius = ring * options.ringGap;
		const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / options.spacing));
		const count = Math.min(capacity, neighbours.length - placed);
		// Offset alternate rings by half a step so labels of adjacent rings do not line up.
		const offset = ring % 2 === 0 ? Math.PI / count : 0;
		for (let i = 0; i < count; i++) {
			const angle = -Math.PI / 2 + offset + (2 * Math.PI * i) / count;
			nodes.push({ id: neighbours[placed + i] as string, x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) });
		}
		placed += count;
		outer = radius;
	}
	const margin = 90;
	const half = outer + margin;
	return {
		nodes: [{ id: center, x: half, y: half }, ...nodes.map((node) => ({ id: node.id, x: round(node.x + half), y: round(node.y + half) }))],
		width: round(2 * half),
		height: round(2 * half),
	};
}

/** A small seeded generator (mulberry32), so the force layout's jiggle is the same every build. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A force-directed layout of the whole network, run for a fixed number of
 * ticks from d3-force's deterministic initial placement with a seeded random
 * source: the same graph gives the same picture on every build. `radius`
 * gives the room each node keeps around it (by default 44).
 */
export function forceLayout(
	ids: readonly string[],
	links: readonly { readonly source: string; readonly target: string }[],
	{ ticks = 300, seed = 1, radius = () => 44 }: { ticks?: number; seed?: number; radius?: (id: string) => number } = {},
): Layout {
	type Node = SimulationNodeDatum & { id: string };
	const nodes: Node[] = [...ids].sort().map((id) => ({ id }));
	const simulation = forceSimulation(nodes)
		.randomSource(seededRandom(seed))
		.force('link', forceLink<Node, { source: string; target: string }>(links.map((link) => ({ ...link }))).id((node) => node.id).distance(95))
		.force('charge', forceManyBody().strength(-260).distanceMax(500))
		// Each node keeps clear a disc as wide as its label (the caller's `radius`), so that names have room beside their node.
		.force('collide', forceCollide<Node>((node) => radius(node.id)))
		// Gentle gravity towards the middle: without it, unconnected groups drift apart and the drawing is mostly empty.
		.force('x', forceX(0).strength(0.06))
		.force('y', forceY(0).strength(0.06))
		.stop();
	simulation.tick(ticks);
	const xs = nodes.map((node) => node.x ?? 0);
	const ys = nodes.map((node) => node.y ?? 0);
	const margin = 90;
	const minX = Math.min(...xs, 0) - margin;
	const minY = Math.min(...ys, 0) - margin;
	return {
		nodes: nodes.map((node) => ({ id: node.id, x: round((node.x ?? 0) - minX), y: round((node.y ?? 0) - minY) })),
		width: round(Math.max(...xs, 0) + margin - minX),
		height: round(Math.max(...ys, 0) + margin - minY),
	};
}
