import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from './dates.ts';
import { FIGURE_QUALIFIERS } from './figure.ts';
import { ID_PATTERN } from './ids.ts';
import { IDENTIFIER_SCHEMES } from './identifiers.ts';
import { SHA256_PATTERN } from './source.ts';

/**
 * The formats of the data exports under /data/ (docs/data-exports.md). The
 * build writes each export from these schemas' types and publishes each
 * schema as JSON Schema beside it; tests validate the built files against
 * the published JSON Schemas. Absent values are `null`, never left out, so
 * every record has the same keys.
 *
 * The enums of kinds and relation types are the site's vocabulary
 * (content/kinds.yaml, content/relation-types.yaml): `exportSchemasFor`
 * makes the schemas a build publishes from the vocabulary it verified; the
 * schemas exported here take any id there, and give the exports' types.
 *
 * Bump EXPORT_SCHEMA_VERSION when a field is removed, renamed or changes
 * meaning; adding a field keeps the version.
 */
export const EXPORT_SCHEMA_VERSION = 1;

const id = z.string().regex(ID_PATTERN);
const partialDate = z.string().regex(PARTIAL_DATE_PATTERN).describe('YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source');
const absoluteUrl = z.string().regex(/^https?:\/\//).describe('an absolute http(s) address');
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const keysOf = <T extends Record<string, unknown>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

/** Fields every export starts with. */
const header = {
	$schema: absoluteUrl.describe("the address of this file's JSON Schema"),
	schemaVersion: z.literal(EXPORT_SCHEMA_VERSION).describe('the version of this format'),
	site: absoluteUrl.describe("the site's home page"),
	license: nullable(
		z.strictObject({
			name: z.string().describe('the licence\'s name, e.g. "CC BY 4.0"'),
			url: nullable(absoluteUrl).describe('where its terms are published; null when not given'),
		}),
	).describe("the licence the content is published under (the site's `license` option); null when the site names none"),
};

export const exportedCitationSchema = z.strictObject({
	source: id.describe('the source id (see sources.json)'),
	quote: z.string().describe('the supporting words, verbatim; parts joined by "..."'),
	sourcePage: absoluteUrl.describe("the source's page on this site"),
	link: nullable(absoluteUrl).describe('the original article at the quoted words (a URL text fragment); null when the address is not known'),
});

export const exportedDateClaimSchema = z.strictObject({
	status: z.enum(['stated', 'inferred', 'unknown']),
	date: nullable(partialDate).describe('null when unknown; when inferred, the earliest date the text allows'),
	statedAs: nullable(z.string()).describe('the words of the text that state the date (status "stated")'),
	reason: nullable(z.string()).describe('how the date was inferred, or why it is unknown'),
});

export const exportedRoleSchema = z.strictObject({
	title: z.string(),
	org: nullable(id).describe("the organisation's sheet slug"),
	orgName: nullable(z.string()).describe('the organisation, when it has no sheet'),
	former: z.boolean(),
	start: nullable(partialDate),
	end: nullable(partialDate),
	citations: z.array(exportedCitationSchema),
});

const relationOf = (type: z.ZodType<string>) => z.strictObject({
	type: type.describe('a relation type declared in content/relation-types.yaml'),
	label: z.string().describe('the type as read from this sheet ("member of")'),
	target: id.describe("the other sheet's slug"),
	start: nullable(partialDate),
	end: nullable(partialDate),
	note: nullable(z.string()),
	citations: z.array(exportedCitationSchema),
});
export const exportedRelationSchema = relationOf(id);

const sheetOf = (kind: z.ZodType<string>, type: z.ZodType<string>) => z.strictObject({
	slug: id,
	page: absoluteUrl,
	name: z.string(),
	aliases: z.array(z.string()),
	kind: kind.describe('a kind declared in content/kinds.yaml'),
	kindLabel: z.string().describe("the kind's label, as content/kinds.yaml gives it"),
	description: z.string(),
	pseudonymous: z.boolean(),
	formerSlugs: z.array(id),
	roles: z.array(exportedRoleSchema),
	relations: z.array(relationOf(type)),
	identifiers: z
		.array(z.strictObject({ scheme: z.enum(keysOf(IDENTIFIER_SCHEMES)), id: z.string(), url: absoluteUrl }))
		.describe("the actor's ids in other registers (Wikidata, …), added by the editors: not a sourced fact"),
	factIds: z.array(id).describe('the ids of its facts, in facts.json'),
});
export const exportedSheetSchema = sheetOf(id, id);

const sheetsExportOf = (kind: z.ZodType<string>, type: z.ZodType<string>) => z.strictObject({ ...header, sheets: z.array(sheetOf(kind, type)) });
export const sheetsExportSchema = sheetsExportOf(id, id);
export type SheetsExport = z.output<typeof sheetsExportSchema>;

export const exportedFactSchema = z.strictObject({
	sheet: id.describe('the slug of the sheet the fact is on'),
	id: id.describe('unique on its sheet; the anchor of its permalink'),
	page: absoluteUrl.describe('the permalink of the fact'),
	statement: z.string(),
	date: nullable(partialDate),
	asOf: nullable(partialDate),
	dateNote: nullable(z.string()),
	claimant: nullable(
		z.strictObject({
			sheet: nullable(id),
			party: nullable(z.string()),
			citing: nullable(z.string()),
		}),
	),
	figure: nullable(
		z.strictObject({
			metric: id.describe('a metric id (see metrics)'),
			value: nullable(z.number()).describe('null for vague counts ("hundreds")'),
			qualifier: z.enum(keysOf(FIGURE_QUALIFIERS)),
		}),
	),
	supersedes: nullable(id).describe('the id of an earlier fact on the same sheet that this one updates'),
	supersededBy: z.array(id).describe('ids of later facts on the same sheet that update this one'),
	citations: z.array(exportedCitationSchema),
});

export const exportedMetricSchema = z.strictObject({ id, label: z.string(), unit: z.string(), description: z.string() });

export const factsExportSchema = z.strictObject({
	...header,
	metrics: z.array(exportedMetricSchema),
	facts: z.array(exportedFactSchema),
});
export type FactsExport = z.output<typeof factsExportSchema>;
export type ExportedFact = z.output<typeof exportedFactSchema>;

export const exportedSourceSchema = z.strictObject({
	id,
	page: absoluteUrl,
	title: z.string(),
	publisher: nullable(z.string()).describe('who published the stored copy; null when the text does not say'),
	originalPublisher: nullable(z.string()),
	published: exportedDateClaimSchema,
	retrieved: exportedDateClaimSchema,
	url: nullable(absoluteUrl).describe("the article's address; null when not known (never guessed)"),
	archiveLookup: nullable(absoluteUrl).describe("the Wayback Machine's list of archived copies of url"),
	language: z.string(),
	storedText: z.string().describe('the path of the stored text the quotes were verified against, e.g. seeds/x.txt'),
	sha256: z.string().regex(SHA256_PATTERN).describe("the SHA-256 of the stored text's bytes, as the build verified it"),
	note: nullable(z.string()),
	citedBy: z.array(id).describe('slugs of the sheets that cite it'),
});

export const sourcesExportSchema = z.strictObject({ ...header, sources: z.array(exportedSourceSchema) });
export type SourcesExport = z.output<typeof sourcesExportSchema>;

/** The columns of facts.csv, in order: one row per fact, the same facts and order as facts.json. */
export const FACTS_CSV_COLUMNS = [
	'schema_version',
	'sheet',
	'id',
	'page',
	'statement',
	'date',
	'as_of',
	'date_note',
	'claimant_sheet',
	'claimant_party',
	'claimant_citing',
	'figure_metric',
	'figure_value',
	'figure_qualifier',
	'supersedes',
	'sources',
	'quotes',
] as const;

/** The JSON exports, each with its schema (any kind and relation type); the build publishes `<name>.schema.json` from `exportSchemasFor`. */
export const EXPORT_SCHEMAS = {
	sheets: sheetsExportSchema,
	facts: factsExportSchema,
	sources: sourcesExportSchema,
} as const;
export type ExportName = keyof typeof EXPORT_SCHEMAS;

/** The ids of a verified vocabulary, in declared order: the enums of the published schemas. */
export interface ExportVocabulary {
	readonly kinds: readonly string[];
	readonly relationTypes: readonly string[];
}

/** An enum of declared ids; with none declared, nothing is allowed (an empty site's sheets list is empty anyway). */
const declared = (ids: readonly string[]): z.ZodType<string> => (ids.length > 0 ? z.enum(ids) : z.never());

/** The export schemas whose `kind` and relation `type` are the vocabulary's ids. */
export function exportSchemasFor(vocabulary: ExportVocabulary): Record<ExportName, z.ZodType> {
	return {
		sheets: sheetsExportOf(declared(vocabulary.kinds), declared(vocabulary.relationTypes)),
		facts: factsExportSchema,
		sources: sourcesExportSchema,
	};
}

/** The JSON Schema (draft 2020-12) of an export for a vocabulary, with its published address as `$id`. */
export function exportJsonSchema(name: ExportName, schemaUrl: string, vocabulary: ExportVocabulary): Record<string, unknown> {
	const schema = exportSchemasFor(vocabulary)[name];
	return { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), $id: schemaUrl, title: `${name}.json, schema version ${EXPORT_SCHEMA_VERSION}` };
}
