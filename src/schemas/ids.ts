import { z } from 'zod';
import { BIDI_CONTROL, codePoint } from '../lib/text/bidi.ts';

/**
 * Ids and slugs are lowercase words joined by hyphens: they become URL path
 * segments and fragment anchors, so they must survive copy-paste and never
 * need escaping.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug or id: a page's folder name in the built site and a segment of its address. */
export const MAX_ID_LENGTH = 80;

const idText = (what: string) =>
	z
		.string()
		// An invisible control gets its own message: "lowercase letters" would not say what to delete.
		.refine((text) => !BIDI_CONTROL.test(text), {
			error: (issue) => `holds the invisible bidirectional control ${codePoint(String(issue.input).match(BIDI_CONTROL)?.[0] ?? '')}, which a ${what} cannot contain`,
			abort: true,
		})
		.regex(ID_PATTERN, {
			message: `expected a ${what} of lowercase letters, digits and single hyphens (for example "jane-doe")`,
		})
		// Slugs and ids become file names of the built site (a file system allows 255 bytes) and addresses people copy.
		.max(MAX_ID_LENGTH, { message: `expected a ${what} of at most ${MAX_ID_LENGTH} characters` });

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
 * Ids a sheet page gives its own elements (src/layouts/Base.astro,
 * src/components/SheetPage.astro and the components it renders). A fact id
 * is its element's id on that page, so a fact id equal to one of these
 * would make two elements share an id; the fact schema refuses them.
 * tests/gates/page-anchors.test.ts fails when a sheet page of the built site
 * has an id that is neither a fact id nor reserved here.
 */
export const RESERVED_ANCHORS: ReadonlySet<string> = new Set([
	// The layout (Base.astro): the search box and the main landmark.
	'site-search-q',
	'main',
	'top',
	// The sections of a sheet page (SheetPage.astro, References.astro) and its connections graph.
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
	// The key-facts box and the contents of a long sheet (KeyFacts.astro, TableOfContents.astro).
	'key-facts',
	'contents',
	// The connections graph of a sheet page (Graph.astro: the figure's id and its SVG's `<title>` and `<desc>`).
	'sheet-graph',
	'sheet-graph-title',
	'sheet-graph-desc',
]);

/**
 * Numbered anchors of the page's own lists (references, roles, members, mentions, claims), and every
 * `relation-…` and `inverse-…`: relations are anchored by type and sheet (src/lib/site/model.ts, relationAnchors).
 */
const RESERVED_ANCHOR_PATTERN = /^(?:(?:ref|role|member|mention|claim)-\d+|(?:relation|inverse)-.+)$/;

export function isReservedAnchor(id: string): boolean {
	return RESERVED_ANCHORS.has(id) || RESERVED_ANCHOR_PATTERN.test(id);
}
