/**
 * Graph labels (src/lib/graph/labels.ts) and drawings (drawing.ts): names
 * wrap instead of being cut, no label overprints another label or a node,
 * even on a crowded drawing, and the view box holds every node and label.
 */
import { describe, expect, it } from 'vitest';
import { drawGraph, type NodeInfo } from '../../src/lib/graph/drawing.ts';
import type { GraphEdge } from '../../src/lib/graph/edges.ts';
import { intersects, labelRadius, placeLabels, textWidth, wrapLabel, type Box } from '../../src/lib/graph/labels.ts';
import { forceLayout, radialLayout, type Layout } from '../../src/lib/graph/layout.ts';

const NAMES = [
	'Northern Harbour Tidal Directorate',
	'MV Northern Lights Coastal Patrol Group',
	'A',
	'Foundation for the Study of Rising Tides',
	'Supercalifragilisticexpialidocious',
	'Jane Doe',
	'Acme Institute for the Study of Tides and Harbours',
	'Bo',
];
const nameOf = (i: number) => `${NAMES[i % NAMES.length]} ${i}`;

function inside(box: Box, outer: Box) {
	return box.left >= outer.left && box.top >= outer.top && box.right <= outer.right && box.bottom <= outer.bottom;
}

function expectClear(drawing: ReturnType<typeof drawGraph>) {
	const labels = [...drawing.labels.values()];
	const overlaps: string[] = [];
	for (const [i, a] of labels.entries()) {
		for (const b of labels.slice(i + 1)) if (intersects(a.box, b.box)) overlaps.push(`${a.id} × ${b.id}`);
		for (const node of drawing.nodes) {
			const box = { left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r };
			if (intersects(a.box, box)) overlaps.push(`${a.id} over node ${node.id}`);
		}
		expect(inside(a.box, drawing.viewBox), `${a.id} outside the view box`).toBe(true);
	}
	for (const node of drawing.nodes) {
		expect(inside({ left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r }, drawing.viewBox)).toBe(true);
	}
	expect(overlaps).toEqual([]);
}

const info = (names: ReadonlyMap<string, string>) => (id: string): NodeInfo | undefined => {
	const name = names.get(id);
	return name === undefined ? undefined : { name, group: id.endsWith('o') ? 'organisation' : 'person' };
};

describe('graph labels', () => {
	it('keep a short name on one line and wrap a long one on two, at a space, never cutting it', () => {
		expect(wrapLabel('Jane Doe')).toEqual(['Jane Doe']);
		expect(wrapLabel('Northern Harbour Tidal Directorate')).toEqual(['Northern Harbour', 'Tidal Directorate']);
		expect(wrapLabel('MV Northern Lights Coastal Patrol Group')).toEqual(['MV Northern Lights', 'Coastal Patrol Group']);
		expect(wrapLabel('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragilisticexpialidocious']);
		for (const name of NAMES) expect(wrapLabel(name).join(' ')).toBe(name);
	});

	it('estimate wider boxes for wider letters', () => {
		expect(textWidth('WWWW')).toBeGreaterThan(textWidth('iiii'));
		expect(textWidth('')).toBe(0);
	});

	it('go outside a ring, away from the lines to its centre', () => {
		const [right, left] = placeLabels([
			{ id: 'right', x: 100, y: 0, r: 7, text: 'East' },
			{ id: 'left', x: -100, y: 0, r: 7, text: 'West' },
		]);
		expect(right?.anchor).toBe('start');
		expect(right?.box.left).toBeGreaterThan(100);
		expect(left?.anchor).toBe('end');
		expect(left?.box.right).toBeLessThan(-100);
	});

	it('never overprint each other or a node on a crowded drawing, and all fit in the view box', () => {
		// 64 nodes 24 units apart: far closer than any name is wide, so most labels must move away from their node.
		const ids = Array.from({ length: 64 }, (_, i) => `n${i}${i % 3 === 0 ? 'o' : ''}`);
		const layout: Layout = { nodes: ids.map((id, i) => ({ id, x: (i % 8) * 24, y: Math.floor(i / 8) * 24 })), width: 0, height: 0 };
		const names = new Map(ids.map((id, i) => [id, nameOf(i)]));
		const edges: GraphEdge[] = ids.slice(1).map((id, i) => ({ from: ids[i] as string, to: id, label: 'x', kind: i % 2 ? 'role' : 'relation', anchor: 'role-1' }));
		const drawing = drawGraph(layout, edges, info(names), 'n0o');
		expect(drawing.labels.size).toBe(64);
		expectClear(drawing);
		// The crowded ones are joined to their node.
		expect([...drawing.labels.values()].some((label) => label.leader)).toBe(true);
	});

	it('give the same drawing for the same graph, and a view box sized to it', () => {
		const ids = ['c', 'n1', 'n2o', 'n3', 'n4o', 'n5', 'n6o', 'n7'];
		const names = new Map(ids.map((id, i) => [id, nameOf(i)]));
		const layout = radialLayout('c', ids.slice(1));
		const edges: GraphEdge[] = ids.slice(1).map((id) => ({ from: 'c', to: id, label: 'x', kind: 'relation', anchor: `relation-x-${id}` }));
		const first = drawGraph(layout, edges, info(names), 'c');
		expect(drawGraph(layout, edges, info(names), 'c')).toEqual(first);
		expectClear(first);
		expect(first.groups).toEqual(['focus', 'person', 'organisation']);
		expect(first.edgeKinds).toEqual(['relation']);
		// No empty band: every side of the view box touches a node or a label (within its margin).
		const boxes = [...first.labels.values()].map((label) => label.box);
		const nodes = first.nodes.map((node) => ({ left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r }));
		const all = [...boxes, ...nodes];
		expect(Math.min(...all.map((box) => box.top)) - first.viewBox.top).toBeLessThanOrEqual(6.1);
		expect(first.viewBox.bottom - Math.max(...all.map((box) => box.bottom))).toBeLessThanOrEqual(6.1);
		expect(first.height).toBeCloseTo(first.viewBox.bottom - first.viewBox.top, 1);
	});

	it('draw each edge once, as an arrow ending at the target’s circle, and leave out nodes without a sheet', () => {
		const layout: Layout = { nodes: [{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 100, y: 0 }, { id: 'gone', x: 50, y: 50 }], width: 0, height: 0 };
		const names = new Map([['a', 'A'], ['b', 'B']]);
		const edge = (anchor: string): GraphEdge => ({ from: 'a', to: 'b', label: 'x', kind: 'relation', anchor });
		const drawing = drawGraph(layout, [edge('relation-x-b'), edge('relation-x-b-2'), { from: 'a', to: 'gone', label: 'y', kind: 'role', anchor: 'role-1' }], info(names));
		expect(drawing.nodes.map((node) => node.id)).toEqual(['a', 'b']);
		expect(drawing.edges).toEqual([{ from: 'a', to: 'b', kind: 'relation', x1: 7, y1: 0, x2: 85, y2: 0, head: '93,0 85,4 85,-4' }]);
		expect(drawing.edgeKinds).toEqual(['relation']);
	});

	it('draw a relation and a role between the same two sheets side by side, both ending on the circle', () => {
		const layout: Layout = { nodes: [{ id: 'a', x: 0, y: 0 }, { id: 'bo', x: 100, y: 0 }], width: 0, height: 0 };
		const names = new Map([['a', 'A'], ['bo', 'B']]);
		const drawing = drawGraph(layout, [
			{ from: 'a', to: 'bo', label: 'member of', kind: 'relation', anchor: 'relation-member-of-bo' },
			{ from: 'a', to: 'bo', label: 'head', kind: 'role', anchor: 'role-1' },
		], info(names));
		expect(drawing.edges.map((edge) => [edge.kind, edge.y1, edge.y2])).toEqual([['relation', -2.5, -2.5], ['role', 2.5, 2.5]]);
		expect(drawing.edgeKinds).toEqual(['relation', 'role']);
		expect(drawing.groups).toEqual(['person', 'organisation']);
	});

	it('give a layout the room a name needs', () => {
		expect(labelRadius('Jane Doe')).toBe(textWidth('Jane Doe') / 2);
		expect(labelRadius('Northern Harbour Tidal Directorate')).toBe(textWidth('Tidal Directorate') / 2);
		const ids = ['a', 'b', 'c'];
		const roomy = forceLayout(ids, [], { radius: () => 120 });
		const nodes = roomy.nodes;
		for (const [i, node] of nodes.entries()) for (const other of nodes.slice(i + 1)) expect(Math.hypot(node.x - other.x, node.y - other.y)).toBeGreaterThan(150);
	});

	it('lay out a big network deterministically with every label clear', () => {
		const ids = Array.from({ length: 80 }, (_, i) => `s${i}`);
		const links = ids.slice(1).map((id, i) => ({ source: ids[Math.floor(i / 3)] as string, target: id }));
		const names = new Map(ids.map((id, i) => [id, nameOf(i)]));
		const layout = forceLayout(ids, links);
		const edges: GraphEdge[] = links.map((link) => ({ from: link.source, to: link.target, label: 'x', kind: 'relation', anchor: 'r' }));
		const drawing = drawGraph(layout, edges, info(names));
		expectClear(drawing);
		expect(drawGraph(forceLayout(ids, links), edges, info(names))).toEqual(drawing);
	});
});
