/**
 * Preview cards as PNG, rendered at build time on worker threads
 * (card-pool.ts) and cached by what they show (card-cache.ts). No external
 * service, and fonts come from @fontsource packages, never from the network.
 *
 * A card costs about 15 ms of CPU to render and a cached one well under 1 ms
 * to read. Astro renders one page at a time, each awaiting its own card, so
 * the cards are queued all at once first (`queueCards`, from
 * `getStaticPaths`): the workers then render them on every core while the
 * main thread renders the pages before them, and each card's route waits
 * only for what is left.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cardElement, type CardText } from './card.ts';
import { cachedCardFile } from './card-cache.ts';
import { CardPool, type CardRequest } from './card-pool.ts';

const pool = new CardPool();

function request(card: CardText): CardRequest {
	const element = cardElement(card);
	return { name: card.title, element, file: cachedCardFile(element) };
}

/** Starts rendering, in this order, every card not in the cache yet. */
export function queueCards(cards: Iterable<CardText>): void {
	for (const card of cards) {
		const next = request(card);
		if (!existsSync(next.file)) pool.queue(next);
	}
}

/** The card as PNG, from the cache when the same card was rendered before. */
export async function renderCardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
	const next = request(card);
	try {
		return readFileSync(next.file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	await pool.render(next);
	return readFileSync(next.file);
}
