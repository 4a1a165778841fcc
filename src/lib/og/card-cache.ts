/**
 * Rendered cards are cached in a folder the caller names (the build uses
 * `fact-sheets/og/` in Astro's `cacheDir`, node_modules/.astro/ by default),
 * named by a hash of the card's text, its design (colours, sizes), the fonts
 * and the renderer's version, so a rebuild renders only the cards that changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CARD_DESIGN, type CardText } from './card.ts';
import { FONT_FILES } from './fonts.ts';

/** Bump when the card's layout code or the rendering changes (canvas, encoder) in a way CARD_DESIGN does not show. */
const RENDERER_VERSION = '6';

/** Where the card's PNG is cached in `directory`. */
export function cachedCardFile(card: CardText, directory: string): string {
	const key = createHash('sha256').update(JSON.stringify([RENDERER_VERSION, FONT_FILES, CARD_DESIGN, card])).digest('hex').slice(0, 32);
	return join(directory, `${key}.png`);
}

/**
 * Writes the card whole under another name, then renames it: an interrupted
 * build never leaves half a card in the cache. The temporary name is the
 * writer's own (process and thread), so two builds at once never share one.
 */
export async function writeCachedCard(file: string, png: Uint8Array): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	const partial = `${file}.${process.pid}-${threadId}.part`;
	await writeFile(partial, png);
	await rename(partial, file);
}
