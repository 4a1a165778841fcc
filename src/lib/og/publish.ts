/**
 * Puts the sheets' preview cards into the built site, from the card cache
 * (render.ts). A build does this after its pages, not through an Astro
 * route: a route would make Astro wait for each card in turn (its main
 * thread idle while the workers render) and write every PNG through a
 * Response, about 2 ms a card even when it is cached.
 */
import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CardText } from './card.ts';
import { cachedCard } from './render.ts';

/** A card and where it goes, relative to the built site. */
export interface PublishedCard {
	readonly card: CardText;
	readonly path: string;
}

/**
 * Waits for every card (rendering those the cache lacks, in the order
 * queued) and copies each to its path under `outDirectory`. A copy, not a
 * hard link: a tool that rewrites the built site in place must never change
 * the cache. Where the file system can, the copy is a clone and costs no
 * space.
 *
 * @throws the first card that could not be rendered, by name.
 */
export async function publishCards(cards: readonly PublishedCard[], cacheDirectory: string, outDirectory: string): Promise<void> {
	const folders = new Set(cards.map(({ path }) => dirname(join(outDirectory, path))));
	await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
	await Promise.all(
		cards.map(async ({ card, path }) => {
			const file = await cachedCard(card, cacheDirectory, { urgent: false });
			await copyFile(file, join(outDirectory, path), constants.COPYFILE_FICLONE);
		}),
	);
}
