import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_HEIGHT, CARD_WIDTH, type CardElement } from './card.ts';
import { loadFonts } from './fonts.ts';
import { encodePng } from './png.ts';

const RESVG_OPTIONS = {
	fitTo: { mode: 'original' },
	// satori draws text as paths, so resvg needs no fonts; loading the system's cost 4 ms per card.
	font: { loadSystemFonts: false },
} as const;

/**
 * A card as PNG: satori lays it out as SVG (text as paths), resvg rasterises
 * it. About 15 ms once warm: satori 4.5, resvg 7, PNG 3.5. Runs in the card
 * workers (card-worker.ts); the tests call it directly.
 */
export async function rasteriseCard(element: CardElement): Promise<Uint8Array<ArrayBuffer>> {
	// satori's types want React elements; it reads plain objects of the same shape.
	const svg = await satori(element as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
	const image = new Resvg(svg, RESVG_OPTIONS).render();
	return encodePng(image.pixels, image.width, image.height);
}
