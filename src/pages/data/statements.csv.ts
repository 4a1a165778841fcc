import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { ftmExport } from '../../lib/exports/ftm.ts';
import { statementsCsv } from '../../lib/exports/statements-csv.ts';

/** Every value of entities.ftm.json with the citation it rests on, one row per value and citation (docs/data-exports.md). */
export const GET: APIRoute = async () =>
	new Response(statementsCsv(ftmExport(await getSite()).statements), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
