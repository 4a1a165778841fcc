import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, cardElement, type CardElement, type CardText } from './card.ts';

/**
 * Renders preview cards to PNG at build time: satori lays the card out as
 * SVG (text as paths), resvg rasterises it. No external service, and fonts
 * come from @fontsource packages, never from the network.
 *
 * Each PNG is cached under node_modules/.cache/ by a hash of the laid-out
 * card (its text and styles), the fonts and this renderer's version, so a
 * rebuild renders only the cards that changed: a card costs about 30 ms to
 * render, a cached one well under 1 ms. (Worker threads were tried: on the
 * project's 2-vCPU machines two threads run no faster than one.)
 */
/** Bump when the rendering itself changes (options, packages) in a way the card's element tree does not show. */
const RENDERER_VERSION = '1';
const require = createRequire(import.meta.url);

const FONT_FILES: readonly { name: string; weight: 400 | 600; file: string }[] = [
	{ name: CARD_FONTS.serif, weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff' },
	{ name: CARD_FONTS.serif, weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 400, file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 600, file: '@fontsource/inter/files/inter-latin-ext-600-normal.woff' },
];

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
	fonts ??= FONT_FILES.map(({ name, weight, file }) => ({ name, weight, style: 'normal', data: readFileSync(require.resolve(file)) }));
	return fonts;
}

let cacheDir: string | undefined;

/**
 * node_modules/.cache/fact-sheets/og, next to the packages the renderer uses.
 * Resolved once per build: resolving `satori` cost about 2 ms per card, even
 * for cards already in the cache.
 */
function cacheDirectory(): string {
	if (cacheDir) return cacheDir;
	const satoriEntry = require.resolve('satori');
	const nodeModules = satoriEntry.slice(0, satoriEntry.lastIndexOf('node_modules') + 'node_modules'.length);
	cacheDir = join(nodeModules, '.cache', 'fact-sheets', 'og');
	return cacheDir;
}

function cacheKey(element: CardElement): string {
	return createHash('sha256').update(JSON.stringify([RENDERER_VERSION, FONT_FILES, element])).digest('hex').slice(0, 32);
}

/** Renders a card and writes it whole, then renames it: an interrupted build never leaves half a card in the cache. */
async function renderToFile(element: CardElement, file: string): Promise<Uint8Array<ArrayBuffer>> {
	// satori's types want React elements; it reads plain objects of the same shape.
	const svg = await satori(element as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
	const png = new Uint8Array(new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
	mkdirSync(dirname(file), { recursive: true });
	const partial = `${file}.${process.pid}.part`;
	writeFileSync(partial, png);
	renameSync(partial, file);
	return png;
}

/** The card as PNG, from the cache when the same card was rendered before. */
export async function renderCardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
	const element = cardElement(card);
	const file = join(cacheDirectory(), `${cacheKey(element)}.png`);
	try {
		return readFileSync(file);
	} catch {
		return renderToFile(element, file);
	}
}
