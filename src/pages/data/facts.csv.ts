import type { APIRoute } from 'astro';
import { exportContext } from '../../data/publishing.ts';
import { getSite } from '../../data/site.ts';
import { factsCsv } from '../../lib/exports/csv.ts';
import { factsExport } from '../../lib/exports/data-exports.ts';

/** facts.json as a table, one row per fact (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) =>
	new Response(factsCsv(factsExport(await getSite(), exportContext(site))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
