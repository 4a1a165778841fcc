/**
 * Decodes the PNGs the card renderers write (8-bit RGBA, not interlaced, any
 * row filter), so that tests can compare images by their pixels rather than
 * their bytes: Skia's encoder and ours compress the same pixels differently.
 */
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
	readonly width: number;
	readonly height: number;
	readonly rgba: Uint8Array;
}

const paeth = (left: number, up: number, upLeft: number) => {
	const estimate = left + up - upLeft;
	const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
	if (toLeft <= toUp && toLeft <= toUpLeft) return left;
	return toUp <= toUpLeft ? up : upLeft;
};

export function decodePng(png: Uint8Array): DecodedPng {
	const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
	if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('Not a PNG');
	let width = 0;
	let height = 0;
	const data: Buffer[] = [];
	for (let offset = 8; offset < bytes.length; ) {
		const length = bytes.readUInt32BE(offset);
		const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
		const body = bytes.subarray(offset + 8, offset + 8 + length);
		if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length)) throw new Error(`Bad CRC in ${type}`);
		if (type === 'IHDR') {
			[width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
			if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('Only 8-bit RGBA, not interlaced');
		}
		if (type === 'IDAT') data.push(body);
		offset += 12 + length;
	}
	const rows = inflateSync(Buffer.concat(data));
	const stride = width * 4;
	const rgba = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = rows[y * (stride + 1)];
		for (let x = 0; x < stride; x++) {
			const raw = rows[y * (stride + 1) + 1 + x]!;
			const left = x >= 4 ? rgba[y * stride + x - 4]! : 0;
			const up = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
			const upLeft = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
			const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter!];
			if (predicted === undefined) throw new Error(`Unknown row filter ${filter}`);
			rgba[y * stride + x] = (raw + predicted) & 0xff;
		}
	}
	return { width, height, rgba };
}
