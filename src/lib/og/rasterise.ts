import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CARD_DESIGN, CARD_HEIGHT, CARD_WIDTH, cssFont, layoutCard, type CardText, type CardTextStyle, type TextMeasurer } from './card.ts';
import { registerFonts } from './fonts.ts';
import { cardPalette, PaletteQuantiser } from './palette.ts';
import { encodePalettePng, encodePng, encodeSmallestPalettePng, PALETTE_DEFLATE } from './png.ts';

/**
 * One canvas per thread, drawn over for each card: allocating a fresh 3 MB
 * canvas per card, and freeing it, cost more than drawing the card.
 * Rendering is synchronous, so no two cards share it at once.
 */
let surface: { canvas: Canvas; context: SKRSContext2D } | undefined;

function setStyle(context: SKRSContext2D, style: CardTextStyle): void {
	context.font = cssFont(style);
	context.letterSpacing = `${style.letterSpacing ?? 0}px`;
}

/** Measures with the canvas's own fonts, the same that draw the text. */
function canvasMeasurer(context: SKRSContext2D): TextMeasurer {
	return {
		width(text, style) {
			setStyle(context, style);
			return context.measureText(text).width;
		},
		extent(style) {
			setStyle(context, style);
			// The font's box, the same for any text in the first family: measured on one of its letters.
			const metrics = context.measureText('H');
			return { ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
		},
	};
}

/**
 * The card's pixels as RGBA (straight alpha, opaque): laid out by card.ts
 * and drawn on a Skia canvas (@napi-rs/canvas) with the project's fonts.
 * Under 1 ms to lay out and draw, 1–5 to read the pixels back (Skia draws
 * when they are read). A letter neither of the card's fonts has is drawn
 * from a font installed on the machine, if any.
 */
export function drawCard(card: CardText): Uint8Array {
	registerFonts();
	surface ??= (() => {
		const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
		return { canvas, context: canvas.getContext('2d') };
	})();
	const { context } = surface;
	const layout = layoutCard(card, canvasMeasurer(context));
	context.fillStyle = layout.background;
	context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
	for (const rect of layout.rects) {
		context.fillStyle = rect.colour;
		// On whole pixels: a rule's edge blended into the background would be a colour the card's palette lacks.
		const [left, top] = [Math.round(rect.x), Math.round(rect.y)];
		context.fillRect(left, top, Math.round(rect.x + rect.width) - left, Math.round(rect.y + rect.height) - top);
	}
	context.textBaseline = 'alphabetic';
	for (const line of layout.lines) {
		setStyle(context, line.style);
		context.direction = line.direction;
		context.textAlign = line.direction === 'rtl' ? 'right' : 'left';
		context.fillStyle = line.style.colour;
		context.fillText(line.text, line.x, line.y);
	}
	// getImageData gives straight (not premultiplied) RGBA, as PNG wants.
	const { data } = context.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT);
	return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** The card's colours: the background, the text's, and the rectangles' (the accent band and the footer's rule). */
const TEXT_COLOURS = [CARD_DESIGN.eyebrow.colour, CARD_DESIGN.title.colour, CARD_DESIGN.description.colour, CARD_DESIGN.footer.colour];
const RECTANGLE_COLOURS = [CARD_DESIGN.accentRule.colour, CARD_DESIGN.footer.rule.colour];
const palette = cardPalette(CARD_DESIGN.background, TEXT_COLOURS, RECTANGLE_COLOURS);
/** One per thread: its cache of colours serves every card the thread draws. */
const quantiser = new PaletteQuantiser(palette);

/**
 * Two coverages of each text colour instead of three (palette.ts): the last
 * step for a card still over its budget. 12% fewer bytes; at the size a card
 * is shown the letters look the same, though the title's curves show steps
 * when it is magnified. Two for the small text only was not enough.
 */
const COMPACT_COVERAGES = 2;
const compactPalette = cardPalette(CARD_DESIGN.background, TEXT_COLOURS, RECTANGLE_COLOURS, COMPACT_COVERAGES);
const compactQuantiser = new PaletteQuantiser(compactPalette);

/**
 * The most bytes a card should take: 10,000 sheets' cards then fit in
 * 150 MB of a site (a GitHub Pages site may have 1 GB). Most cards are well
 * under it (median 9–12 KB). One over it is deflated harder by zlib, then
 * by Zopfli (both lossless); one still over it, a card with about the most
 * text a card shows, is drawn with fewer coverages of its text, which keeps
 * the longest card of the tests under it.
 */
export const CARD_BUDGET_BYTES = 15_000;

/**
 * A card as PNG: drawn by drawCard, then written as a palette PNG
 * (palette.ts, png.ts), or as RGBA when a pixel is in none of the palette's
 * colours. About as fast as RGBA alone was: the drawing, then about 1.5 ms
 * to quantise and 1.5 to encode (where RGBA took 3.5), and 6–15 KB where
 * RGBA took about 50; the rare card over CARD_BUDGET_BYTES takes 1.5 to 5 s
 * more, in Zopfli (cards are cached, so once). Runs in the card workers
 * (card-worker.ts); the tests call it directly.
 */
export async function rasteriseCard(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
	const rgba = drawCard(card);
	const rows = quantiser.rows(rgba, CARD_WIDTH, CARD_HEIGHT);
	if (!rows) return encodePng(rgba, CARD_WIDTH, CARD_HEIGHT);
	const png = encodePalettePng(rows, palette.colours, CARD_WIDTH, CARD_HEIGHT);
	if (png.length <= CARD_BUDGET_BYTES) return png;
	const harder = encodePalettePng(rows, palette.colours, CARD_WIDTH, CARD_HEIGHT, PALETTE_DEFLATE.smallest);
	if (harder.length <= CARD_BUDGET_BYTES) return harder;
	// The rows are a fresh buffer for each card, so waiting for Zopfli shares nothing with the next card.
	const smallest = await encodeSmallestPalettePng(rows, palette.colours, CARD_WIDTH, CARD_HEIGHT);
	if (smallest.length <= CARD_BUDGET_BYTES) return smallest;
	const compactRows = compactQuantiser.rows(rgba, CARD_WIDTH, CARD_HEIGHT);
	return compactRows ? encodeSmallestPalettePng(compactRows, compactPalette.colours, CARD_WIDTH, CARD_HEIGHT) : smallest;
}
