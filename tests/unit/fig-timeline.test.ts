/**
 * The timeline lists each event once (issue 16): facts on different sheets
 * that report one event — same date, claimant and figure, on the same
 * passages — make one entry naming every sheet (src/lib/site/timeline.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, entryReports, samePassages } from '../../src/lib/site/timeline.ts';
import { sheetSchema, type SheetInput, type SourceId } from '../../src/schemas/index.ts';

const sheet = (slug: string, facts: SheetInput['facts']) => ({ slug, data: sheetSchema.parse({ name: slug, kind: 'organisation', description: 'd', facts }) });
const WARNED = 'The harbour board and the council have warned that the pier would close again if the tides kept rising.';
const fact = (id: string, statement: string, quote: string, extra: Record<string, unknown> = {}) => ({
	id,
	statement,
	date: '2026-03',
	citations: [{ source: 'harbour-report', quote }],
	...extra,
});
/** A citation as the schema gives it (a source id is a branded string). */
const quoted = (source: string, quote: string) => ({ source: source as SourceId, quote });
const ids = (timeline: ReturnType<typeof buildTimeline>) => timeline.map((entry) => entry.reports.map((report) => `${report.sheet.slug}#${report.fact.id}`));

describe('one entry per event', () => {
	it('merges the same event on two sheets, worded alike, into one entry naming both', () => {
		const timeline = buildTimeline([
			sheet('harbour-board', [fact('warned', 'The board and the council warned the pier would close.', WARNED)]),
			sheet('council', [fact('warned', 'The board and the council warned the pier would close.', WARNED)]),
		]);
		expect(ids(timeline)).toEqual([['harbour-board#warned', 'council#warned']]);
		const { named, also } = entryReports(timeline[0]!);
		expect(named.map((report) => report.sheet.slug)).toEqual(['harbour-board', 'council']);
		expect(also).toEqual([]);
	});
	it('merges one event worded differently on each sheet, and names the others after the first statement', () => {
		const timeline = buildTimeline([
			sheet('harbour-board', [fact('warned', 'The board warned, with the council, that the pier would close.', WARNED)]),
			sheet('council', [fact('warned-too', 'The council warned, with the board, that the pier would close.', WARNED)]),
		]);
		const { named, also } = entryReports(timeline[0]!);
		expect(named.map((report) => report.sheet.slug)).toEqual(['harbour-board']);
		expect(also.map(({ report, byStatement }) => [report.sheet.slug, byStatement])).toEqual([['council', false]]);
	});
	it('takes a quote held in another quote of the same source for the same passage', () => {
		expect(samePassages([quoted('s', 'since last June, when the pier closed')], [quoted('s', 'last  June, when the pier closed')])).toBe(true);
		expect(samePassages([quoted('s', 'last June, when the pier closed')], [quoted('other', 'last June, when the pier closed')])).toBe(false);
		// Every passage of either must be in the other: one shared passage among others is not enough.
		expect(samePassages([quoted('s', 'the pier closed'), quoted('s', 'the ferry stopped')], [quoted('s', 'the pier closed')])).toBe(false);
	});
	it('keeps apart what differs: the date, the kind of date, the figure, the passage', () => {
		const figure = (value: number, metric: string) => ({ claimant: { sheet: 'harbour-board' }, asOf: '2026-03', date: undefined, figure: { metric, value, qualifier: 'exact' } });
		const passage = 'The board counted 1,204 flooded homes and 310 injured people.';
		const timeline = buildTimeline([
			sheet('harbour-board', [
				fact('homes', 'The board counted 1,204 flooded homes.', passage, figure(1204, 'flooded-homes')),
				fact('injured', 'The board counted 310 injured people.', passage, figure(310, 'injuries')),
				fact('warned-in-april', 'The board warned again.', WARNED, { date: '2026-04' }),
				fact('warned-as-of', 'The board had warned.', WARNED, { date: undefined, asOf: '2026-03' }),
				fact('other-passage', 'The pier closed.', 'The pier closed for the winter.'),
			]),
		]);
		expect(timeline).toHaveLength(5);
	});
	it('lists a report after the one it supersedes, and a month after its days', () => {
		const timeline = buildTimeline([
			sheet('harbour-board', [
				fact('revised', 'The board revised its count.', 'The board revised its count to 1,390.', { date: '2026-03-02', supersedes: 'first' }),
				fact('first', 'The board gave a first count.', 'The board first counted 1,204.', { date: '2026-03-05' }),
				fact('in-march', 'The pier closed in March.', 'The pier closed in March.'),
				fact('on-9-march', 'The ferry stopped on 9 March.', 'The ferry stopped on 9 March.', { date: '2026-03-09' }),
			]),
		]);
		expect(ids(timeline)).toEqual([['harbour-board#first'], ['harbour-board#revised'], ['harbour-board#on-9-march'], ['harbour-board#in-march']]);
	});
	it('names a second fact of a sheet already named by its statement, not by the sheet again', () => {
		const timeline = buildTimeline([
			sheet('harbour-board', [fact('warned', 'The board warned.', WARNED), fact('pier', 'The pier may close.', WARNED)]),
			sheet('council', [fact('warned', 'The board warned.', WARNED)]),
		]);
		const { named, also } = entryReports(timeline[0]!);
		expect(named.map((report) => report.sheet.slug)).toEqual(['harbour-board', 'council']);
		expect(also.map(({ report, byStatement }) => [report.fact.id, byStatement])).toEqual([['pier', true]]);
	});
});
