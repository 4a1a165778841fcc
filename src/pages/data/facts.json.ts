import type { APIRoute } from 'astro';
import { exportContext, jsonResponse } from '../../data/publishing.ts';
import { getSite } from '../../data/site.ts';
import { factsExport } from '../../lib/exports/data-exports.ts';

/** Every fact with its citations, claimant, dates and figure (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) => jsonResponse(factsExport(await getSite(), exportContext(site)));
