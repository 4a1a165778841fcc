/**
 * Label placement made fast (issue 17) places every label exactly where the
 * all-pairs placement did: src/lib/charts/labels.ts files boxes in a grid,
 * stops summing overlaps early and reuses work across orders, and none of
 * that may change a choice. The reference below is that placement as it
 * stood before: every candidate checked against every box, in order.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { placeLabels, placeLabelsNearest, type LabelRequest, type LabelSpace, type PlacedLabel } from '../../src/lib/charts/labels.ts';
import { boxesOverlap, boxInside, type Box } from '../../src/lib/charts/text.ts';

type Candidate = { box: Box; anchor: PlacedLabel['anchor']; moved: boolean };
type Segment = NonNullable<PlacedLabel['leader']>;
const AVOID_COST = 40;

function referenceCandidates(label: LabelRequest, space: LabelSpace): Candidate[] {
	const { x, y, width, height } = label;
	const { offset, bounds, step } = space;
	const [right, left, centre] = [x + offset, x - offset - width, x - width / 2];
	const near: Candidate[] = [
		{ box: { x: right, y: y - height / 2, width, height }, anchor: 'start', moved: false },
		{ box: { x: left, y: y - height / 2, width, height }, anchor: 'end', moved: false },
		{ box: { x: centre, y: y - offset - height, width, height }, anchor: 'middle', moved: false },
		{ box: { x: centre, y: y + offset, width, height }, anchor: 'middle', moved: false },
		{ box: { x: right, y: y - offset / 2 - height, width, height }, anchor: 'start', moved: false },
		{ box: { x: right, y: y + offset / 2, width, height }, anchor: 'start', moved: false },
		{ box: { x: left, y: y - offset / 2 - height, width, height }, anchor: 'end', moved: false },
		{ box: { x: left, y: y + offset / 2, width, height }, anchor: 'end', moved: false },
	];
	const far: Candidate[] = [];
	for (let k = 1; k <= Math.ceil(bounds.height / step); k++) {
		for (const dy of [-k * step, k * step]) {
			const top = y - height / 2 + dy;
			far.push({ box: { x: right, y: top, width, height }, anchor: 'start', moved: true });
			far.push({ box: { x: left, y: top, width, height }, anchor: 'end', moved: true });
			far.push({ box: { x: centre, y: dy < 0 ? y - offset - height + dy : y + offset + dy, width, height }, anchor: 'middle', moved: true });
		}
	}
	return [...near, ...far];
}

const overlapArea = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
const distance = (label: LabelRequest, box: Box) =>
	Math.hypot(Math.max(box.x - label.x, 0, label.x - box.x - box.width), Math.max(box.y - label.y, 0, label.y - box.y - box.height));

function referencePlace(labels: readonly LabelRequest[], space: LabelSpace): PlacedLabel[] {
	const taken: Box[] = [...space.obstacles];
	const avoid = space.avoid ?? [];
	const isClear = (box: Box, boxes: readonly Box[]) => boxes.every((other) => !boxesOverlap(box, other, space.gap));
	return labels.map((label) => {
		const tried = referenceCandidates(label, space).filter((candidate) => boxInside(candidate.box, space.bounds));
		let clear: Candidate | undefined;
		let best = Infinity;
		for (const candidate of tried) {
			if (!isClear(candidate.box, taken)) continue;
			const cost = distance(label, candidate.box) + (isClear(candidate.box, avoid) ? 0 : AVOID_COST);
			if (cost < best) [clear, best] = [candidate, cost];
		}
		const overlap = (of: Candidate) => taken.reduce((sum, other) => sum + overlapArea(of.box, other), 0);
		const chosen =
			clear ??
			tried.reduce<Candidate | undefined>((least, candidate) => (least === undefined || overlap(candidate) < overlap(least) ? candidate : least), undefined) ??
			(referenceCandidates(label, space)[0] as Candidate);
		taken.push(chosen.box);
		const box = chosen.box;
		const leader = { x1: label.x, y1: label.y, x2: label.x < box.x ? box.x : box.x + box.width, y2: Math.min(Math.max(label.y, box.y), box.y + box.height) };
		const far = chosen.moved && distance(label, box) > space.offset + 1;
		return { box, anchor: chosen.anchor, crowded: clear === undefined, ...(far ? { leader } : {}) };
	});
}

const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
const cross = (a: Segment, b: Segment) =>
	side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 && side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0;

function referenceNearest(labels: readonly LabelRequest[], space: LabelSpace): PlacedLabel[] {
	const indices = labels.map((_, i) => i);
	const at = (i: number) => labels[i] as LabelRequest;
	const orders = [
		[...indices].sort((a, b) => at(b).lines.length - at(a).lines.length || a - b),
		[...indices].sort((a, b) => at(a).y - at(b).y || a - b),
		[...indices].sort((a, b) => at(b).y - at(a).y || a - b),
		[...indices].sort((a, b) => at(a).x - at(b).x || a - b),
	];
	let best: { score: number; places: PlacedLabel[] } | undefined;
	for (const order of orders) {
		const placed = referencePlace(order.map(at), space);
		const places = new Array<PlacedLabel>(labels.length);
		order.forEach((i, k) => (places[i] = placed[k] as PlacedLabel));
		const leaders = places.flatMap((place) => (place.leader ? [place.leader] : []));
		const crossings = leaders.reduce((sum, one, i) => sum + leaders.slice(i + 1).filter((other) => cross(one, other)).length, 0);
		const score = places.reduce((sum, place, i) => sum + (place.crowded ? 1e6 : 0) + distance(at(i), place.box), 0) + crossings * 4 * AVOID_COST;
		if (best === undefined || score < best.score) best = { score, places };
	}
	return best?.places ?? [];
}

/** A seeded generator, so a failure names a case that can be run again. */
function seeded(seed: number) {
	let state = seed >>> 0;
	return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * A chart-like placement: points with their marks as obstacles, bars and
 * line boxes to avoid, labels of one to three lines. Coordinates rounded to
 * a tenth, as the chart rounds them, make exact ties common.
 */
function chartLike(seed: number, count: number): { labels: LabelRequest[]; space: LabelSpace } {
	const random = seeded(seed);
	const round = (value: number) => Math.round(value * 10) / 10;
	const bounds = { x: 40, y: 2, width: 360 + random() * 240, height: 200 + random() * 120 };
	const labels = Array.from({ length: count }, () => {
		const lines = 1 + Math.floor(random() * 3);
		return { x: round(bounds.x + random() * bounds.width), y: round(bounds.y + random() * bounds.height), lines: Array<string>(lines).fill('label'), width: 40 + random() * 150, height: lines * 16 };
	});
	const obstacles = labels.map((label) => ({ x: label.x - 6, y: label.y - 6, width: 12, height: 12 }));
	const avoid = labels.flatMap((label, i) => (i % 4 === 0 ? [{ x: label.x - 30, y: label.y - 2, width: 60, height: 4 }] : [{ x: label.x + 4, y: label.y + 4, width: 3, height: 3 }]));
	return { labels, space: { bounds, obstacles, avoid, offset: 10, gap: 2, step: 8 } };
}

describe('fast label placement', () => {
	it('places labels where checking every box against every other did, sparse charts and crowded', () => {
		let crowded = 0;
		for (const [seed, count] of [[1, 5], [2, 12], [3, 25], [4, 40], [5, 60], [6, 90]] as const) {
			const { labels, space } = chartLike(seed, count);
			const ours = placeLabelsNearest(labels, space);
			expect(isDeepStrictEqual(ours, referenceNearest(labels, space)), `seed ${seed}, ${count} labels`).toBe(true);
			crowded += ours.filter((place) => place.crowded).length;
		}
		// The crowded fallback (least overlap) is where the early exits are: it must have been exercised.
		expect(crowded).toBeGreaterThan(20);
	});

	it('agrees on odd boxes too: empty labels, boxes outside the drawing, sizes that are not numbers, a negative gap', () => {
		for (const seed of [11, 12, 13]) {
			const { labels, space } = chartLike(seed, 30);
			const odd: LabelRequest[] = [...labels, { x: 100, y: 100, lines: [], width: -Infinity, height: 0 }, { x: -500, y: 50, lines: ['x'], width: 30, height: 16 }];
			const obstacles: Box[] = [...space.obstacles, { x: Number.NaN, y: 0, width: 1, height: 1 }, { x: 1e12, y: 5, width: 10, height: 10 }, { x: 90, y: 90, width: -4, height: 8 }];
			for (const gap of [2, 0, -1]) {
				const odder = { ...space, obstacles, gap };
				expect(isDeepStrictEqual(placeLabels(odd, odder), referencePlace(odd, odder)), `seed ${seed}, gap ${gap}`).toBe(true);
			}
			// A wider gap reaches across more of the grid's cells: boxes a query must not leave out.
			for (const gap of [6, 15]) expect(isDeepStrictEqual(placeLabelsNearest(labels, { ...space, gap }), referenceNearest(labels, { ...space, gap })), `seed ${seed}, gap ${gap}`).toBe(true);
			const { avoid: _, ...noAvoid } = space;
			expect(isDeepStrictEqual(placeLabelsNearest(labels, noAvoid), referenceNearest(labels, noAvoid)), `seed ${seed}, nothing to avoid`).toBe(true);
		}
	});
});
