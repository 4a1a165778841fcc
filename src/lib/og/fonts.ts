import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';
import { CARD_FONTS } from './card.ts';

/**
 * The cards' fonts, from @fontsource packages: never fetched from the
 * network. Each family under a name of the project's own, so that a font
 * of the same name installed on the machine is never picked instead.
 */
export const FONT_FILES: readonly { family: string; weight: 400 | 600; file: string }[] = [
	{ family: CARD_FONTS.serif[0], weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff' },
	{ family: CARD_FONTS.serif[1], weight: 600, file: '@fontsource/source-serif-4/files/source-serif-4-latin-ext-600-normal.woff' },
	{ family: CARD_FONTS.sans[0], weight: 400, file: '@fontsource/inter/files/inter-latin-400-normal.woff' },
	{ family: CARD_FONTS.sans[1], weight: 400, file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff' },
	{ family: CARD_FONTS.sans[0], weight: 600, file: '@fontsource/inter/files/inter-latin-600-normal.woff' },
	{ family: CARD_FONTS.sans[1], weight: 600, file: '@fontsource/inter/files/inter-latin-ext-600-normal.woff' },
];

const require = createRequire(import.meta.url);
let registered = false;

/**
 * Registers the fonts with the canvas, once per thread. The canvas's font
 * list is the process's, shared by its threads, so a font another thread
 * registered already is not added again. (Two threads registering at the same
 * moment may both add one: the copies are the same file, so either serves.)
 */
export function registerFonts(): void {
	if (registered) return;
	const known = GlobalFonts.families;
	for (const { family, weight, file } of FONT_FILES) {
		if (known.some((font) => font.family === family && font.styles.some((style) => style.weight === weight))) continue;
		if (!GlobalFonts.register(readFileSync(require.resolve(file)), family)) throw new Error(`The preview cards' font ${file} could not be loaded: reinstall the @fontsource packages (npm install)`);
	}
	registered = true;
}
