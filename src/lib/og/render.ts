/**
 * Preview cards as PNG, rendered at build time on worker threads
 * (card-pool.ts) and cached by what they show (card-cache.ts). No external
 * service, and fonts come from @fontsource packages, never from the network.
 *
 * A card costs about 5 ms of CPU to render and a cached one well under 1 ms
 * to read. A build queues every sheet's card once every sheet has loaded
 * (`queueCards`), and the workers render them on the spare core while the
 * main thread verifies the rest, syncs content, bundles and renders pages;
 * the integration copies them into the built site at the end (publish.ts). No page waits
 * for a card, so the main thread never idles. Under `astro dev` a route
 * serves each card (src/integration/sheet-card-route.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CardText } from './card.ts';
import { cachedCardFile } from './card-cache.ts';
import { CardPool, type CardRequest } from './card-pool.ts';

/**
 * One pool per process. The integration queues and publishes the sheets'
 * cards, and the routes that serve a card (the site's own, and each sheet's
 * under `astro dev`) ask for theirs; but the routes run a bundled copy of
 * this module, with module state of its own. Both find the pool here, so a
 * card is never rendered twice and two pools never compete for the cores.
 */
const POOL = Symbol.for('fact-sheets:card-pool');
function sharedPool(): CardPool {
	const holder = globalThis as { [POOL]?: CardPool };
	holder[POOL] ??= new CardPool();
	return holder[POOL];
}

function request(card: CardText, directory: string): CardRequest {
	return { name: card.title, card, file: cachedCardFile(card, directory) };
}

/** Resolves once queued cards go to a worker without this thread's event loop (CardPool.ready). */
export function cardsReady(): Promise<void> {
	return sharedPool().ready();
}

/** Starts rendering, in this order, every card not yet cached in `directory`; `handOutNow` as in CardPool.queue. */
export function queueCards(cards: Iterable<CardText>, directory: string, { handOutNow = false }: { handOutNow?: boolean } = {}): void {
	const pool = sharedPool();
	for (const card of cards) {
		const next = request(card, directory);
		if (!existsSync(next.file)) pool.queue(next, { handOutNow });
	}
}

/**
 * The card's file in the cache in `directory`, once it is there: rendered
 * unless the same card was rendered before. `urgent` as in `CardPool.render`.
 */
export async function cachedCard(card: CardText, directory: string, { urgent = true } = {}): Promise<string> {
	const next = request(card, directory);
	if (!existsSync(next.file)) await sharedPool().render(next, { urgent });
	return next.file;
}

/** The card as PNG, from the cache in `directory` when the same card was rendered before. */
export async function renderCardPng(card: CardText, directory: string): Promise<Uint8Array<ArrayBuffer>> {
	const next = request(card, directory);
	try {
		return readFileSync(next.file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	await sharedPool().render(next);
	return readFileSync(next.file);
}
