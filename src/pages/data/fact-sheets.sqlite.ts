import type { APIRoute } from 'astro';
import { exportContext } from '../../data/publishing.ts';
import { getSite } from '../../data/site.ts';
import { factsExport, sheetsExport, sourcesExport } from '../../lib/exports/data-exports.ts';
import { sqliteExport } from '../../lib/exports/sqlite.ts';

/** The JSON exports as one SQLite database, for Datasette (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => {
	const [model, context] = [await getSite(), exportContext(site)];
	const bytes = sqliteExport(sheetsExport(model, context), factsExport(model, context), sourcesExport(model, context));
	return new Response(bytes, { headers: { 'content-type': 'application/vnd.sqlite3' } });
};
