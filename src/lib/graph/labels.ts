/**
 * Where each node's name goes in a graph drawing. After the layout has placed
 * the nodes, each label takes the first of several positions around its node
 * that overlaps no label already placed and no node; when every position near
 * the node is taken, it moves further out on the same directions (and the
 * drawing joins it to its node with a leader line). Long names wrap on two
 * lines instead of being cut. Pure and deterministic: the same nodes and
 * names give the same placement on every build.
 */

/** An axis-aligned box in the drawing's units. */
export interface Box {
	readonly left: number;
	readonly top: number;
	readonly right: number;
	readonly bottom: number;
}

export interface LabelledNode {
	readonly id: string;
	readonly x: number;
	readonly y: number;
	/** The node's radius: its label keeps clear of it. */
	readonly r: number;
	readonly text: string;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
	readonly id: string;
	/** One or two lines; a name is never cut. */
	readonly lines: readonly string[];
	/** Where the first line's baseline starts (for `text-anchor`). */
	readonly x: number;
	readonly y: number;
	readonly anchor: TextAnchor;
	readonly box: Box;
	/** From the node to the label, when the label had to move away from its node. */
	readonly leader?: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | undefined;
}

/** The type the labels are set in (site.css `.graph text`: 12px system-ui). */
export const FONT_SIZE = 12;
export const LINE_HEIGHT = 14;
/** Past this width (about 20 characters), a name of several words wraps on two lines. */
export const WRAP_WIDTH = 120;
/** Space kept between a node and its label, and between two labels. */
const GAP = 4;
const PAD = 2;
/** How far each step moves a crowded label further out from its node. */
const STEP = 12;

/**
 * A width estimate for a line of system-ui text, by character class, in ems.
 * No font is measured at build time (there is no browser), so the estimate
 * errs wide: a box a little too big costs some space; one too small lets two
 * names overprint.
 */
export function textWidth(text: string, fontSize = FONT_SIZE): number {
	if (fontSize !== FONT_SIZE) return measure(text, fontSize);
	let width = labelWidths.get(text);
	if (width === undefined) {
		if (labelWidths.size >= RECENT_LABELS) labelWidths.clear();
		labelWidths.set(text, (width = measure(text, fontSize)));
	}
	return width;
}

/**
 * Widths of the labels' lines, measured once per build: the placement measures each line for every position it
 * tries, and each sheet's name appears in the Connections of every neighbour. Bounded (as `wrappedLabels`), so that
 * 50,000 sheets' names are not all kept.
 */
const labelWidths = new Map<string, number>();
const RECENT_LABELS = 20_000;

function measure(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) {
		if (/[ .,'’:;!|ijlftrI()[\]-]/.test(char)) ems += 0.33;
		else if (/[MWmw@]/.test(char)) ems += 0.9;
		else if (/[A-Z0-9]/.test(char)) ems += 0.68;
		else if (/[a-z]/.test(char)) ems += 0.56;
		// Letters of other scripts, accented letters, CJK: the widest likely case.
		else ems += char.codePointAt(0)! > 0x2e80 ? 1 : 0.66;
	}
	return Math.ceil(ems * fontSize * 1.05);
}

/**
 * The lines a name is set on: one if it fits `maxWidth`, else two, split at
 * the space that makes the longer line shortest. A name without a space
 * stays whole on one line, however long: it is never cut.
 */
export function wrapLabel(text: string, maxWidth = WRAP_WIDTH): string[] {
	if (maxWidth !== WRAP_WIDTH) return wrap(text, maxWidth);
	let lines = wrappedLabels.get(text);
	if (lines === undefined) {
		if (wrappedLabels.size >= RECENT_LABELS) wrappedLabels.clear();
		wrappedLabels.set(text, (lines = wrap(text, maxWidth)));
	}
	return [...lines];
}

/** Each name's lines, worked out once per build: a sheet's name is drawn in the Connections of each of its neighbours. */
const wrappedLabels = new Map<string, readonly string[]>();

function wrap(text: string, maxWidth: number): string[] {
	const name = text.trim().replace(/\s+/g, ' ');
	if (textWidth(name) <= maxWidth) return [name];
	const words = name.split(' ');
	let best: string[] = [name];
	let bestWidth = textWidth(name);
	for (let i = 1; i < words.length; i++) {
		const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
		const width = Math.max(...lines.map((line) => textWidth(line)));
		if (width < bestWidth) {
			best = lines;
			bestWidth = width;
		}
	}
	return best;
}

/** The room a node's label takes: half its wider line, so that a layout can keep that much clear around the node. */
export function labelRadius(text: string): number {
	return Math.max(...wrapLabel(text).map((line) => textWidth(line))) / 2;
}

export const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The eight directions a label may sit in, as unit steps (right, below-right, below, …). */
const DIRECTIONS: readonly (readonly [number, number])[] = [
	[1, 0],
	[1, 1],
	[0, 1],
	[-1, 1],
	[-1, 0],
	[-1, -1],
	[0, -1],
	[1, -1],
];

interface Candidate {
	readonly x: number;
	readonly y: number;
	readonly anchor: TextAnchor;
	readonly box: Box;
}

/** The label's position in direction `[dx, dy]` from its node, `distance` beyond the node's edge. */
function candidate(node: LabelledNode, { width, height }: { readonly width: number; readonly height: number }, [dx, dy]: readonly [number, number], distance: number): Candidate {
	const reach = node.r + GAP + distance;
	// Diagonals sit at the corner of the node's square, so that they clear it as the straight directions do.
	const cx = node.x + dx * reach * (dy === 0 ? 1 : Math.SQRT1_2);
	const cy = node.y + dy * reach * (dx === 0 ? 1 : Math.SQRT1_2);
	const left = dx > 0 ? cx : dx < 0 ? cx - width : cx - width / 2;
	const top = dy > 0 ? cy : dy < 0 ? cy - height : cy - height / 2;
	const anchor: TextAnchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
	const x = anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2;
	// The first baseline: a line's text sits about 0.8 em below the line's top.
	const y = top + (LINE_HEIGHT - FONT_SIZE) / 2 + FONT_SIZE * 0.8;
	return { x, y, anchor, box: { left, top, right: left + width, bottom: top + height } };
}

/**
 * The directions in the order a label tries them: first the one pointing
 * away from the drawing's middle (outside a ring of nodes, names do not
 * cross the lines to the centre), then by how little they turn from it.
 */
function preferredDirections(node: LabelledNode, middle: { x: number; y: number }): (readonly [number, number])[] {
	const ox = node.x - middle.x;
	const oy = node.y - middle.y;
	// At the middle itself, below first: the usual place for a name under a dot.
	if (Math.hypot(ox, oy) < 1) return [2, 6, 0, 4, 1, 3, 5, 7].map((i) => DIRECTIONS[i] as readonly [number, number]);
	const outward = Math.atan2(oy, ox);
	const turn = ([dx, dy]: readonly [number, number]) => {
		const difference = Math.abs(Math.atan2(dy, dx) - outward) % (2 * Math.PI);
		return Math.min(difference, 2 * Math.PI - difference);
	};
	return DIRECTIONS.map((direction, i) => ({ direction, i, turn: turn(direction) }))
		.sort((a, b) => a.turn - b.turn || a.i - b.i)
		.map(({ direction }) => direction);
}

const grow = (box: Box, by: number): Box => ({ left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by });
const nodeBox = (node: LabelledNode): Box => ({ left: node.x - node.r, top: node.y - node.r, right: node.x + node.r, bottom: node.y + node.r });

/** Places every node's label, in the order given (callers put the focus first), none over another label or a node. */
export function placeLabels(nodes: readonly LabelledNode[]): PlacedLabel[] {
	if (nodes.length === 0) return [];
	const middle = {
		x: (Math.min(...nodes.map((node) => node.x)) + Math.max(...nodes.map((node) => node.x))) / 2,
		y: (Math.min(...nodes.map((node) => node.y)) + Math.max(...nodes.map((node) => node.y))) / 2,
	};
	const obstacles: Box[] = nodes.map((node) => grow(nodeBox(node), PAD));
	// Beyond this distance from any node, nothing is in the way: the search below always ends.
	const span = Math.max(
		...nodes.map((node) => node.x + node.r),
		...nodes.map((node) => node.y + node.r),
	) - Math.min(...nodes.map((node) => node.x - node.r), ...nodes.map((node) => node.y - node.r));
	const placed: PlacedLabel[] = [];
	for (const node of nodes) {
		const lines = wrapLabel(node.text);
		// The label's size, measured once for every position it tries.
		const size = { width: Math.max(...lines.map((line) => textWidth(line))), height: lines.length * LINE_HEIGHT };
		const directions = preferredDirections(node, middle);
		let found: Candidate | undefined;
		let step = 0;
		for (;;) {
			for (const direction of directions) {
				const option = candidate(node, size, direction, step * STEP);
				const padded = grow(option.box, PAD);
				if (!obstacles.some((box) => intersects(padded, box))) {
					found = option;
					break;
				}
			}
			if (found) break;
			step++;
			// Past every obstacle the first direction is free; this only guards against a mistake above.
			if (step * STEP > 2 * span + 1000) throw new Error(`No place found for the label of ${node.id}.`);
		}
		obstacles.push(found.box);
		placed.push({
			id: node.id,
			lines,
			x: round(found.x),
			y: round(found.y),
			anchor: found.anchor,
			box: roundBox(found.box),
			leader: step > 0 ? leader(node, found.box) : undefined,
		});
	}
	return placed;
}

/** The line from a node's edge to the nearest point of its label's box. */
function leader(node: LabelledNode, box: Box) {
	const x2 = Math.min(Math.max(node.x, box.left), box.right);
	const y2 = Math.min(Math.max(node.y, box.top), box.bottom);
	const length = Math.hypot(x2 - node.x, y2 - node.y) || 1;
	return {
		x1: round(node.x + ((x2 - node.x) / length) * node.r),
		y1: round(node.y + ((y2 - node.y) / length) * node.r),
		x2: round(x2),
		y2: round(y2),
	};
}

/** Rounds to one decimal so that the SVG text is the same on every run and machine. */
export const round = (value: number) => Math.round(value * 10) / 10;
const roundBox = (box: Box): Box => ({ left: round(box.left), top: round(box.top), right: round(box.right), bottom: round(box.bottom) });

/** The smallest box holding every box, `margin` wider on each side. */
export function boundsOf(boxes: readonly Box[], margin: number): Box {
	return {
		left: round(Math.min(...boxes.map((box) => box.left)) - margin),
		top: round(Math.min(...boxes.map((box) => box.top)) - margin),
		right: round(Math.max(...boxes.map((box) => box.right)) + margin),
		bottom: round(Math.max(...boxes.map((box) => box.bottom)) + margin),
	};
}
