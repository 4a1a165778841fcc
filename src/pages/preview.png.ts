import type { APIRoute } from 'astro';
import { cardResponse } from '../data/cards.ts';
import { getSite } from '../data/site.ts';
import options from 'virtual:fact-sheets/options';
import { siteCard } from '../lib/og/sheet-card.ts';
import { ui } from '../data/ui.ts';

/** The preview image of every page that is not a sheet. */
export const GET: APIRoute = async () => cardResponse(siteCard(await getSite(), options, ui));
