import cardDirectory from 'virtual:fact-sheets/card-cache';
import type { CardText } from '../lib/og/card.ts';
import { queueCards, renderCardPng } from '../lib/og/render.ts';

/** A preview card as a PNG response, from the build's card cache (see src/lib/og/render.ts). */
export async function cardResponse(card: CardText): Promise<Response> {
	return new Response(await renderCardPng(card, cardDirectory), { headers: { 'content-type': 'image/png' } });
}

/** Starts rendering cards ahead of their routes; those already queued or cached are skipped. */
export function queueCardsAhead(cards: Iterable<CardText>): void {
	queueCards(cards, cardDirectory);
}
