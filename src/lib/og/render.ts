import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, cardElement, type CardText } from './card.ts';

/**
 * Renders preview cards to PNG at build time: satori lays the card out as
 * SVG (text as paths), resvg rasterises it. No external service, and fonts
 * come from @fontsource packages, never from the network.
 *
 * Each PNG is cached under node_modules/.cache/ by a hash of its text and
 * this renderer's version, so a rebuild renders only the cards that changed
 * (a cold render costs tens of milliseconds per card).
 */
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

/** node_modules/.cache/fact-sheets/og, next to the packages the renderer uses. */
function cacheDirectory(): string {
	const satoriEntry = require.resolve('satori');
	const nodeModules = satoriEntry.slice(0, satoriEntry.lastIndexOf('node_modules') + 'node_modules'.length);
	return join(nodeModules, '.cache', 'fact-sheets', 'og');
}

function cacheKey(card: CardText): string {
	return createHash('sha256').update(JSON.stringify([RENDERER_VERSION, FONT_FILES, card])).digest('hex').slice(0, 32);
}

/** The card as SVG. */
export function renderCardSvg(card: CardText): Promise<string> {
	return satori(cardElement(card) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
}

/** The card as PNG, from the cache when the same card was rendered before. */
export async function renderCardPng(card: CardText): Promise<Uint8Array> {
	const directory = cacheDirectory();
	const file = join(directory, `${cacheKey(card)}.png`);
	try {
		return readFileSync(file);
	} catch {
		// Not rendered yet.
	}
	const svg = await renderCardSvg(card);
	const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
	mkdirSync(directory, { recursive: true });
	writeFileSync(file, png);
	return png;
}
