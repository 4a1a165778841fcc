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

/** Beyond this, a coordinate's rounding error could exceed a grid's margin (`BoxGrid`): such a box is checked against everything. */
const FAR_OUT = 1e9;
/** Whether a box has a finite, non-negative extent of sane size, so a grid can file it by the cells it covers. */
const fileable = (box: Box) =>
	box.width >= 0 &&
	box.height >= 0 &&
	Math.abs(box.x) < FAR_OUT &&
	Math.abs(box.y) < FAR_OUT &&
	Math.abs(box.x + box.width) < FAR_OUT &&
	Math.abs(box.y + box.height) < FAR_OUT;

/**
 * Boxes filed by index in a uniform grid over the chart, so a label's place
 * is checked against the few boxes near it instead of every box (issue 17:
 * all-pairs checks made placement the slowest part of a figure page). The
 * grid only narrows the search: the tests are the same exact ones as
 * before, on every box that could come within `margin` of the place (more
 * is fine). A box it leaves out is more than `margin` less a rounding error
 * away, so with a margin of the gap plus one unit none left out can overlap
 * or count towards an overlap, and the answers are those of checking all.
 * Boxes outside the grid are filed in its edge cells; odd ones (negative or
 * non-finite sizes, huge coordinates) are checked by every query.
 */
class BoxGrid {
	/** Every box filed, by index: the order they were filed in. */
	readonly boxes: Box[] = [];
	// Each box's edges, as `boxesOverlap` and `overlapArea` compute them (`x + width` is the same double either way), read without going through the box.
	private readonly left: number[] = [];
	private readonly right: number[] = [];
	private readonly top: number[] = [];
	private readonly bottom: number[] = [];
	private readonly area: Box;
	private readonly cellWidth: number;
	private readonly cellHeight: number;
	private readonly columns: number;
	private readonly rows: number;
	private readonly cells: number[][];
	private readonly odd: number[] = [];
	/** Per index, the query that last met it, so a box filed in several cells counts once. */
	private seen = new Int32Array(64);
	private query = 0;
	/** The indices one `overlap` query found overlapping, reused between queries (emptying an array frees its store, and the next query allocates again). */
	private hits = new Int32Array(64);
	// The cells the last `cover` found: columns c0..c1, rows r0..r1.
	private c0 = 0;
	private c1 = 0;
	private r0 = 0;
	private r1 = 0;

	constructor(area: Box, cellWidth: number, cellHeight: number) {
		this.area = area;
		this.cellWidth = cellWidth;
		this.cellHeight = cellHeight;
		const fits = fileable(area) && cellWidth > 0 && cellHeight > 0;
		this.columns = fits ? Math.min(1024, Math.max(1, Math.ceil(area.width / cellWidth))) : 1;
		this.rows = fits ? Math.min(1024, Math.max(1, Math.ceil(area.height / cellHeight))) : 1;
		this.cells = Array.from({ length: this.columns * this.rows }, () => []);
	}

	// Both clamp into the grid and never decrease as `at` grows: boxes in disjoint ranges of cells are apart.
	private column(at: number) {
		return Math.min(this.columns - 1, Math.max(0, Math.floor((at - this.area.x) / this.cellWidth))) || 0;
	}
	private row(at: number) {
		return Math.min(this.rows - 1, Math.max(0, Math.floor((at - this.area.y) / this.cellHeight))) || 0;
	}

	add(box: Box): void {
		const index = this.boxes.length;
		this.boxes.push(box);
		this.left.push(box.x);
		this.right.push(box.x + box.width);
		this.top.push(box.y);
		this.bottom.push(box.y + box.height);
		if (index >= this.seen.length) {
			const seen = new Int32Array(this.seen.length * 2);
			seen.set(this.seen);
			this.seen = seen;
			this.hits = new Int32Array(seen.length);
		}
		if (!fileable(box)) {
			this.odd.push(index);
			return;
		}
		const [c0, c1, r0, r1] = [this.column(box.x), this.column(box.x + box.width), this.row(box.y), this.row(box.y + box.height)];
		for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) (this.cells[r * this.columns + c] as number[]).push(index);
	}

	/** Finds the cells within `margin` of `box` (into c0..r1); false when only checking every box will do. */
	private cover(box: Box, margin: number): boolean {
		// Every edge then stays under 2 × FAR_OUT, where rounding errs by far less than the unit a margin has to spare.
		if (!(margin >= 0 && margin < FAR_OUT) || !fileable(box)) return false;
		this.c0 = this.column(box.x - margin);
		this.c1 = this.column(box.x + box.width + margin);
		this.r0 = this.row(box.y - margin);
		this.r1 = this.row(box.y + box.height + margin);
		return true;
	}

	/** Whether no box filed comes within `gap` of `box` (`boxesOverlap`); `margin` must exceed `gap` by a unit. */
	clear(box: Box, gap: number, margin: number): boolean {
		if (!this.cover(box, margin)) return this.boxes.every((other) => !boxesOverlap(box, other, gap));
		const x0 = box.x;
		const x1 = box.x + box.width + gap;
		const y0 = box.y;
		const y1 = box.y + box.height + gap;
		const { left, right, top, bottom } = this;
		// A box in several cells may be tested twice: cheaper than remembering it, and the answer is the same.
		for (let r = this.r0; r <= this.r1; r++) {
			for (let c = this.c0; c <= this.c1; c++) {
				for (const i of this.cells[r * this.columns + c] as number[]) {
					// `boxesOverlap(box, other, gap)`, term by term.
					if (x0 < (right[i] as number) + gap && (left[i] as number) < x1 && y0 < (bottom[i] as number) + gap && (top[i] as number) < y1) return false;
				}
			}
		}
		return this.odd.every((index) => !boxesOverlap(box, this.boxes[index] as Box, gap));
	}

	/**
	 * The area of `box` the boxes filed cover, summed in the order they were
	 * filed, as a sum over all of them would be — or Infinity as soon as it
	 * certainly exceeds `least`. Adding the boxes that overlap by nothing
	 * changes no sum, so it adds only those that overlap, in order; but it
	 * first meets them cell by cell, and stops when their sum in that order
	 * is past `least` by more than any reordering of a sum can move it (a
	 * relative 1e-9: a sum of n terms, none negative, moves by at most
	 * n × 2⁻⁵³ of itself, far less for any chart under millions of boxes).
	 */
	overlap(box: Box, least: number, margin: number): number {
		const hits = this.hits;
		let count = 0;
		if (!this.cover(box, margin)) for (let index = 0; index < this.boxes.length; index++) hits[count++] = index;
		else {
			const bound = least * (1 + 1e-9);
			const query = ++this.query;
			const { left, right, top, bottom, seen } = this;
			const x0 = box.x;
			const x1 = box.x + box.width;
			const y0 = box.y;
			const y1 = box.y + box.height;
			let rough = 0;
			for (let r = this.r0; r <= this.r1; r++) {
				for (let c = this.c0; c <= this.c1; c++) {
					for (const i of this.cells[r * this.columns + c] as number[]) {
						if (seen[i] === query) continue;
						seen[i] = query;
						// `overlapArea(box, other)`, term by term.
						const area = Math.max(0, Math.min(x1, right[i] as number) - Math.max(x0, left[i] as number)) * Math.max(0, Math.min(y1, bottom[i] as number) - Math.max(y0, top[i] as number));
						if (area === 0) continue;
						hits[count++] = i;
						rough += area;
						if (rough > bound) return Infinity;
					}
				}
			}
			for (const index of this.odd) hits[count++] = index;
			// Into the order filed: a few indices, met mostly in order already, so an insertion sort.
			for (let k = 1; k < count; k++) {
				const index = hits[k] as number;
				let j = k - 1;
				for (; j >= 0 && (hits[j] as number) > index; j--) hits[j + 1] = hits[j] as number;
				hits[j + 1] = index;
			}
		}
		let sum = 0;
		for (let k = 0; k < count; k++) sum += overlapArea(box, this.boxes[hits[k] as number] as Box);
		return sum;
	}
}

/** A grid cell's size in chart units: about a line of text high and a few words wide, so a query spans a handful of cells holding a few boxes each. */
const CELL_WIDTH = 48;
const CELL_HEIGHT = 24;

/** What a label's places cost to prepare, shared by every order `placeLabelsNearest` tries: they do not depend on it. */
interface Prepared {
	readonly label: LabelRequest;
	/** Its candidates inside `bounds`, nearest first, with each one's distance from the point. */
	readonly tried: readonly Candidate[];
	readonly distances: readonly number[];
	/** Per tried candidate: 0 not yet known, 1 clear of everything to `avoid`, 2 not. */
	readonly avoidClear: Uint8Array;
	/** Where it goes when no candidate lies inside `bounds`: the first place tried. */
	readonly fallback: Candidate;
	/** The tried candidate it went to when crowded in the last order tried, or -1: likely a good place again, whose overlap bounds the others'. */
	hint: number;
}

interface Prepass {
	readonly labels: readonly Prepared[];
	readonly avoid: BoxGrid;
}

function prepare(labels: readonly LabelRequest[], space: LabelSpace): Prepass {
	const avoid = new BoxGrid(space.bounds, CELL_WIDTH, CELL_HEIGHT);
	for (const box of space.avoid ?? []) avoid.add(box);
	return {
		avoid,
		labels: labels.map((label) => {
			const all = candidates(label, space);
			const tried = all.filter((candidate) => boxInside(candidate.box, space.bounds));
			return { label, tried, distances: tried.map((candidate) => distance(label, candidate.box)), avoidClear: new Uint8Array(tried.length), fallback: all[0] as Candidate, hint: -1 };
		}),
	};
}

/** `placeLabels` for labels already prepared, in the order given. */
function placePrepared(order: readonly Prepared[], space: LabelSpace, pass: Prepass): PlacedLabel[] {
	const taken = new BoxGrid(space.bounds, CELL_WIDTH, CELL_HEIGHT);
	for (const box of space.obstacles) taken.add(box);
	// No box a grid leaves out can come within `gap` of the place asked about (see BoxGrid).
	const margin = Math.max(space.gap, 0) + 1;
	return order.map((prepared) => {
		const { label, tried, distances, avoidClear } = prepared;
		let clear: Candidate | undefined;
		let best = Infinity;
		for (let i = 0; i < tried.length; i++) {
			const candidate = tried[i] as Candidate;
			const near = distances[i] as number;
			// Covering a bar only adds to the distance: a place no nearer than the best so far cannot beat it (ties keep the earlier).
			if (!(near < best) || !taken.clear(candidate.box, space.gap, margin)) continue;
			if (avoidClear[i] === 0) avoidClear[i] = pass.avoid.clear(candidate.box, space.gap, margin) ? 1 : 2;
			const cost = near + (avoidClear[i] === 1 ? 0 : AVOID_COST);
			if (cost < best) {
				clear = candidate;
				best = cost;
			}
		}
		let chosen = clear;
		if (chosen === undefined) {
			// The place overlapping least; the first of equals. A place known to overlap more than the hinted one does cannot be it, so
			// the hint's overlap bounds every other's from the start (`overlap` gives up on those past it) without changing the choice.
			const hinted = tried[prepared.hint];
			const bound = hinted === undefined ? Infinity : taken.overlap(hinted.box, Infinity, margin);
			let least = Infinity;
			for (let i = 0; i < tried.length; i++) {
				const candidate = tried[i] as Candidate;
				const cost = taken.overlap(candidate.box, Math.min(least, bound), margin);
				if (chosen === undefined || cost < least) {
					chosen = candidate;
					least = cost;
					prepared.hint = i;
				}
			}
		}
		chosen ??= prepared.fallback;
		taken.add(chosen.box);
		// A label only a little further than the nearest places still reads as its point's; one further away gets a line to it.
		const far = chosen.moved && distance(label, chosen.box) > space.offset + 1;
		return { box: chosen.box, anchor: chosen.anchor, crowded: clear === undefined, ...(far ? { leader: leaderTo(label, chosen.box) } : {}) };
	});
}

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
	const pass = prepare(labels, space);
	return placePrepared(pass.labels, space, pass);
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
 * costs little for the dozens of labels a chart has, as what does not
 * depend on the order (each label's places, their distances, whether they
 * cover a bar) is worked out once. The result is in the labels' own order.
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
	const pass = prepare(labels, space);
	let best: { score: number; places: PlacedLabel[] } | undefined;
	for (const order of orders) {
		const placed = placePrepared(
			order.map((i) => pass.labels[i] as Prepared),
			space,
			pass,
		);
		const places = new Array<PlacedLabel>(labels.length);
		order.forEach((i, k) => (places[i] = placed[k] as PlacedLabel));
		const leaders = places.flatMap((place) => (place.leader ? [place.leader] : []));
		let crossings = 0;
		for (let i = 0; i < leaders.length; i++) for (let j = i + 1; j < leaders.length; j++) if (segmentsCross(leaders[i] as Segment, leaders[j] as Segment)) crossings++;
		// Crossed leader lines send the eye to the wrong label: each costs as much as moving a label well away.
		const score = places.reduce((sum, place, i) => sum + (place.crowded ? 1e6 : 0) + distance(at(i), place.box), 0) + crossings * 4 * AVOID_COST;
		if (best === undefined || score < best.score) best = { score, places };
	}
	return best?.places ?? [];
}
