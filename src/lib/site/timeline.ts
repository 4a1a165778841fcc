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
