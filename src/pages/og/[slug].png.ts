import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { queueCards, renderCardPng } from '../../lib/og/render.ts';
import { sheetCard } from '../../lib/og/sheet-card.ts';

/**
 * One preview image per sheet, for social media (OpenGraph and Twitter cards).
 * Astro collects every route's paths before it renders any page, so the cards
 * are queued here, to render on worker threads while other pages render.
 */
export async function getStaticPaths() {
	const site = await getSite();
	queueCards(site.sheetList.map(sheetCard));
	return site.sheetList.map((sheet) => ({ params: { slug: sheet.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
	const site = await getSite();
	const sheet = site.sheets.get(params.slug ?? '');
	if (!sheet) throw new Error(`No sheet "${params.slug}"`);
	return new Response(await renderCardPng(sheetCard(sheet)), { headers: { 'content-type': 'image/png' } });
};
