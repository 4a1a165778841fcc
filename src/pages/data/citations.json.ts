import type { APIRoute } from 'astro';
import { absolute, getVersionDate } from '../../data/publishing.ts';
import { exportJsonResponse } from '../../lib/exports/json.ts';
import { getSite } from '../../data/site.ts';
import { bibliographyCsl } from '../../lib/cite/bibliography.ts';
import options from 'virtual:fact-sheets/options';

/** Every source, sheet and fact as CSL-JSON, for a reference manager (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) =>
	exportJsonResponse(bibliographyCsl(await getSite(), { absolute: (path, fragment) => absolute(site, path, fragment), siteName: options.title, version: await getVersionDate() }));
