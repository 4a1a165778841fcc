import type { APIRoute } from 'astro';
import { absolute, jsonResponse } from '../../data/publishing.ts';
import { getSite } from '../../data/site.ts';
import { dataSchemaPath } from '../../lib/site/routes.ts';
import { vocabularyIds } from '../../lib/vocabulary.ts';
import { EXPORT_SCHEMAS, exportJsonSchema, type ExportName } from '../../schemas/index.ts';

/**
 * The JSON Schema of each JSON export, generated from the zod schemas in
 * src/schemas/exports.ts with the kinds and relation types of the verified
 * vocabulary as enums: each build publishes the schema of its own content.
 */
export function getStaticPaths() {
	return Object.keys(EXPORT_SCHEMAS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = async ({ params, site }) => {
	const name = params.name as ExportName;
	const { vocabulary } = await getSite();
	return jsonResponse(exportJsonSchema(name, absolute(site, dataSchemaPath(name)), vocabularyIds(vocabulary)));
};
