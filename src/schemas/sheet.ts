import { z } from 'zod';
import { factSchema } from './fact.ts';
import { sheetSlugSchema } from './ids.ts';
import { relationSchema } from './relation.ts';
import { roleSchema } from './role.ts';

/**
 * The kinds of actor. Each kind has a label and the URL section its pages
 * live in: people under `/people/`, every other kind under `/organisations/`
 * (a government, an armed force, a unit and a vessel are all organisations of
 * people, and one section keeps URLs guessable).
 */
export const SHEET_KINDS = {
	person: { label: 'Person', plural: 'People', section: 'people' },
	organisation: { label: 'Organisation', plural: 'Organisations', section: 'organisations' },
	'government': { label: 'Government', plural: 'Governments', section: 'organisations' },
	'government-body': { label: 'Government body', plural: 'Government bodies', section: 'organisations' },
	'armed-force': { label: 'Armed force', plural: 'Armed forces', section: 'organisations' },
	'military-unit': { label: 'Military unit', plural: 'Military units', section: 'organisations' },
	'intelligence-agency': { label: 'Intelligence agency', plural: 'Intelligence agencies', section: 'organisations' },
	party: { label: 'Political party', plural: 'Political parties', section: 'organisations' },
	'political-alliance': { label: 'Political alliance', plural: 'Political alliances', section: 'organisations' },
	ngo: { label: 'NGO', plural: 'NGOs', section: 'organisations' },
	'think-tank': { label: 'Think tank', plural: 'Think tanks', section: 'organisations' },
	'media-outlet': { label: 'Media outlet', plural: 'Media outlets', section: 'organisations' },
	'international-body': { label: 'International body', plural: 'International bodies', section: 'organisations' },
	legislature: { label: 'Legislature', plural: 'Legislatures', section: 'organisations' },
	movement: { label: 'Movement or platform', plural: 'Movements and platforms', section: 'organisations' },
} as const satisfies Record<string, { label: string; plural: string; section: 'people' | 'organisations' }>;
export type SheetKind = keyof typeof SHEET_KINDS;
export type SheetSection = (typeof SHEET_KINDS)[SheetKind]['section'];
const kindNames = Object.keys(SHEET_KINDS) as [SheetKind, ...SheetKind[]];

/**
 * The frontmatter of a sheet: `content/sheets/**\/<slug>.md` (or `.mdx`).
 * The Markdown or MDX body below it is the sheet's narrative prose.
 */
export const sheetSchema = z.strictObject({
	/** The name the sheet is known by, as the sources spell it most often. */
	name: z.string().trim().min(1),
	/** Other spellings and names used in the sources; each leads to this sheet. */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** What the actor is; decides the URL section (see `SHEET_KINDS`). */
	kind: z.enum(kindNames, { message: `expected one of the kinds: ${kindNames.join(', ')}` }),
	/** One line saying who or what this is, supported by the facts below. */
	description: z.string().trim().min(1),
	/**
	 * For people the sources name under a changed name for their safety: the
	 * page says so, and the sheet holds nothing beyond the articles.
	 */
	pseudonymous: z.boolean().default(false),
	/** Slugs this sheet had before; each keeps working as a redirect to the current URL. */
	formerSlugs: z.array(sheetSlugSchema).default([]),
	/** Positions held, each cited. */
	roles: z.array(roleSchema).default([]),
	/** Typed links to other sheets, each cited; shown on both sheets. */
	relations: z.array(relationSchema).default([]),
	/** Everything the sources say about the actor, one statement each. */
	facts: z.array(factSchema).default([]),
});
export type SheetData = z.output<typeof sheetSchema>;
export type SheetInput = z.input<typeof sheetSchema>;
/** A sheet with the slug its file name gives it. */
export type Sheet = SheetData & { slug: z.output<typeof sheetSlugSchema> };
export { sheetSlugSchema };
