import { SHEET_SECTIONS, type SheetKind, type SheetSection } from '../../schemas/index.ts';
import type { Site, SiteSheet } from './model.ts';

/** The URL sections sheets live in. */
export const SECTIONS = SHEET_SECTIONS;

/**
 * The addresses that redirect to a sheet, as section and slug: each former
 * slug in the sheet's own section, and, in every other section, its slug and
 * former slugs, so that a sheet whose kind moved it (a person's sheet that
 * becomes an organisation's) keeps its old address without anyone listing it.
 * They never collide: slugs and former slugs are unique across all sections
 * (src/lib/verify/uniqueness.ts).
 */
export function redirectAddresses(slug: string, formerSlugs: readonly string[], section: SheetSection): { section: SheetSection; slug: string }[] {
	const slugs = [...new Set([slug, ...formerSlugs])];
	return SECTIONS.flatMap((other) => slugs.filter((old) => other !== section || old !== slug).map((old) => ({ section: other, slug: old })));
}

/** The sheets whose pages live in a URL section, by name. */
export function sheetsInSection(site: Site, section: SheetSection): SiteSheet[] {
	return site.sheetList.filter((sheet) => sheet.kind.section === section);
}

/** A section's sheets grouped by kind, kinds in their declared order (content/kinds.yaml), empty kinds left out. */
export function sheetsByKind(site: Site, section: SheetSection): { kind: SheetKind; sheets: SiteSheet[] }[] {
	const inSection = sheetsInSection(site, section);
	return [...site.vocabulary.kinds.keys()]
		.map((kind) => ({ kind, sheets: inSection.filter((sheet) => sheet.data.kind === kind) }))
		.filter((group) => group.sheets.length > 0);
}

/** The sheets of one kind, by name. */
export function sheetsOfKind(site: Site, kind: SheetKind): SiteSheet[] {
	return site.sheetList.filter((sheet) => sheet.data.kind === kind);
}

/** The kinds that have sheets, in their declared order. */
export function kindsWithSheets(site: Site): SheetKind[] {
	const kinds = new Set(site.sheetList.map((sheet) => sheet.data.kind));
	return [...site.vocabulary.kinds.keys()].filter((kind) => kinds.has(kind));
}
