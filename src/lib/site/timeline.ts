import type { Citation, Fact, PartialDate } from '../../schemas/index.ts';
import { normalise } from '../text/normalise.ts';
import { orderByDate } from './figures.ts';

/** One fact that reports a timeline event, on its sheet. */
export interface TimelineReport<Sheet> {
	readonly sheet: Sheet;
	readonly fact: Fact;
}

/** An event on the timeline: a dated fact, with every other fact that reports the same event. */
export interface TimelineEntry<Sheet> extends TimelineReport<Sheet> {
	/** The fact's event date, or else its as-of date. */
	readonly when: PartialDate;
	readonly whenIs: 'date' | 'asOf';
	/** Every fact that reports the event (`buildTimeline`), `sheet` and `fact` first, then in the sheets' order. */
	readonly reports: readonly TimelineReport<Sheet>[];
}

/** A fact is dated when it has an event date or an as-of date; no other fact gets one. */
export function timelineDate(fact: Fact): { when: PartialDate; whenIs: 'date' | 'asOf' } | undefined {
	if (fact.date) return { when: fact.date, whenIs: 'date' };
	if (fact.asOf) return { when: fact.asOf, whenIs: 'asOf' };
	return undefined;
}

/**
 * What two dated facts must share to be one event, as a key: the same date
 * (and the same kind of date), the same claimant and the same figure. Two
 * figures from one passage (deaths and injuries) stay two entries.
 */
function eventBucket(fact: Fact, dated: { when: PartialDate; whenIs: 'date' | 'asOf' }): string {
	const claimant = fact.claimant ? [fact.claimant.sheet ?? null, fact.claimant.party ?? null, fact.claimant.citing ?? null] : null;
	const figure = fact.figure ? [fact.figure.metric, fact.figure.value ?? null, fact.figure.qualifier] : null;
	// Facts on the same passages cite the same sources (samePassages), so the sources narrow the bucket and change
	// no result: without them a bucket held every fact of a busy day, each compared with all the others.
	const sources = [...new Set(fact.citations.map((citation) => citation.source))].sort();
	return JSON.stringify([dated.when, dated.whenIs, claimant, figure, sources]);
}

/** Each citation's source and normalised quote, worked out once per fact: buildTimeline compares a fact with every event of its bucket. */
const quotedCache = new WeakMap<readonly Citation[], readonly { source: string; text: string }[]>();
function quotedPassages(citations: readonly Citation[]): readonly { source: string; text: string }[] {
	let quoted = quotedCache.get(citations);
	if (!quoted) {
		quoted = citations.map((citation) => ({ source: citation.source, text: normalise(citation.quote) }));
		quotedCache.set(citations, quoted);
	}
	return quoted;
}

/**
 * Whether two facts rest on the same passages: each citation of either has
 * one of the other in the same source whose quote holds it or is held by it,
 * normalised as quotes are verified ("last June, when the pier closed…" and
 * "since last June, when the pier closed…" are one passage).
 */
export function samePassages(a: readonly Citation[], b: readonly Citation[]): boolean {
	const [left, right] = [quotedPassages(a), quotedPassages(b)];
	const held = (one: { source: string; text: string }, others: typeof left) =>
		others.some((other) => other.source === one.source && (other.text.includes(one.text) || one.text.includes(other.text)));
	return left.every((one) => held(one, right)) && right.every((one) => held(one, left));
}

/**
 * Every event the given sheets' dated facts report, each listed once, in the
 * one order figures have too (`orderByDate`: a month after its days, a year
 * after its months, a report after the one it supersedes). Curators write
 * one event on the sheet of each party to it ("the board and the council
 * warned…" on both, a meeting on each guest's sheet), each in its sheet's
 * words; the passage they rest on is the event as the source reports
 * it. So two dated facts are one event when they share date, claimant and
 * figure (`eventBucket`) and rest on the same passages (`samePassages`). A
 * report and the one that supersedes it stay two entries (their dates or
 * passages differ). Ties keep the sheets' order and each sheet's own order
 * of facts, so the result is stable.
 */
export function buildTimeline<Sheet extends { readonly slug: string; readonly data: { readonly facts: readonly Fact[] } }>(
	sheets: readonly Sheet[],
): TimelineEntry<Sheet>[] {
	type Event = { sheet: Sheet; fact: Fact; when: PartialDate; whenIs: 'date' | 'asOf'; reports: TimelineReport<Sheet>[] };
	const events: Event[] = [];
	const buckets = new Map<string, Event[]>();
	for (const sheet of sheets) {
		for (const fact of sheet.data.facts) {
			const dated = timelineDate(fact);
			if (!dated) continue;
			const key = eventBucket(fact, dated);
			const bucket = buckets.get(key) ?? [];
			const event = bucket.find((other) => samePassages(other.fact.citations, fact.citations));
			if (event) {
				event.reports.push({ sheet, fact });
				continue;
			}
			const created = { sheet, fact, ...dated, reports: [{ sheet, fact }] };
			events.push(created);
			// Pushed, not copied: a copy per fact made a bucket of n events cost n² (a synthetic 10,000-sheet corpus has buckets of hundreds).
			if (bucket.length === 0) buckets.set(key, bucket);
			bucket.push(created);
		}
	}
	return orderByDate(
		events,
		(event) => event.when,
		(event) => event.reports.map((report) => `${report.sheet.slug}#${report.fact.id}`),
		(event) => event.reports.flatMap((report) => (report.fact.supersedes === undefined ? [] : [`${report.sheet.slug}#${report.fact.supersedes}`])),
	);
}

/**
 * How an entry names the facts that report its event: `named`, the reports
 * whose statement is word for word the first one's (the entry names their
 * sheets before that statement), and `also`, those worded otherwise (named
 * after it, each linking to its own fact, so no sheet's wording is shown as
 * another's). An `also` report on a sheet already named, or on the page's
 * own sheet (`samePage`), is named by its statement, not again by its sheet.
 */
export function entryReports<Sheet>(
	entry: TimelineEntry<Sheet>,
	samePage = false,
): { named: TimelineReport<Sheet>[]; also: { report: TimelineReport<Sheet>; byStatement: boolean }[] } {
	const named = entry.reports.filter((report) => report.fact.statement === entry.fact.statement);
	const namedSheets = new Set(named.map((report) => report.sheet));
	const also = entry.reports.filter((report) => !named.includes(report)).map((report) => ({ report, byStatement: samePage || namedSheets.has(report.sheet) }));
	return { named, also };
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
