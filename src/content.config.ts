import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { baseName } from './lib/corpus.ts';
import { CONTENT_LAYOUT, SHEET_PATTERN } from './lib/content/project-files.ts';
import { metricSchema, sheetSchema, sourceSchema } from './schemas/index.ts';

/**
 * The collections pages read. The same schemas validate content in
 * `npm run check` and at the start of every build (src/integration), which
 * reports every problem at once before Astro reads a file.
 */
export const collections = {
	sheets: defineCollection({
		loader: glob({
			base: `./${CONTENT_LAYOUT.sheets}`,
			pattern: SHEET_PATTERN,
			// The file name is the slug, whatever folder the curator filed it in.
			generateId: ({ entry }) => baseName(entry),
		}),
		schema: sheetSchema,
	}),
	sources: defineCollection({
		loader: glob({ base: `./${CONTENT_LAYOUT.sources}`, pattern: '*.yaml', generateId: ({ entry }) => baseName(entry) }),
		schema: sourceSchema,
	}),
	metrics: defineCollection({
		loader: file(CONTENT_LAYOUT.metrics),
		schema: metricSchema,
	}),
};
