import { z } from 'zod';
import { ID_PATTERN } from './ids.ts';

/**
 * The URL sections sheets live in: people under `/people/`, every other kind
 * under `/organisations/` (a government, an armed force, a unit and a vessel
 * are all organisations of people, and two sections keep URLs guessable).
 */
export const SHEET_SECTIONS = ['people', 'organisations'] as const;
export type SheetSection = (typeof SHEET_SECTIONS)[number];

/** The FollowTheMoney schemata a sheet's entity can have (https://followthemoney.tech/explorer/). */
export const FTM_ACTOR_SCHEMATA = ['Person', 'Organization', 'PublicBody'] as const;

/**
 * One kind of actor, declared in `content/kinds.yaml` under its id (the value
 * a sheet's `kind` names): where its sheets live and what it is called and
 * exported as. The labels are content, in the content's language.
 */
export const kindSchema = z.strictObject({
	/** The URL section of its sheets: `people` or `organisations`. */
	section: z.enum(SHEET_SECTIONS),
	/** What one sheet of the kind is called ("Government body"): the sheet page's eyebrow, its card, the exports' `kindLabel`. */
	label: z.string().trim().min(1),
	/** The kind's sheets together ("Government bodies"): the heading of the kind's list pages. */
	plural: z.string().trim().min(1),
	/**
	 * The schema.org type of the sheet's JSON-LD (`Person`, `Organization`,
	 * `GovernmentOrganization`, `NGO`, … — https://schema.org/Organization
	 * lists its subtypes).
	 */
	schemaOrg: z.string().regex(/^[A-Z][A-Za-z]*$/, { message: 'expected a schema.org type name such as "Organization"' }),
	/**
	 * The FollowTheMoney schema of the sheet's entity in /data/entities.ftm.json:
	 * `Person`, `Organization` or `PublicBody` (a state's own bodies).
	 */
	ftm: z.enum(FTM_ACTOR_SCHEMATA),
});
export type KindEntry = z.output<typeof kindSchema>;

/** A kind with the id it is declared under. */
export type Kind = KindEntry & { readonly id: string };

/** The id a kind is declared under and a sheet's `kind` names: lowercase words joined by hyphens. */
export const KIND_ID_PATTERN = ID_PATTERN;
