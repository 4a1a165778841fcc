import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { quotedPassages } from '../../src/lib/links/quoted-passages.ts';
import { buildSite } from '../../src/lib/site/model.ts';
import { buildSheetView } from '../../src/lib/site/sheet-view.ts';
import { siteInput } from '../../src/lib/site/site-input.ts';
import { sourcePassages } from '../../src/lib/site/source-passages.ts';
import { linkResolver, verifyProject } from '../../src/lib/verify/index.ts';
import { ANN_LEE, COUNCIL, validProject, validSite } from '../helpers/project.ts';

const siteOf = validSite;

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

describe('buildSite', () => {
	// The pages take the very objects verification wrote (src/integration/corpus-file.ts), and the
	// publishing thread a copy read from their bytes: were the pages to change them, they would publish
	// something other than what was verified and what the exports and search hold.
	it('changes nothing it is given, nor do the sheet views made from it', () => {
		const { corpus, problems } = verifyProject(validProject({ 'content/sheets/people/ann-lee.mdx': WITH_RELATION }));
		expect(problems).toEqual([]);
		const handed = { site: siteInput(corpus, linkResolver(corpus), '/'), passages: quotedPassages(corpus), sources: sourcePassages(corpus) };
		const before = serialize(handed);
		const site = buildSite(handed.site, 'en-GB');
		for (const sheet of site.sheetList) buildSheetView(site, sheet.slug);
		expect(Buffer.compare(serialize(handed), before)).toBe(0);
	});

	it('sorts sheets by name and gives each its section path', () => {
		const site = siteOf();
		expect(site.sheetList.map((sheet) => [sheet.slug, sheet.path])).toEqual([
			['ann-lee', 'people/ann-lee/'],
			['council', 'organisations/council/'],
		]);
	});

	it('indexes relations by target, roles by organisation and claims by claimant', () => {
		const site = siteOf({ 'content/sheets/people/ann-lee.mdx': WITH_RELATION });
		expect(site.inbound.get('council')?.map((entry) => [entry.from.slug, entry.relation.type])).toEqual([['ann-lee', 'leads']]);
		expect(site.roleHolders.get('council')?.map((entry) => [entry.holder.slug, entry.role.title])).toEqual([['ann-lee', 'mayor']]);
		expect(site.claims.get('ann-lee')?.map((entry) => entry.fact.id)).toEqual(['bridge-reopening']);
		expect(site.claims.get('council')?.map((entry) => entry.fact.id)).toEqual(['complaints-2026-03-02']);
	});

	it('lists, per source, every citing item grouped by sheet', () => {
		const citing = siteOf().citing.get('daily') ?? [];
		expect(citing.map((entry) => [entry.sheet.slug, entry.items.map((item) => item.anchor)])).toEqual([
			['ann-lee', ['role-1', 'bridge-reopening']],
			['council', ['complaints-2026-03-02']],
		]);
	});
});

describe('buildSheetView', () => {
	it('numbers references in display order, one number per distinct passage', () => {
		const sheet = ANN_LEE.replace(
			'        quote: said the "bridge will reopen in May" - after repairs.',
			'        quote: said the "bridge will reopen in May" - after repairs.\n      - source: daily\n        quote: The mayor, Ann Lee',
		);
		const view = buildSheetView(siteOf({ 'content/sheets/people/ann-lee.mdx': sheet }), 'ann-lee');
		expect(view.roles.map((role) => role.refs)).toEqual([[1]]);
		expect(view.facts.map((fact) => fact.refs)).toEqual([[2, 1]]);
		expect(view.references.map((ref) => [ref.n, ref.quote, ref.citedBy])).toEqual([
			[1, 'The mayor, Ann Lee', ['role-1', 'bridge-reopening']],
			[2, 'said the "bridge will reopen in May" - after repairs.', ['bridge-reopening']],
		]);
	});

	it('shows a relation on both sheets: the inverse label on the target, with the same citation', () => {
		const site = siteOf({ 'content/sheets/people/ann-lee.mdx': WITH_RELATION });
		const person = buildSheetView(site, 'ann-lee');
		const council = buildSheetView(site, 'council');
		expect(person.relations.map((relation) => [relation.label, relation.other.slug, relation.inverse])).toEqual([['leads', 'council', false]]);
		expect(council.relations.map((relation) => [relation.label, relation.other.slug, relation.inverse])).toEqual([['led by', 'ann-lee', true]]);
		const quoteOf = (view: typeof person) => view.references[(view.relations[0]?.refs[0] ?? 0) - 1]?.quote;
		expect(quoteOf(council)).toBe(quoteOf(person));
		// The organisation also lists the people holding roles in it.
		expect(council.members.map((member) => member.role.title)).toEqual(['mayor']);
	});

	it('shows current facts first and superseded facts as history', () => {
		const sheet = COUNCIL.replace(
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
		const view = buildSheetView(siteOf({ 'content/sheets/organisations/council.mdx': sheet }), 'council');
		expect(view.facts.map((fact) => fact.fact.id)).toEqual(['complaints-later']);
		expect(view.facts[0]?.supersedes?.id).toBe('complaints-2026-03-02');
		expect(view.history.map((fact) => [fact.fact.id, fact.supersededBy.map((later) => later.id)])).toEqual([
			['complaints-2026-03-02', ['complaints-later']],
		]);
	});

	it('resolves a claimant to its sheet, or keeps the described party, and leaves it out on its own sheet', () => {
		const sheet = COUNCIL.replace('    claimant:\n      sheet: council\n', '    claimant:\n      sheet: ann-lee\n      citing: a survey\n    subjectNote: Ann Lee gave the count, citing a survey (a test fixture).\n');
		const site = siteOf({ 'content/sheets/organisations/council.mdx': sheet });
		const claimant = buildSheetView(site, 'council').facts[0]?.claimant;
		expect(claimant && 'sheet' in claimant.who ? claimant.who.sheet.slug : undefined).toBe('ann-lee');
		expect(claimant?.citing).toBe('a survey');
		expect(buildSheetView(site, 'ann-lee').facts[0]?.claimant).toBeUndefined();
		expect(buildSheetView(site, 'ann-lee').claims.map((claim) => claim.fact.id)).toEqual(['complaints-2026-03-02']);
	});
});
