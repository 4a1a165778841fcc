import type { Fact, PartialDate } from '../../schemas/index.ts';

/** A dated fact on the timeline. */
export interface TimelineEntry<Sheet> {
	readonly sheet: Sheet;
	readonly fact: Fact;
	/** The fact's event date, or else its as-of date. */
	readonly when: PartialDate;
	readonly whenIs: 'date' | 'asOf';
}

/** A fact is dated when it has an event date or an as-of date; no other fact gets one. */
export function timelineDate(fact: Fact): { when: PartialDate; whenIs: 'date' | 'asOf' } | undefined {
	if (fact.date) return { when: fact.date, whenIs: 'date' };
	if (fact.asOf) return { when: fact.asOf, whenIs: 'asOf' };
	return undefined;
}

/**
 * Every dated fact of the given sheets, oldest first. Partial dates sort by
 * their text, so "January 2026" comes before "8 January 2026"; ties keep the
 * sheets' order and each sheet's own order of facts, so the result is stable.
 */
export function buildTimeline<Sheet extends { readonly data: { readonly facts: readonly Fact[] } }>(
	sheets: readonly Sheet[],
): TimelineEntry<Sheet>[] {
	const entries: TimelineEntry<Sheet>[] = [];
	for (const sheet of sheets) {
		for (const fact of sheet.data.facts) {
			const dated = timelineDate(fact);
			if (dated) entries.push({ sheet, fact, ...dated });
		}
	}
	// Array.prototype.sort is stable, so equal dates keep the order above.
	return entries.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0));
}

/**
 * Dated facts per page of the site-wide timeline. Up to this many it is one
 * page; beyond, pages of this many (about 350 KB of HTML each), so that a
 * site of thousands of sheets does not send a reader tens of megabytes. Pages
 * are cut by count, not by month: a story's facts often crowd into a few weeks.
 */
export const TIMELINE_PAGE_SIZE = 500;

/** One page of the site-wide timeline. */
export interface TimelinePage<Sheet> {
	/** From 1. */
	readonly number: number;
	readonly entries: readonly TimelineEntry<Sheet>[];
	/** The dates of its first and last entries, for the page list ("8 January 2026 – 14 February 2026"). */
	readonly first: PartialDate | undefined;
	readonly last: PartialDate | undefined;
}

/** The timeline cut into pages of `size` entries, oldest first; always at least one page, empty when nothing is dated. */
export function paginateTimeline<Sheet>(entries: readonly TimelineEntry<Sheet>[], size = TIMELINE_PAGE_SIZE): TimelinePage<Sheet>[] {
	const pages: TimelinePage<Sheet>[] = [];
	for (let start = 0; start === 0 || start < entries.length; start += size) {
		const slice = entries.slice(start, start + size);
		pages.push({ number: pages.length + 1, entries: slice, first: slice[0]?.when, last: slice.at(-1)?.when });
	}
	return pages;
}
