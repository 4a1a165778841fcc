import type { APIRoute } from 'astro';
import { cardResponse, queueCardsAhead } from '../../data/cards.ts';
import { getSite } from '../../data/site.ts';
import { sheetCard } from '../../lib/og/sheet-card.ts';

/**
 * One preview image per sheet, for social media (OpenGraph and Twitter cards).
 * A build has queued every card already, once the content was verified (see
 * src/integration); `astro dev` has not, so it queues them here.
 */
export async function getStaticPaths() {
	const site = await getSite();
	if (import.meta.env.DEV) queueCardsAhead(site.sheetList.map(sheetCard));
	return site.sheetList.map((sheet) => ({ params: { slug: sheet.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
	const site = await getSite();
	const sheet = site.sheets.get(params.slug ?? '');
	if (!sheet) throw new Error(`No sheet "${params.slug}"`);
	return cardResponse(sheetCard(sheet));
};
