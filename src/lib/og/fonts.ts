import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { CARD_FONTS } from './card.ts';

/** The cards' fonts, from @fontsource packages: never fetched from the network. */
export const FONT_FILES: readonly { name: string; weight: 400 | 600; file: string }[] = [
	{ name: CARD_FONTS.serif, weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff' },
	{ name: CARD_FONTS.serif, weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 400, file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff' },
	{ name: CARD_FONTS.sans, weight: 600, file: '@fontsource/inter/files/inter-latin-ext-600-normal.woff' },
];

const require = createRequire(import.meta.url);
let fonts: Font[] | undefined;

/**
 * Read once per thread. The same array every time: satori keeps the parsed
 * fonts for as long as it is given the same array.
 */
export function loadFonts(): Font[] {
	fonts ??= FONT_FILES.map(({ name, weight, file }) => ({ name, weight, style: 'normal', data: readFileSync(require.resolve(file)) }));
	return fonts;
}
