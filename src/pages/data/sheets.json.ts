import type { APIRoute } from 'astro';
import { exportContext } from '../../data/publishing.ts';
import { exportJsonResponse } from '../../lib/exports/json.ts';
import { getSite } from '../../data/site.ts';
import { sheetsExport } from '../../lib/exports/data-exports.ts';

/** Every sheet, with its roles and relations (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => exportJsonResponse(sheetsExport(await getSite(), exportContext(site)));
