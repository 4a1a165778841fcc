import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { renderCardPng } from '../lib/og/render.ts';
import { siteCard } from '../lib/og/sheet-card.ts';

/** The preview image of every page that is not a sheet. */
export const GET: APIRoute = async () =>
	new Response(await renderCardPng(siteCard(await getSite())), { headers: { 'content-type': 'image/png' } });
