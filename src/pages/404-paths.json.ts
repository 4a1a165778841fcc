import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';

/** Every sheet's slug, path (from the site's base) and name, for the 404 page's suggestions (src/scripts/not-found.js). */
export const GET: APIRoute = async () => {
	const { sheetList } = await getSite();
	const sheets = sheetList.map(({ slug, path, data }) => ({ slug, path, name: data.name }));
	return new Response(JSON.stringify(sheets), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
