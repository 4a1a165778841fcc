import { describe, expect, it } from 'vitest';
import { correctionsContact } from '../../src/lib/site/corrections.ts';
import { hasKeyFacts, keyFacts, MAX_KEY_RELATIONS } from '../../src/lib/site/key-facts.ts';
import { LONG_SHEET_ITEMS, sheetSections, tableOfContents } from '../../src/lib/site/sheet-contents.ts';
import { buildSheetView, type RelationView, type SheetView } from '../../src/lib/site/sheet-view.ts';
import { ANN_LEE, COUNCIL, validSite } from '../helpers/project.ts';

const WITH_RELATION = ANN_LEE.replace(
	'facts:',
	`relations:
  - type: leads
    target: council
    citations:
      - source: daily
        quote: Lee has led the council since 2020.
facts:`,
);

const LATER_COUNT = COUNCIL.replace(
	'facts:\n',
	`facts:
  - id: complaints-later
    statement: A later count.
    asOf: "2026-03-03"
    supersedes: complaints-2026-03-02
    claimant: { party: the council }
    figure: { metric: complaints, value: 312, qualifier: at-least }
    citations: [{ source: daily, quote: The council counted at least 312 complaints }]
`,
);

describe('keyFacts', () => {
	it('names the kind, the current roles with their anchors, and the relations grouped by label', () => {
		const site = validSite({ 'content/sheets/people/ann-lee.mdx': WITH_RELATION });
		const facts = keyFacts(buildSheetView(site, 'ann-lee'), site);
		expect(facts.kind).toBe('Person');
		expect(facts.roles.map((role) => [role.anchor, role.role.title])).toEqual([['role-1', 'mayor']]);
		expect(facts.relations.map((group) => [group.label, group.relations.map((relation) => [relation.anchor, relation.other.slug])])).toEqual([
			['leads', [['relation-leads-council', 'council']]],
		]);
		expect(facts.moreRelations).toBe(0);
		expect(facts.figures).toEqual([]);
		expect(hasKeyFacts(facts)).toBe(true);
	});

	it('leaves out roles called former or given an end', () => {
		const former = validSite({ 'content/sheets/people/ann-lee.mdx': ANN_LEE.replace('  - title: mayor\n', '  - title: mayor\n    former: true\n') });
		expect(keyFacts(buildSheetView(former, 'ann-lee'), former).roles).toEqual([]);
		const ended = validSite({ 'content/sheets/people/ann-lee.mdx': ANN_LEE.replace('  - title: mayor\n', '  - title: mayor\n    end: "2026"\n') });
		expect(keyFacts(buildSheetView(ended, 'ann-lee'), ended).roles).toEqual([]);
	});

	it('gives the latest figure of each metric, a superseding report after the one it supersedes, linking to its fact', () => {
		const site = validSite({ 'content/sheets/organisations/council.mdx': LATER_COUNT.replace('claimant: { party: the council }', 'claimant: { sheet: council }') });
		const facts = keyFacts(buildSheetView(site, 'council'), site);
		expect(facts.figures.map((figure) => [figure.anchor, figure.metric.unit, figure.figure.qualifier, figure.figure.value, figure.when, figure.claimant])).toEqual([
			['complaints-later', 'complaints', 'at-least', 312, '2026-03-03', undefined],
		]);
	});

	it('keeps the latest figure of each claimant, naming the claimant unless it is the sheet itself', () => {
		// The later count is the council's party "the council", not the council's sheet: another claimant, so both stay.
		const site = validSite({ 'content/sheets/organisations/council.mdx': LATER_COUNT.replace('    supersedes: complaints-2026-03-02\n', '') });
		const facts = keyFacts(buildSheetView(site, 'council'), site);
		expect(facts.figures.map((figure) => [figure.anchor, figure.claimant])).toEqual([
			['complaints-2026-03-02', undefined],
			['complaints-later', 'the council'],
		]);
		const onLee = validSite({ 'content/sheets/organisations/council.mdx': COUNCIL.replace('    claimant:\n      sheet: council\n', '    claimant:\n      sheet: ann-lee\n    subjectNote: Ann Lee gave the count (a test fixture).\n') });
		expect(keyFacts(buildSheetView(onLee, 'council'), onLee).figures.map((figure) => figure.claimant)).toEqual(['Ann Lee']);
	});

	it('names at most MAX_KEY_RELATIONS relations and counts the rest', () => {
		const view = buildSheetView(validSite({ 'content/sheets/people/ann-lee.mdx': WITH_RELATION }), 'ann-lee');
		const one = view.relations[0] as RelationView;
		const many: SheetView = { ...view, relations: Array.from({ length: MAX_KEY_RELATIONS + 2 }, (_, i) => ({ ...one, anchor: `relation-leads-council-${i + 1}` })) };
		const facts = keyFacts(many, validSite());
		expect(facts.relations.flatMap((group) => group.relations)).toHaveLength(MAX_KEY_RELATIONS);
		expect(facts.moreRelations).toBe(2);
	});

	it('is not worth a box when the sheet has only its kind to show', () => {
		const view = buildSheetView(validSite(), 'ann-lee');
		expect(hasKeyFacts(keyFacts({ ...view, roles: [], relations: [], facts: [], history: [] }, validSite()))).toBe(false);
	});
});

describe('tableOfContents', () => {
	it('lists the sections a sheet shows, in the page’s order, once it has LONG_SHEET_ITEMS items', () => {
		const view = buildSheetView(validSite({ 'content/sheets/people/ann-lee.mdx': WITH_RELATION }), 'ann-lee');
		expect(sheetSections(view)).toEqual(['roles', 'relations', 'facts', 'graph', 'references']);
		expect(tableOfContents(view)).toEqual([]);
		const fact = view.facts[0] as SheetView['facts'][number];
		const long: SheetView = { ...view, facts: Array.from({ length: LONG_SHEET_ITEMS - 2 }, () => fact) };
		expect(tableOfContents(long)).toEqual(sheetSections(long));
	});

	it('gives no contents to a long sheet of fewer than four sections', () => {
		const view = buildSheetView(validSite(), 'ann-lee');
		const fact = view.facts[0] as SheetView['facts'][number];
		const bare: SheetView = { ...view, roles: [], mentions: [], graph: { ...view.graph, layout: { ...view.graph.layout, nodes: [] } }, facts: Array.from({ length: LONG_SHEET_ITEMS }, () => fact) };
		expect(sheetSections(bare)).toEqual(['facts', 'references']);
		expect(tableOfContents(bare)).toEqual([]);
	});
});

describe('correctionsContact', () => {
	it('names a mailto: address by the address, a web page by its link, and nothing when there is none', () => {
		expect(correctionsContact('mailto:corrections@example.org?subject=A%20mistake')).toEqual({
			kind: 'email',
			href: 'mailto:corrections@example.org?subject=A%20mistake',
			address: 'corrections@example.org',
		});
		expect(correctionsContact('https://example.org/corrections')).toEqual({ kind: 'page', href: 'https://example.org/corrections' });
		expect(correctionsContact(undefined)).toBeUndefined();
	});
});
