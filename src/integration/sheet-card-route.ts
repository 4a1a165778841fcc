import type { APIRoute } from 'astro';
import { cardResponse, queueCardsAhead } from '../data/cards.ts';
import { getSite } from '../data/site.ts';
import options from 'virtual:fact-sheets/options';
import { sheetCard } from '../lib/og/sheet-card.ts';
import { ui } from '../data/ui.ts';

/**
 * One preview image per sheet, for social media (OpenGraph and Twitter
 * cards), served by `astro dev` only: the integration injects this route
 * there. A build renders the cards on worker threads and copies them into
 * the site itself, at `og/<slug>.png` (src/lib/og/publish.ts).
 */
export async function getStaticPaths() {
	const site = await getSite();
	queueCardsAhead(site.sheetList.map((sheet) => sheetCard(sheet, options.title, ui)));
	return site.sheetList.map((sheet) => ({ params: { slug: sheet.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
	const site = await getSite();
	const sheet = site.sheets.get(params.slug ?? '');
	if (!sheet) return new Response(`No sheet "${params.slug}"`, { status: 404 });
	return cardResponse(sheetCard(sheet, options.title, ui));
};
