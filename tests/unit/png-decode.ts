/**
 * Decodes the PNGs the card renderers write, so that tests can compare images
 * by their pixels rather than their bytes: Skia's encoder and ours compress
 * the same pixels differently. Reads 8-bit RGBA and palette PNGs (1, 2, 4 or
 * 8 bits a pixel), not interlaced, any row filter; a palette PNG's pixels
 * come back as the RGBA of their entries, and its indices and palette too.
 */
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
	readonly width: number;
	readonly height: number;
	readonly rgba: Uint8Array;
}

export interface DecodedPalettePng extends DecodedPng {
	readonly bitDepth: number;
	readonly palette: readonly (readonly [number, number, number])[];
	readonly indices: Uint8Array;
}

const paeth = (left: number, up: number, upLeft: number) => {
	const estimate = left + up - upLeft;
	const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
	if (toLeft <= toUp && toLeft <= toUpLeft) return left;
	return toUp <= toUpLeft ? up : upLeft;
};

interface Chunks {
	readonly width: number;
	readonly height: number;
	readonly bitDepth: number;
	readonly colourType: number;
	readonly palette: Buffer | undefined;
	readonly data: Buffer;
}

function readChunks(png: Uint8Array): Chunks {
	const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
	if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('Not a PNG');
	let header: Buffer | undefined;
	let palette: Buffer | undefined;
	const data: Buffer[] = [];
	for (let offset = 8; offset < bytes.length; ) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
		const body = bytes.subarray(offset + 8, offset + 8 + length);
		if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length)) throw new Error(`Bad CRC in ${type}`);
		if (type === 'IHDR') header = body;
		if (type === 'PLTE') palette = body;
		if (type === 'IDAT') data.push(body);
		offset += 12 + length;
	}
	if (!header) throw new Error('No IHDR');
	if (header[12] !== 0) throw new Error('Interlaced PNGs are not read');
	return { width: header.readUInt32BE(0), height: header.readUInt32BE(4), bitDepth: header[8]!, colourType: header[9]!, palette, data: Buffer.concat(data) };
}

/** The rows without their filters: `stride` bytes each; `step` is the filters' "bytes per pixel" (at least 1). */
function unfilter(data: Buffer, height: number, stride: number, step: number): Uint8Array {
	const rows = inflateSync(data);
	const out = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = rows[y * (stride + 1)];
		for (let x = 0; x < stride; x++) {
			const raw = rows[y * (stride + 1) + 1 + x]!;
			const left = x >= step ? out[y * stride + x - step]! : 0;
			const up = y > 0 ? out[(y - 1) * stride + x]! : 0;
			const upLeft = x >= step && y > 0 ? out[(y - 1) * stride + x - step]! : 0;
			const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter!];
			if (predicted === undefined) throw new Error(`Unknown row filter ${filter}`);
			out[y * stride + x] = (raw + predicted) & 0xff;
		}
	}
	return out;
}

/** An 8-bit RGBA PNG's pixels. */
export function decodePng(png: Uint8Array): DecodedPng {
	const { width, height, bitDepth, colourType, data } = readChunks(png);
	if (bitDepth !== 8 || colourType !== 6) throw new Error('Only 8-bit RGBA here: decodeAnyPng reads palette PNGs too');
	return { width, height, rgba: unfilter(data, height, width * 4, 4) };
}

/** A palette PNG's indices, palette and pixels. */
export function decodePalettePng(png: Uint8Array): DecodedPalettePng {
	const { width, height, bitDepth, colourType, palette, data } = readChunks(png);
	if (colourType !== 3 || ![1, 2, 4, 8].includes(bitDepth)) throw new Error('Not a palette PNG');
	if (!palette || palette.length % 3 !== 0) throw new Error('No PLTE');
	const colours = Array.from({ length: palette.length / 3 }, (_, entry) => [palette[entry * 3]!, palette[entry * 3 + 1]!, palette[entry * 3 + 2]!] as const);
	const stride = Math.ceil((width * bitDepth) / 8);
	const rows = unfilter(data, height, stride, 1);
	const indices = new Uint8Array(width * height);
	const rgba = new Uint8Array(width * height * 4);
	const perByte = 8 / bitDepth;
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const byte = rows[y * stride + Math.floor(x / perByte)]!;
			const index = (byte >> (8 - bitDepth * ((x % perByte) + 1))) & ((1 << bitDepth) - 1);
			const colour = colours[index];
			if (!colour) throw new Error(`Index ${index} past the palette's ${colours.length} entries`);
			indices[y * width + x] = index;
			rgba.set([...colour, 255], (y * width + x) * 4);
		}
	}
	return { width, height, bitDepth, palette: colours, indices, rgba };
}

/** Any PNG the renderers write, as RGBA. */
export function decodeAnyPng(png: Uint8Array): DecodedPng {
	const { colourType } = readChunks(png);
	if (colourType !== 3) return decodePng(png);
	const { width, height, rgba } = decodePalettePng(png);
	return { width, height, rgba };
}
