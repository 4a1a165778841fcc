/**
 * A card's pixels as indices into a palette of at most 16 colours (the card
 * design needs 11), so that png.ts can write it as a 4-bit palette PNG: about a fifth of the bytes of the same
 * card as RGBA (about 50 KB), for pixels no reader can tell apart at the
 * size a card is shown.
 *
 * The card is drawn in few colours: a background, three text colours and
 * two rectangles. Every other pixel is the edge of a letter, a text colour
 * blended over the background by how much of the pixel the letter covers
 * (Skia blends in sRGB values: measured, each edge pixel lies within 2 of
 * the line between the two). So the palette holds the background, each text
 * colour at a few coverages, and the rectangles' colours; each pixel is
 * given the entry nearest to it. Three coverages of each text colour (a
 * third, two thirds, all) could not be told from 256 on a card at 1:1, nor
 * at three times that. Measured on the 72 cards of this project's own site:
 * with four, files were 7% larger (median 12.3 KB, not 11.5); with two, 12%
 * smaller, and the curves of the title showed steps.
 *
 * A pixel that is no such blend (a colour emoji drawn from a font installed
 * on the machine, or letters overlapping the rule) has no entry near it: the
 * card is then written as RGBA, exactly as drawn, rather than in wrong colours.
 */

/** A colour as red, green and blue, 0–255. */
export type Rgb = readonly [number, number, number];

/** How many coverages of each text colour the palette holds, the colour itself included. */
export const TEXT_COVERAGES = 3;

/**
 * How far (in sRGB values, as a distance in RGB space) a pixel may be from
 * the palette entry it is given. Edge pixels are within 2 of their blend line,
 * so this never turns away a card drawn in the palette's colours, and it
 * catches any colour that is not one of them.
 */
const MAX_DISTANCE = 8;

/** The most entries a 4-bit PNG palette holds. */
export const MAX_PALETTE_SIZE = 16;

/** `#rrggbb` as red, green and blue. */
export function parseHex(colour: string): Rgb {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
	if (!match) throw new Error(`Expected a card colour as #rrggbb, got "${colour}"`);
	return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/** A text colour's blends over the background: the line a letter's edge pixels lie on. */
interface Blend {
	readonly colour: Rgb;
	/** The palette index of each coverage, the least first: as many as the colour's coverages. */
	readonly indices: readonly number[];
}

export interface CardPalette {
	/** Every entry, the background first (index 0: a blank row of a card is then all zero bytes, which deflate well). */
	readonly colours: readonly Rgb[];
	readonly background: Rgb;
	readonly blends: readonly Blend[];
	/** The rectangles' colours, drawn on whole pixels (rasterise.ts), so with no blended edge. */
	readonly solids: readonly { readonly colour: Rgb; readonly index: number }[];
}

const mix = (from: Rgb, to: Rgb, amount: number): Rgb => [0, 1, 2].map((channel) => Math.round(from[channel]! + amount * (to[channel]! - from[channel]!))) as unknown as Rgb;
const same = (a: Rgb, b: Rgb) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/**
 * The palette of a card drawn with `text` colours over `background`, with
 * rectangles in `solids`. A colour listed twice, or both as text and solid
 * (the accent), gets its entries once.
 *
 * @throws when the colours need more than 16 entries.
 */
export function cardPalette(background: string, text: readonly string[], solids: readonly string[], coverages: number = TEXT_COVERAGES): CardPalette {
	const base = parseHex(background);
	const colours: Rgb[] = [base];
	const indexOf = (colour: Rgb) => {
		const found = colours.findIndex((entry) => same(entry, colour));
		if (found >= 0) return found;
		colours.push(colour);
		return colours.length - 1;
	};
	const blends = [...new Set(text)].map((hex): Blend => {
		const colour = parseHex(hex);
		const indices = Array.from({ length: coverages }, (_, step) => indexOf(mix(base, colour, (step + 1) / coverages)));
		return { colour, indices };
	});
	const solidEntries = [...new Set(solids)].map((hex) => {
		const colour = parseHex(hex);
		return { colour, index: indexOf(colour) };
	});
	if (colours.length > MAX_PALETTE_SIZE) throw new Error(`The preview card's colours need ${colours.length} palette entries, more than ${MAX_PALETTE_SIZE}: use fewer text colours, or fewer coverages (TEXT_COVERAGES)`);
	return { colours, background: base, blends, solids: solidEntries };
}

/** No entry is near the colour: the card cannot be written in the palette. */
const OFF_PALETTE = -1;

/** The palette entry nearest to a pixel, or OFF_PALETTE. Run once per distinct colour (quantiser caches it). */
function nearestEntry(palette: CardPalette, red: number, green: number, blue: number): number {
	const [r0, g0, b0] = palette.background;
	const [dr, dg, db] = [red - r0, green - g0, blue - b0];
	let best = OFF_PALETTE;
	let bestDistance = MAX_DISTANCE;
	for (const { colour, indices } of palette.blends) {
		const [fr, fg, fb] = [colour[0] - r0, colour[1] - g0, colour[2] - b0];
		// The pixel's coverage: where it projects onto the line from the background to the text colour.
		const coverage = Math.min(1, Math.max(0, (dr * fr + dg * fg + db * fb) / (fr * fr + fg * fg + fb * fb)));
		const distance = Math.hypot(dr - coverage * fr, dg - coverage * fg, db - coverage * fb);
		if (distance >= bestDistance) continue;
		bestDistance = distance;
		const step = Math.round(coverage * indices.length);
		best = step === 0 ? 0 : indices[step - 1]!;
	}
	for (const { colour, index } of palette.solids) {
		const distance = Math.hypot(red - colour[0], green - colour[1], blue - colour[2]);
		if (distance < bestDistance) [best, bestDistance] = [index, distance];
	}
	return best;
}

/**
 * The cache of a quantiser holds at most this many colours. A card has a few
 * hundred, nearly all the same from card to card; the bound only matters for
 * cards drawn in other colours (which fall back to RGBA anyway).
 */
const MAX_CACHED_COLOURS = 1 << 16;

/**
 * Turns a card's RGBA pixels into the rows of a 4-bit palette PNG: each row
 * a filter byte (0, none) and two pixels to a byte, the first in the high
 * half. Written straight into that form, since a second pass to pack one
 * index a byte into two cost as much as the quantising.
 *
 * Each distinct colour is looked up once and cached, for this card and the
 * next. Most of a card's rows are the background from edge to edge, or the
 * same as the row above: those are compared whole (memcmp) and cost nothing
 * per pixel; in the others, a pixel the same as the one before skips even
 * the cache. About 1.5 ms a card.
 */
export class PaletteQuantiser {
	readonly palette: CardPalette;
	readonly #cache = new Map<number, number>();

	constructor(palette: CardPalette) {
		this.palette = palette;
	}

	/**
	 * The PNG rows of `rgba` (`width` × `height` opaque pixels, straight
	 * alpha), or `undefined` when a pixel is not near any palette entry.
	 */
	rows(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
		if (rgba.length !== width * height * 4) throw new Error(`Expected ${width}×${height} RGBA pixels (${width * height * 4} bytes), got ${rgba.length} bytes`);
		const pixelStride = width * 4;
		const rowStride = Math.ceil(width / 2) + 1;
		// Zeros: the filter bytes, and every pixel the background (index 0) until written.
		const rows = Buffer.alloc(rowStride * height);
		const bytes = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
		const blank = Buffer.alloc(pixelStride);
		for (let offset = 0; offset < pixelStride; offset += 4) blank.set([...this.palette.background, 255], offset);
		// Pixels compared as one number each (equal numbers, equal pixels, on either byte order); Int32 rather
		// than Uint32 so that an opaque pixel is a small integer to V8, not a boxed one.
		const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
		const pixels = new Int32Array(aligned.buffer, aligned.byteOffset, width * height);
		for (let row = 0; row < height; row++) {
			const start = row * pixelStride;
			if (bytes.compare(blank, 0, pixelStride, start, start + pixelStride) === 0) continue;
			const out = row * rowStride;
			if (row > 0 && bytes.compare(bytes, start - pixelStride, start, start, start + pixelStride) === 0) {
				rows.copy(rows, out, out - rowStride, out);
				continue;
			}
			let previous = 0;
			let previousIndex = -1;
			for (let x = 0; x < width; x++) {
				const pixel = row * width + x;
				const value = pixels[pixel]!;
				if (value !== previous || previousIndex < 0) {
					previousIndex = this.#index(bytes, pixel << 2);
					if (previousIndex === OFF_PALETTE) return undefined;
					previous = value;
				}
				if (previousIndex !== 0) rows[out + 1 + (x >> 1)]! |= x & 1 ? previousIndex : previousIndex << 4;
			}
		}
		return rows;
	}

	/** The palette index of the pixel at `offset`, from the cache when its colour was seen before. */
	#index(bytes: Buffer, offset: number): number {
		if (bytes[offset + 3] !== 255) return OFF_PALETTE;
		const key = (bytes[offset]! << 16) | (bytes[offset + 1]! << 8) | bytes[offset + 2]!;
		let index = this.#cache.get(key);
		if (index === undefined) {
			index = nearestEntry(this.palette, bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!);
			if (this.#cache.size >= MAX_CACHED_COLOURS) this.#cache.clear();
			this.#cache.set(key, index);
		}
		return index;
	}
}
