/**
 * Tests over the real content: what makes the corpus trustworthy beyond what
 * the verifier enforces file by file.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { normalise } from '../../src/lib/text/normalise.ts';
import { nameKey } from '../../src/lib/verify/uniqueness.ts';
import { loadRealContent } from '../helpers/real-content.ts';

const { corpus, problems, site } = loadRealContent();
const sheets = corpus.sheets;

describe('the real content', () => {
	it('verifies: every quote is in its source, every reference resolves', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('covers every actor: more than fifty sheets, citing both sources', () => {
		expect(sheets.length).toBeGreaterThan(50);
		const cited = new Set(sheets.flatMap((sheet) => sheet.data.facts.flatMap((fact) => fact.citations.map((citation) => citation.source))));
		expect([...cited].sort()).toEqual([...corpus.sources.keys()].sort());
	});

	it('gives every sheet at least one cited fact', () => {
		expect(sheets.filter((sheet) => sheet.data.facts.length === 0).map((sheet) => sheet.slug)).toEqual([]);
	});

	it('links every sheet to at least one other sheet', () => {
		const linked = new Set<string>();
		for (const edge of site.edges) linked.add(edge.from).add(edge.to);
		for (const [target, mentions] of site.mentions) {
			linked.add(target);
			for (const mention of mentions) linked.add(mention.fromSlug);
		}
		for (const sheet of sheets) {
			for (const fact of sheet.data.facts) {
				if (fact.claimant?.sheet && fact.claimant.sheet !== sheet.slug) linked.add(sheet.slug).add(fact.claimant.sheet);
			}
		}
		expect(sheets.filter((sheet) => !linked.has(sheet.slug)).map((sheet) => sheet.slug)).toEqual([]);
	});

	it('gives every figure a claimant and a date', () => {
		const figures = sheets.flatMap((sheet) => sheet.data.facts.filter((fact) => fact.figure).map((fact) => ({ sheet: sheet.slug, fact })));
		expect(figures.length).toBeGreaterThan(10);
		for (const { sheet, fact } of figures) {
			expect(fact.claimant, `${sheet}#${fact.id}`).toBeDefined();
			expect(fact.asOf ?? fact.date, `${sheet}#${fact.id}`).toBeDefined();
		}
	});

	it('counts each reported figure once', () => {
		const seen = new Map<string, string>();
		const twice: string[] = [];
		for (const sheet of sheets) {
			for (const fact of sheet.data.facts) {
				if (!fact.figure) continue;
				const quote = fact.citations.map((citation) => `${citation.source}:${normalise(citation.quote)}`).join('|');
				const key = [fact.figure.metric, fact.figure.value, fact.figure.qualifier, fact.claimant?.sheet ?? fact.claimant?.party, quote].join('/');
				const first = seen.get(key);
				if (first) twice.push(`${first} = ${sheet.slug}#${fact.id}`);
				else seen.set(key, `${sheet.slug}#${fact.id}`);
			}
		}
		expect(twice).toEqual([]);
	});

	it('keeps figures that differ by source or date: HRANA’s tolls from both articles', () => {
		const deaths = site.figures.get('protest-deaths') ?? [];
		const hrana = deaths.filter((point) => point.claimant.sheet === 'hrana').map((point) => [point.figure.value, point.when]);
		expect(hrana).toContainEqual([4519, expect.stringMatching(/^2026-01/)]);
		expect(hrana).toContainEqual([6961, '2026-02-08']);
		expect(new Set(deaths.map((point) => point.claimant.sheet ?? point.claimant.party)).size).toBeGreaterThanOrEqual(4);
	});

	it('gives no two sheets the same name or alias', () => {
		const owners = new Map<string, string>();
		const shared: string[] = [];
		for (const sheet of sheets) {
			for (const name of new Set([sheet.data.name, ...sheet.data.aliases].map(nameKey))) {
				const owner = owners.get(name);
				if (owner) shared.push(`${name}: ${owner}, ${sheet.slug}`);
				else owners.set(name, sheet.slug);
			}
		}
		expect(shared).toEqual([]);
	});

	it('makes one sheet of the diplomat spelled two ways', () => {
		const diplomat = sheets.find((sheet) => sheet.slug === 'alireza-jeyrani-hokmabad');
		expect(diplomat?.data.name).toBe('Alireza Jeyrani Hokmabad');
		expect(diplomat?.data.aliases).toContain('Alireza Jiranieh Hokambad');
	});

	it('marks the protesters whose names were changed as pseudonymous', () => {
		for (const slug of ['ava', 'arash']) {
			expect(sheets.find((sheet) => sheet.slug === slug)?.data.pseudonymous, slug).toBe(true);
		}
	});

	it('keeps the EU designation’s history: the February fact supersedes the January one', () => {
		const irgc = sheets.find((sheet) => sheet.slug === 'irgc')!;
		const later = irgc.data.facts.find((fact) => fact.supersedes && /designat/i.test(fact.statement));
		expect(later, 'a later designation fact').toBeDefined();
		const earlier = irgc.data.facts.find((fact) => fact.id === later!.supersedes);
		expect(earlier?.citations[0]?.quote).toMatch(/refusing to designate/);
		expect(later?.citations.some((citation) => citation.source === 'abc-defections-and-disobedience-2026-02')).toBe(true);
	});

	it('records who said so for the claims the articles attribute', () => {
		const claimsQuoting = (pattern: RegExp) =>
			sheets.flatMap((sheet) => sheet.data.facts.filter((fact) => fact.citations.some((citation) => pattern.test(citation.quote))).map((fact) => fact.claimant));
		// HRANA's tolls.
		expect(claimsQuoting(/4,519 people have been killed|verified 6,961 deaths/)).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: 'hrana' })]));
		for (const claimant of claimsQuoting(/4,519 people have been killed|verified 6,961 deaths/)) expect(claimant?.sheet).toBe('hrana');
		// Channel 12, citing Western intelligence sources.
		const defections = claimsQuoting(/Hundreds of junior and mid-level officers/);
		expect(defections.length).toBeGreaterThan(0);
		for (const claimant of defections) expect(claimant).toMatchObject({ sheet: 'channel-12', citing: expect.stringMatching(/Western intelligence sources/) });
		// The IRGC Intelligence Organization's statement.
		const statement = claimsQuoting(/dealing with possible acts of abandonment/);
		expect(statement.length).toBeGreaterThan(0);
		for (const claimant of statement) expect(claimant?.sheet).toBe('irgc-intelligence-organization');
		// A Kurdish human rights organisation's report.
		const kurdish = claimsQuoting(/regime had arrested .dozens. of security officers/);
		expect(kurdish.length).toBeGreaterThan(0);
		for (const claimant of kurdish) expect(claimant?.party).toMatch(/Kurdish human rights organi[sz]ation/i);
	});

	it('fails, with the closest passage, if one word of any quote is changed', () => {
		let checked = 0;
		const silent: string[] = [];
		for (const sheet of sheets) {
			for (const list of [sheet.data.roles, sheet.data.relations, sheet.data.facts]) {
				for (const item of list) {
					for (const citation of item.citations) {
						const words = citation.quote.match(/[\p{L}\p{N}]{3,}/gu) ?? [];
						const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
						if (!longest) continue;
						const changed = citation.quote.replace(longest, `${longest}x`);
						const lookup = corpus.sources.get(citation.source)!.text!.find(changed);
						checked++;
						if (lookup.status !== 'not-found' || !lookup.closest) silent.push(`${sheet.slug}: ${changed}`);
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(300);
		expect(silent).toEqual([]);
	});

	it('lists on a claimant’s sheet the claims it made elsewhere', () => {
		expect((site.claims.get('andrew-ghalili') ?? []).filter((claim) => claim.sheet.slug !== 'andrew-ghalili').length).toBeGreaterThan(0);
	});
});
