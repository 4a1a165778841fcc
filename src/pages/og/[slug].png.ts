import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { renderCardPng } from '../../lib/og/render.ts';
import { sheetCard } from '../../lib/og/sheet-card.ts';

/** One preview image per sheet, for social media (OpenGraph and Twitter cards). */
export async function getStaticPaths() {
	const site = await getSite();
	return site.sheetList.map((sheet) => ({ params: { slug: sheet.slug } }));
}

export const GET: APIRoute = async ({ params }) => {
	const site = await getSite();
	const sheet = site.sheets.get(params.slug ?? '');
	if (!sheet) throw new Error(`No sheet "${params.slug}"`);
	return new Response(await renderCardPng(sheetCard(sheet)), { headers: { 'content-type': 'image/png' } });
};
