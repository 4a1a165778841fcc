/**
 * PNG encoding of a rendered card, in one of two forms. A card drawn in its
 * design's colours is written as a palette PNG (encodePalettePng: 4 bits a
 * pixel, colour type 3; palette.ts picks the colours): about a fifth of
 * the bytes of RGBA. Any other card is written as 8-bit RGBA (encodePng), the
 * pixels exactly as drawn.
 *
 * The canvas's own encoder (`encodeSync('png')`) takes about 29 ms a card,
 * and resvg's took 10, compressing harder than a preview image needs. The
 * RGBA one here deflates the rows at zlib level 3, unfiltered except that a
 * row equal to the one above is written as that (PNG's "up" filter, all
 * zeros): about 3.5 ms, for files of about the same size. Lossless either way.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BYTES_PER_PIXEL = 4;
const COLOUR_TYPE_RGBA = 6;
const COLOUR_TYPE_PALETTE = 3;
const FILTER_NONE = 0;
/** Each byte minus the one above it: a row the same as the one before becomes zeros. */
const FILTER_UP = 2;
/** Levels 1–3 took the same time here, and 3 makes the smallest files of the three. */
const DEFLATE_LEVEL = 3;

/**
 * The rows, each behind its filter byte, reused from card to card: filling a
 * fresh 3 MB buffer for every card took three times as long as copying into
 * this one. Safe to share because encoding is synchronous.
 */
let scratch: Buffer | undefined;

function scanlines(rgba: Uint8Array, width: number, height: number): Buffer {
	const stride = width * BYTES_PER_PIXEL;
	const size = (stride + 1) * height;
	if (scratch?.length !== size) scratch = Buffer.alloc(size);
	const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
	for (let row = 0; row < height; row++) {
		const start = row * (stride + 1);
		// Most of a card's rows repeat the one above (margins, space between lines): as zeros they deflate faster and smaller.
		if (row > 0 && pixels.compare(pixels, (row - 1) * stride, row * stride, row * stride, (row + 1) * stride) === 0) {
			scratch[start] = FILTER_UP;
			scratch.fill(0, start + 1, start + 1 + stride);
		} else {
			scratch[start] = FILTER_NONE;
			pixels.copy(scratch, start + 1, row * stride, (row + 1) * stride);
		}
	}
	return scratch;
}

/** One chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
	const bytes = Buffer.alloc(12 + data.length);
	bytes.writeUInt32BE(data.length, 0);
	bytes.write(type, 4, 'latin1');
	bytes.set(data, 8);
	bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
	return bytes;
}

/** The file: signature, header, the rows as one zlib stream (`data`) and the end, with a palette when there is one. */
function pngFile(width: number, height: number, bitDepth: number, colourType: number, data: Uint8Array, palette?: Uint8Array): Uint8Array<ArrayBuffer> {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = bitDepth; // bytes 10–12 (compression, filter method, interlace) stay 0
	header[9] = colourType;
	const parts = [Uint8Array.from(SIGNATURE), chunk('IHDR', header), ...(palette ? [chunk('PLTE', palette)] : []), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))];
	const png = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		png.set(part, offset);
		offset += part.length;
	}
	return png;
}

/** Encodes 8-bit RGBA pixels (straight alpha, rows top to bottom) as a PNG file. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array<ArrayBuffer> {
	if (rgba.length !== width * height * BYTES_PER_PIXEL) throw new Error(`Expected ${width}×${height} RGBA pixels (${width * height * BYTES_PER_PIXEL} bytes), got ${rgba.length} bytes`);
	return pngFile(width, height, 8, COLOUR_TYPE_RGBA, deflateSync(scanlines(rgba, width, height), { level: DEFLATE_LEVEL }));
}

/**
 * How hard palette rows are deflated: they are an eighth of the bytes of
 * RGBA rows. `fast` (level 4) takes about 1.3 ms, for files a fifth smaller
 * than level 3's (0.6 ms); level 6 took half as long again for 4% less.
 * `smallest` (level 9) takes five times as long for 7% less again: for the
 * few cards that would otherwise be over their budget (rasterise.ts), and
 * encodeSmallestPalettePng for the fewer still over it.
 */
export const PALETTE_DEFLATE = { fast: 4, smallest: 9 } as const;

/**
 * Zopfli's passes over the rows (its `numiterations`). Zopfli writes the
 * same zlib stream format as zlib, searched far harder: on the longest
 * cards, 13–14% fewer bytes than zlib's level 9, where zlib's own options
 * (memory level, strategies) gained nothing. It costs about 1.5 s a card
 * with one pass, and a pass more gained under 1% each, so one.
 */
const ZOPFLI_PASSES = 1;

/**
 * Encodes a 4-bit palette PNG from its rows as palette.ts writes them (a
 * filter byte, then two pixels to a byte) and its palette (at most 16
 * colours, as red, green, blue). The rows are unfiltered: a filter predicts
 * a byte from its neighbours, which says nothing about palette indices; the
 * "up" filter, on every row or on rows it shortened, made the files larger
 * when measured.
 */
export function encodePalettePng(
	rows: Uint8Array,
	palette: readonly (readonly [number, number, number])[],
	width: number,
	height: number,
	level: number = PALETTE_DEFLATE.fast,
): Uint8Array<ArrayBuffer> {
	checkPaletteRows(rows, palette, width, height);
	return pngFile(width, height, 4, COLOUR_TYPE_PALETTE, deflateSync(rows, { level }), Uint8Array.from(palette.flat()));
}

/**
 * The same file as encodePalettePng, the rows compressed by Zopfli
 * (@gfx/zopfli, WebAssembly) instead of zlib: a thousand times slower,
 * for the rare card still over its budget at zlib's hardest (rasterise.ts).
 */
export async function encodeSmallestPalettePng(
	rows: Uint8Array,
	palette: readonly (readonly [number, number, number])[],
	width: number,
	height: number,
): Promise<Uint8Array<ArrayBuffer>> {
	checkPaletteRows(rows, palette, width, height);
	// Loaded when first needed: loading it compiles its WebAssembly and installs process-wide error handlers
	// (Emscripten's), which no card that fits its budget, and no test that only reads a constant, should get.
	const { zlibAsync } = await import('@gfx/zopfli');
	return pngFile(width, height, 4, COLOUR_TYPE_PALETTE, await zlibAsync(rows, { numiterations: ZOPFLI_PASSES }), Uint8Array.from(palette.flat()));
}

function checkPaletteRows(rows: Uint8Array, palette: readonly (readonly [number, number, number])[], width: number, height: number): void {
	if (rows.length !== (Math.ceil(width / 2) + 1) * height) throw new Error(`Expected ${height} rows of ${Math.ceil(width / 2) + 1} bytes for ${width}×${height} pixels at 4 bits, got ${rows.length} bytes`);
	if (palette.length === 0 || palette.length > 16) throw new Error(`Expected 1 to 16 palette colours, got ${palette.length}`);
}
