import type { SheetView } from './sheet-view.ts';

/** The sections a sheet page may have, in the page's order; each is the id of its heading (RESERVED_ANCHORS). */
export const SHEET_SECTIONS = ['roles', 'relations', 'facts', 'history', 'timeline', 'claims', 'figures', 'mentions', 'graph', 'references'] as const;
export type SheetSectionId = (typeof SHEET_SECTIONS)[number];

/** Whether the page shows each section: SheetPage.astro renders each on this rule, and the table of contents lists them by it. */
const SHOWN: Record<SheetSectionId, (view: SheetView) => boolean> = {
	roles: (view) => view.roles.length + view.members.length > 0,
	relations: (view) => view.relations.length > 0,
	facts: (view) => view.facts.length > 0,
	history: (view) => view.history.length > 0,
	timeline: (view) => view.timeline.length > 0,
	claims: (view) => view.claims.length > 0,
	figures: (view) => view.figureMetrics.length > 0,
	mentions: (view) => view.mentions.length > 0,
	// The graph of a sheet with no neighbours would be one circle: the page leaves it out.
	graph: (view) => view.graph.layout.nodes.length > 1,
	references: (view) => view.references.length > 0,
};

/** The sections a sheet's page shows, in order. */
export function sheetSections(view: SheetView): SheetSectionId[] {
	return SHEET_SECTIONS.filter((section) => SHOWN[section](view));
}

/**
 * Items (roles, relations, facts, earlier reports) from which a sheet counts
 * as long. A cited item with its quote under it takes about half of a 390 px
 * phone screen, so at 8 the items alone run past four screens, and the page's
 * other sections (timeline, mentions, connections, references) come after
 * them; a reader then needs a way to the section they came for. Counting
 * sections instead would not do: nearly every sheet has five or more (facts,
 * references, connections, mentions…), however short each is. On the first
 * corpus, 8 of 75 sheets are long.
 */
export const LONG_SHEET_ITEMS = 8;
/** With fewer sections than this, the headings are the page's own contents and a list of them adds nothing. */
export const MIN_CONTENTS_SECTIONS = 4;

/** The table of contents of a long sheet (its sections, in order), or nothing for a short one. */
export function tableOfContents(view: SheetView): SheetSectionId[] {
	const sections = sheetSections(view);
	const items = view.roles.length + view.members.length + view.relations.length + view.facts.length + view.history.length;
	return items >= LONG_SHEET_ITEMS && sections.length >= MIN_CONTENTS_SECTIONS ? sections : [];
}
