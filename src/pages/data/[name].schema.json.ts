import type { APIRoute } from 'astro';
import { absolute, jsonResponse } from '../../data/publishing.ts';
import { dataSchemaPath } from '../../lib/site/routes.ts';
import { EXPORT_SCHEMAS, exportJsonSchema, type ExportName } from '../../schemas/index.ts';

/** The JSON Schema of each JSON export, generated from the zod schemas in src/schemas/exports.ts. */
export function getStaticPaths() {
	return Object.keys(EXPORT_SCHEMAS).map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params, site }) => {
	const name = params.name as ExportName;
	return jsonResponse(exportJsonSchema(name, absolute(site, dataSchemaPath(name))));
};
