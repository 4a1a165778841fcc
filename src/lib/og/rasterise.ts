import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CARD_HEIGHT, CARD_WIDTH, cssFont, layoutCard, type CardText, type CardTextStyle, type TextMeasurer } from './card.ts';
import { registerFonts } from './fonts.ts';
import { encodePng } from './png.ts';

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
 * A card as PNG: laid out by card.ts, drawn on a Skia canvas
 * (@napi-rs/canvas) with the project's fonts, encoded by png.ts. About 5 ms
 * once warm: under 1 ms to lay out and draw, 1–5 to read the pixels back
 * (Skia draws when they are read), 3 to encode. A letter neither of the
 * card's fonts has is drawn from a font installed on the machine, if any.
 * Runs in the card workers (card-worker.ts); the tests call it directly.
 */
export function rasteriseCard(card: CardText): Uint8Array<ArrayBuffer> {
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
		context.fillRect(rect.x, rect.y, rect.width, rect.height);
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
	return encodePng(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), CARD_WIDTH, CARD_HEIGHT);
}
