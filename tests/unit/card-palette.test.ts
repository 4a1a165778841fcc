/** Preview cards as 4-bit palette PNGs (palette.ts, png.ts, rasterise.ts): the design's colours, few bytes, the same look. */
import { describe, expect, it } from 'vitest';
import { CARD_DESIGN, CARD_HEIGHT, CARD_WIDTH, type CardText } from '../../src/lib/og/card.ts';
import { cardPalette, PaletteQuantiser, parseHex, TEXT_COVERAGES, type Rgb } from '../../src/lib/og/palette.ts';
import { encodePalettePng, PALETTE_DEFLATE } from '../../src/lib/og/png.ts';
import { CARD_BUDGET_BYTES, drawCard, rasteriseCard } from '../../src/lib/og/rasterise.ts';
import { decodePalettePng, decodePng } from './png-decode.ts';

const card = (overrides: Partial<CardText> = {}): CardText => ({
	eyebrow: 'Person',
	title: 'Jane Doe',
	description: 'A spokesperson quoted in both articles, with a description long enough to wrap onto a second line.',
	footer: 'Fact sheets · 3 cited facts from 2 sources',
	...overrides,
});

/** The samples the layout tests use: Latin Extended letters, and a site written right to left in Persian. */
const SAMPLES: Record<string, CardText> = {
	latin: card(),
	'latin extended': card({
		eyebrow: 'Organisation',
		title: 'Łódź Şehir Đaković Organisation of the Long Name International',
		description: 'Zażółć gęślą jaźń — Çok güzel şey. Une organisation à Genève citée dans trois articles de presse.',
		footer: 'Fact sheets · 12 cited facts from 4 sources',
	}),
	persian: { eyebrow: 'شخص', title: 'محمد رضایی', description: 'سخنگوی نقل شده در هر دو مقاله، با توضیحی به اندازه کافی طولانی.', footer: 'برگه‌ها · ۳ واقعیت از ۲ منبع', direction: 'rtl' },
};

const distance = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('the card palette', () => {
	it('holds the background first, each text colour at a few coverages, and each rectangle colour once', () => {
		const palette = cardPalette('#ffffff', ['#000000', '#ff0000', '#000000'], ['#ff0000', '#00ff00']);
		expect(TEXT_COVERAGES).toBe(3);
		expect(palette.colours).toEqual([
			[255, 255, 255],
			[170, 170, 170],
			[85, 85, 85],
			[0, 0, 0],
			[255, 170, 170],
			[255, 85, 85],
			[255, 0, 0],
			[0, 255, 0],
		]);
	});

	it('refuses colours that need more than a 4-bit palette, and colours not written #rrggbb', () => {
		const many = ['#000000', '#111111', '#222222', '#333333', '#444444', '#555555'];
		expect(() => cardPalette('#ffffff', many, [])).toThrowErrorMatchingInlineSnapshot(`[Error: The preview card's colours need 18 palette entries, more than 16: use fewer text colours, or fewer coverages (TEXT_COVERAGES)]`);
		expect(() => cardPalette('white', [], [])).toThrowErrorMatchingInlineSnapshot(`[Error: Expected a card colour as #rrggbb, got "white"]`);
	});
});

describe('quantising a card', () => {
	const palette = cardPalette('#ffffff', ['#000000'], ['#00ff00']);
	/** Pixels of a 4×3 image, row by row, as RGBA. */
	const image = (pixels: readonly (readonly number[])[]) => Uint8Array.from(pixels.flatMap((pixel) => (pixel.length === 3 ? [...pixel, 255] : [...pixel])));
	const [white, grey, black, green] = [
		[255, 255, 255],
		[100, 100, 100],
		[0, 0, 0],
		[0, 255, 0],
	];

	it('gives each pixel the nearest entry, and writes the rows of a 4-bit PNG that decodes to them', () => {
		const rgba = image([white, grey, black, white, ...[white, white, white, white], green, green, black, grey].map((pixel) => pixel!));
		const rows = new PaletteQuantiser(palette).rows(rgba, 4, 3)!;
		// Each row: the filter byte (none), then two pixels a byte. Grey (100) is black at 61% coverage: two thirds (85) is the nearest entry.
		expect([...rows]).toEqual([0, 0x02, 0x30, 0, 0x00, 0x00, 0, 0x44, 0x32]);
		const png = decodePalettePng(encodePalettePng(rows, palette.colours, 4, 3));
		expect([png.width, png.height, png.bitDepth]).toEqual([4, 3, 4]);
		expect([...png.indices]).toEqual([0, 2, 3, 0, 0, 0, 0, 0, 4, 4, 3, 2]);
		expect(png.palette).toEqual(palette.colours);
	});

	it('repeats a row the same as the one above, and pads an odd width', () => {
		const rgba = image([black, grey, white, black, grey, white].map((pixel) => pixel!));
		expect([...new PaletteQuantiser(palette).rows(rgba, 3, 2)!]).toEqual([0, 0x32, 0x00, 0, 0x32, 0x00]);
	});

	it('finds no palette for a pixel of another colour, or not opaque: the card is then written as RGBA', () => {
		const quantiser = new PaletteQuantiser(palette);
		expect(quantiser.rows(image([white, [255, 0, 0]]), 2, 1)).toBeUndefined();
		expect(quantiser.rows(image([white, [0, 0, 0, 128]]), 2, 1)).toBeUndefined();
		// A colour seen before (now cached) still counts as off the palette.
		expect(quantiser.rows(image([[255, 0, 0], white]), 2, 1)).toBeUndefined();
		expect(() => quantiser.rows(new Uint8Array(12), 2, 2)).toThrowErrorMatchingInlineSnapshot(`[Error: Expected 2×2 RGBA pixels (16 bytes), got 12 bytes]`);
	});

	it('refuses rows or a palette that do not fit a 4-bit PNG', () => {
		expect(() => encodePalettePng(new Uint8Array(5), palette.colours, 4, 2)).toThrowErrorMatchingInlineSnapshot(`[Error: Expected 2 rows of 3 bytes for 4×2 pixels at 4 bits, got 5 bytes]`);
		const colours: Rgb[] = Array.from({ length: 17 }, () => [0, 0, 0]);
		expect(() => encodePalettePng(new Uint8Array(6), colours, 4, 2)).toThrowErrorMatchingInlineSnapshot(`[Error: Expected 1 to 16 palette colours, got 17]`);
	});
});

describe('a rendered card', () => {
	const text = [CARD_DESIGN.title.colour, CARD_DESIGN.description.colour, CARD_DESIGN.eyebrow.colour].map(parseHex);
	const background = parseHex(CARD_DESIGN.background);
	/** Half a coverage step of the text colour farthest from the background, and the canvas's rounding: the most a pixel may move. */
	const tolerance = Math.max(...text.map((colour) => distance(colour, background))) / (2 * TEXT_COVERAGES) + 2;

	for (const [name, sample] of Object.entries(SAMPLES)) {
		it(`is a 4-bit palette PNG within the budget, each pixel near the one drawn (${name})`, async () => {
			const drawn = drawCard(sample);
			const png = await rasteriseCard(sample);
			expect(png.length, name).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
			const decoded = decodePalettePng(png);
			expect([decoded.width, decoded.height, decoded.bitDepth]).toEqual([CARD_WIDTH, CARD_HEIGHT, 4]);
			let worst = 0;
			let unchanged = 0;
			for (let offset = 0; offset < drawn.length; offset += 4) {
				const moved = distance(drawn.subarray(offset), decoded.rgba.subarray(offset));
				worst = Math.max(worst, moved);
				if (moved <= 2) unchanged++;
			}
			expect(worst, name).toBeLessThanOrEqual(tolerance);
			// Only the edges of letters move: nearly every pixel is one of the design's colours as drawn.
			expect(unchanged / (drawn.length / 4), name).toBeGreaterThan(0.97);
		});
	}

	it('keeps the accent band and the footer rule in their own colours, on whole pixels', async () => {
		const { rgba } = decodePalettePng(await rasteriseCard(card()));
		const column = (y: number) => [...rgba.subarray((y * CARD_WIDTH + 600) * 4, (y * CARD_WIDTH + 600) * 4 + 3)];
		const accent = parseHex(CARD_DESIGN.accentRule.colour);
		const rule = parseHex(CARD_DESIGN.footer.rule.colour);
		const colours = Array.from({ length: CARD_HEIGHT }, (_, y) => column(y).join());
		expect(colours.slice(0, CARD_DESIGN.accentRule.height).every((colour) => colour === accent.join())).toBe(true);
		expect(colours[CARD_DESIGN.accentRule.height]).toBe(background.join());
		expect(colours.filter((colour) => colour === rule.join())).toHaveLength(CARD_DESIGN.footer.rule.height);
	});

	const designPalette = (coverages?: number) =>
		cardPalette(CARD_DESIGN.background, [CARD_DESIGN.eyebrow.colour, CARD_DESIGN.title.colour, CARD_DESIGN.description.colour, CARD_DESIGN.footer.colour], [CARD_DESIGN.accentRule.colour, CARD_DESIGN.footer.rule.colour], coverages);
	const zlibHardest = (sample: CardText) => {
		const palette = designPalette();
		return encodePalettePng(new PaletteQuantiser(palette).rows(drawCard(sample), CARD_WIDTH, CARD_HEIGHT)!, palette.colours, CARD_WIDTH, CARD_HEIGHT, PALETTE_DEFLATE.smallest);
	};

	it('keeps a card that zlib leaves over the budget within it by Zopfli, pixel for pixel the same', async () => {
		// A long name and four lines of description, which zlib at its hardest leaves over the budget.
		const long = card({
			eyebrow: 'Armed force',
			title: 'National Revolutionary Border Guard Corps',
			description: "The country's border guard, which the ministry reportedly put in charge of the checkpoints; two papers reported officer resignations, and a spokesperson says the council has now designated it a protected service.",
		});
		const byZlib = zlibHardest(long);
		expect(byZlib.length).toBeGreaterThan(CARD_BUDGET_BYTES);
		const png = await rasteriseCard(long);
		expect(png.length).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
		const [ours, zlibs] = [decodePalettePng(png), decodePalettePng(byZlib)];
		expect([ours.bitDepth, ours.rgba.length]).toEqual([4, CARD_WIDTH * CARD_HEIGHT * 4]);
		expect(Buffer.compare(Buffer.from(ours.rgba), Buffer.from(zlibs.rgba))).toBe(0);
	});

	it('stays within the budget with the longest title and description a card shows, its text in fewer coverages', async () => {
		const longest = card({
			eyebrow: 'International body',
			title: 'The Commission of the Northern Maritime Region for Labour, Energy and Transport Affairs',
			description: 'An international body in Geneva working on labour, quoted on energy and transport in three reports, whose description runs on past the two hundred and twenty letters that a card shows of it, to the end.',
		});
		expect(zlibHardest(longest).length).toBeGreaterThan(CARD_BUDGET_BYTES);
		const drawn = drawCard(longest);
		const png = await rasteriseCard(longest);
		expect(png.length).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
		const decoded = decodePalettePng(png);
		expect(decoded.bitDepth).toBe(4);
		// Drawn in the compact palette, two coverages a text colour: a letter's edge moves by up to half of one of its two steps.
		expect(decoded.palette).toEqual(designPalette(2).colours);
		expect(decoded.palette.length).toBeLessThan(designPalette().colours.length);
		const tolerance = Math.max(...text.map((colour) => distance(colour, background))) / (2 * 2) + 2;
		let worst = 0;
		for (let offset = 0; offset < drawn.length; offset += 4) worst = Math.max(worst, distance(drawn.subarray(offset), decoded.rgba.subarray(offset)));
		expect(worst).toBeLessThanOrEqual(tolerance);
	});

	it('is not an RGBA PNG', async () => {
		const png = await rasteriseCard(card());
		expect(() => decodePng(png)).toThrow(/Only 8-bit RGBA/);
	});
});
