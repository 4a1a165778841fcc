import type { APIRoute } from 'astro';
import { exportContext, jsonResponse } from '../../data/publishing.ts';
import { getSite } from '../../data/site.ts';
import { sourcesExport } from '../../lib/exports/data-exports.ts';

/** Every source article (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => jsonResponse(sourcesExport(await getSite(), exportContext(site)));
