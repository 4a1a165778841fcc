import type { APIRoute } from 'astro';
import { absolute, getVersionDate } from '../../data/publishing.ts';
import { getSite } from '../../data/site.ts';
import { bibliographyBibtex } from '../../lib/cite/bibliography.ts';
import options from 'virtual:fact-sheets/options';

/** Every source, sheet and fact as biblatex entries, for a reference manager (docs/data-exports.md). */
export const GET: APIRoute = async ({ site }) =>
	new Response(bibliographyBibtex(await getSite(), { absolute: (path, fragment) => absolute(site, path, fragment), siteName: options.title, version: await getVersionDate() }), {
		headers: { 'content-type': 'application/x-bibtex; charset=utf-8' },
	});
