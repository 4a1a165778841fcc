import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { ftmExport, ftmLines } from '../../lib/exports/ftm.ts';

/** Every sheet, source, role, relation and fact as FollowTheMoney entities, one per line (docs/data-exports.md). */
export const GET: APIRoute = async () =>
	new Response(ftmLines(ftmExport(await getSite()).entities), { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
