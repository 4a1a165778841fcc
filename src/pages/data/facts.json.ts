import type { APIRoute } from 'astro';
import { exportContext } from '../../data/publishing.ts';
import { exportJsonResponse } from '../../lib/exports/json.ts';
import { getSite } from '../../data/site.ts';
import { factsExport } from '../../lib/exports/data-exports.ts';

/** Every fact with its citations, claimant, dates and figure (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => exportJsonResponse(factsExport(await getSite(), exportContext(site)));
