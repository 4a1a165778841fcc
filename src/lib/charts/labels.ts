import { boxesOverlap, boxInside, type Box } from './text.ts';

/** A label to place beside the point (`x`, `y`) it names, already wrapped into lines. */
export interface LabelRequest {
	readonly x: number;
	readonly y: number;
	readonly lines: readonly string[];
	/** Its wrapped size (the widest line, and the lines' height). */
	readonly width: number;
	readonly height: number;
}

/** Where a label went: its box, and how its text is anchored in it. */
export interface PlacedLabel {
	readonly box: Box;
	/** Which edge of the box the text keeps to: `start` its left, `end` its right (towards the point), `middle` its centre. */
	readonly anchor: 'start' | 'end' | 'middle';
	/** A line from the point to the label, when the label had to move away from the point to find room. */
	readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
	/** True only when no clear place was found anywhere in `bounds` (then it overlaps as little as it can). */
	readonly crowded: boolean;
}

export interface LabelSpace {
	/** The area every label must stay inside (the drawing less its axes). */
	readonly bounds: Box;
	/** What labels must not cover: the points' marks (and the other labels, once placed). */
	readonly obstacles: readonly Box[];
	/** What labels should rather not cover, and do only when there is no other room: a month's or a year's bar. */
	readonly avoid?: readonly Box[];
	/** Clear space between the point and its label. */
	readonly offset: number;
	/** Clear space kept around every label. */
	readonly gap: number;
	/** How far apart the vertical positions tried for a label moved away from its point are. */
	readonly step: number;
}

type Candidate = { box: Box; anchor: PlacedLabel['anchor']; moved: boolean };

/**
 * The places tried for one label, nearest first: beside the point (right,
 * left), above and below it, at its corners; then further up and down on
 * either side, `step` by `step`, across the whole height of `bounds`, with a
 * leader line back to the point.
 */
function candidates(label: LabelRequest, space: LabelSpace): Candidate[] {
	const { x, y, width, height } = label;
	const { offset, bounds, step } = space;
	const right = x + offset;
	const left = x - offset - width;
	const centre = x - width / 2;
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
	const reach = Math.ceil(bounds.height / step);
	for (let k = 1; k <= reach; k++) {
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

/** The point on the box's nearest vertical edge, level with the point where it can be: where a leader line meets the label. */
function leaderTo(label: LabelRequest, box: Box) {
	const x2 = label.x < box.x ? box.x : box.x + box.width;
	const y2 = Math.min(Math.max(label.y, box.y), box.y + box.height);
	return { x1: label.x, y1: label.y, x2, y2 };
}

/** What covering something to `avoid` costs a place, in units of distance: a label goes that much further to keep clear of a bar or a line. */
const AVOID_COST = 40;

/**
 * Places labels one after another, each in the best place (`candidates`)
 * that lies inside `bounds` and clear of every obstacle and every label
 * placed before it — so no two labels overlap and none is clipped. The best
 * is the nearest its point, where covering something to `avoid` (a bar, a
 * line) counts as `AVOID_COST` further away. Labels come in the caller's
 * order: the first get the places nearest their points. Only when no clear
 * place exists anywhere is a label put where it overlaps least, and marked
 * `crowded`, so a test can tell.
 */
export function placeLabels(labels: readonly LabelRequest[], space: LabelSpace): PlacedLabel[] {
	const taken: Box[] = [...space.obstacles];
	const avoid = space.avoid ?? [];
	const isClear = (box: Box, boxes: readonly Box[]) => boxes.every((other) => !boxesOverlap(box, other, space.gap));
	return labels.map((label) => {
		const tried = candidates(label, space).filter((candidate) => boxInside(candidate.box, space.bounds));
		let clear: Candidate | undefined;
		let best = Infinity;
		for (const candidate of tried) {
			if (!isClear(candidate.box, taken)) continue;
			const cost = distance(label, candidate.box) + (isClear(candidate.box, avoid) ? 0 : AVOID_COST);
			if (cost < best) [clear, best] = [candidate, cost];
		}
		const chosen =
			clear ??
			tried.reduce<Candidate | undefined>((least, candidate) => {
				const cost = (of: Candidate) => taken.reduce((sum, other) => sum + overlapArea(of.box, other), 0);
				return least === undefined || cost(candidate) < cost(least) ? candidate : least;
			}, undefined) ??
			candidates(label, space)[0]!;
		taken.push(chosen.box);
		// A label only a little further than the nearest places still reads as its point's; one further away gets a line to it.
		const far = chosen.moved && distance(label, chosen.box) > space.offset + 1;
		return { box: chosen.box, anchor: chosen.anchor, crowded: clear === undefined, ...(far ? { leader: leaderTo(label, chosen.box) } : {}) };
	});
}

type Segment = NonNullable<PlacedLabel['leader']>;
const side = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
/** Whether two segments cross (touching at an end, as leaders from one point do, is not crossing). */
function segmentsCross(a: Segment, b: Segment): boolean {
	return (
		side(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1) * side(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2) < 0 &&
		side(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1) * side(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2) < 0
	);
}

/** How far a label sits from its point: the distance from the point to the box's nearest edge. */
const distance = (label: LabelRequest, box: Box) =>
	Math.hypot(Math.max(box.x - label.x, 0, label.x - box.x - box.width), Math.max(box.y - label.y, 0, label.y - box.y - box.height));

/**
 * Places labels (`placeLabels`) in a few orders — longest first, top to
 * bottom, bottom to top, left to right — and keeps the placement whose labels
 * sit nearest their points, never one with a crowded label when another has
 * none. Greedy placement depends on who chooses first; trying four orders
 * costs little for the dozens of labels a chart has. The result is in the
 * labels' own order.
 */
export function placeLabelsNearest(labels: readonly LabelRequest[], space: LabelSpace): PlacedLabel[] {
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
		const placed = placeLabels(order.map(at), space);
		const places = new Array<PlacedLabel>(labels.length);
		order.forEach((i, k) => (places[i] = placed[k] as PlacedLabel));
		const leaders = places.flatMap((place) => (place.leader ? [place.leader] : []));
		const crossings = leaders.reduce((sum, one, i) => sum + leaders.slice(i + 1).filter((other) => segmentsCross(one, other)).length, 0);
		// Crossed leader lines send the eye to the wrong label: each costs as much as moving a label well away.
		const score = places.reduce((sum, place, i) => sum + (place.crowded ? 1e6 : 0) + distance(at(i), place.box), 0) + crossings * 4 * AVOID_COST;
		if (best === undefined || score < best.score) best = { score, places };
	}
	return best?.places ?? [];
}
