import type { APIRoute } from 'astro';
import { exportContext } from '../../data/publishing.ts';
import { exportJsonResponse } from '../../lib/exports/json.ts';
import { getSite } from '../../data/site.ts';
import { sourcesExport } from '../../lib/exports/data-exports.ts';

/** Every source article (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => exportJsonResponse(sourcesExport(await getSite(), exportContext(site)));
