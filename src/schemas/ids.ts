import { z } from 'zod';

/**
 * Ids and slugs are lowercase words joined by hyphens: they become URL path
 * segments and fragment anchors, so they must survive copy-paste and never
 * need escaping.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const idText = (what: string) =>
	z.string().regex(ID_PATTERN, {
		message: `expected a ${what} of lowercase letters, digits and single hyphens (for example "ali-khamenei")`,
	});

/** The slug of a sheet: its file name without `.md` or `.mdx`. */
export const sheetSlugSchema = idText('sheet slug').brand<'SheetSlug'>();
export type SheetSlug = z.output<typeof sheetSlugSchema>;

/** The id of a source: the file name of its YAML file in `content/sources/`. */
export const sourceIdSchema = idText('source id').brand<'SourceId'>();
export type SourceId = z.output<typeof sourceIdSchema>;

/** The id of a fact, unique within its sheet; it is the fact's URL anchor (`#<id>`). */
export const factIdSchema = idText('fact id').brand<'FactId'>();
export type FactId = z.output<typeof factIdSchema>;

/** The id of a metric declared in `content/metrics.yaml`. */
export const metricIdSchema = idText('metric id').brand<'MetricId'>();
export type MetricId = z.output<typeof metricIdSchema>;

/**
 * Anchors the sheet page itself uses. A fact id equal to one of these would
 * make two elements share an id, so the schema refuses them.
 */
export const RESERVED_ANCHORS: ReadonlySet<string> = new Set([
	'main',
	'top',
	'facts',
	'roles',
	'relations',
	'references',
	'timeline',
	'mentions',
	'claims',
	'figures',
	'graph',
	'about',
	'cite',
	'history',
]);

/** Numbered anchors of the page's own lists: references, roles, relations. */
const RESERVED_ANCHOR_PATTERN = /^(?:ref|role|relation|inverse|member|mention|claim)-\d+$/;

export function isReservedAnchor(id: string): boolean {
	return RESERVED_ANCHORS.has(id) || RESERVED_ANCHOR_PATTERN.test(id);
}
