/**
 * Checks that know this site's own story: its two articles on defections from
 * Iran's regime and the crackdown (January–February 2026), the sheets they
 * name, and the fabrications an earlier review tried on them. A site started
 * for another story replaces this file; until then it skips, loudly, when the
 * story's sources are not in content/ (after `npm run new-site`, for one).
 * The rules that hold for any story are in content.test.ts and the other
 * files of this folder.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { readProjectFiles } from '../../src/lib/content/project-files.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { checkNamed } from '../../src/lib/verify/named.ts';
import { PROJECT_ROOT } from '../helpers/fixture-site.ts';
import { loadRealContent } from '../helpers/real-content.ts';

/** The story's sources: the checks below run when content/ holds them. */
const STORY_SOURCES = ['abc-defections-and-disobedience-2026-02', 'regime-defections-mount-2026-01'];

const { corpus, site } = loadRealContent();
const sheets = corpus.sheets;
const isThisStory = STORY_SOURCES.every((id) => corpus.sources.has(id));
if (!isThisStory) console.warn(`tests/site/story.test.ts: skipped, content/ does not hold the story's sources (${STORY_SOURCES.join(', ')}).`);

describe.skipIf(!isThisStory)('the defections and crackdown story', () => {
	it('covers every actor: more than fifty sheets, citing both sources', () => {
		expect(sheets.length).toBeGreaterThan(50);
		const cited = new Set(sheets.flatMap((sheet) => sheet.data.facts.flatMap((fact) => fact.citations.map((citation) => citation.source))));
		expect([...cited].sort()).toEqual([...corpus.sources.keys()].sort());
	});

	it('keeps figures that differ by source or date: HRANA’s tolls from both articles', () => {
		const deaths = site.figures.get('protest-deaths') ?? [];
		const hrana = deaths.filter((point) => point.claimant.sheet === 'hrana').map((point) => [point.figure.value, point.when]);
		expect(hrana).toContainEqual([4519, expect.stringMatching(/^2026-01/)]);
		expect(hrana).toContainEqual([6961, '2026-02-08']);
		expect(new Set(deaths.map((point) => point.claimant.sheet ?? point.claimant.party)).size).toBeGreaterThanOrEqual(4);
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

	it('lists on a claimant’s sheet the claims it made elsewhere', () => {
		expect((site.claims.get('andrew-ghalili') ?? []).filter((claim) => claim.sheet.slug !== 'andrew-ghalili').length).toBeGreaterThan(0);
	});

	it('has more than ten figures and more than three hundred quotes, each of which fails when one word changes (content.test.ts)', () => {
		expect(sheets.flatMap((sheet) => sheet.data.facts.filter((fact) => fact.figure)).length).toBeGreaterThan(10);
		expect(sheets.flatMap((sheet) => [...sheet.data.roles, ...sheet.data.relations, ...sheet.data.facts].flatMap((item) => item.citations)).length).toBeGreaterThan(300);
	});

	it('finds the wiki-links in Hossein Karroubi’s prose, and draws Khamenei’s neighbourhood', () => {
		expect([...site.mentions.values()].flat().some((mention) => mention.fromSlug === 'hossein-karroubi')).toBe(true);
		expect(site.neighbours.get('ali-khamenei')?.length).toBeGreaterThan(3);
	});

	describe("the issue's fabrications on the real content", () => {
		/** The real content with one sheet's text edited; the problems of this rule on that sheet. */
		function namedOnReal(slug: string, change: (text: string) => string): { item?: string | undefined; field?: string | undefined; message: string }[] {
			const files = readProjectFiles(PROJECT_ROOT);
			const sheets = files.sheets.map((file) => {
				if (!file.path.endsWith(`/${slug}.mdx`)) return file;
				const text = change(file.text);
				if (text === file.text) throw new Error(`The change to ${file.path} changed nothing`);
				return { ...file, text };
			});
			const { corpus } = verifyProject({ ...files, sheets });
			const sheet = corpus.sheets.find((loaded) => loaded.slug === slug);
			if (!sheet) throw new Error(`No sheet ${slug}`);
			return checkNamed(sheet, corpus).map(({ item, field, message }) => ({ item, field, message: message.replace(/ \(looked for.*$/, '') }));
		}

		it("passes the real content as it is: every quote names whom it is cited for, or says how in a subjectNote", () => {
			const { corpus } = verifyProject(readProjectFiles(PROJECT_ROOT));
			expect(corpus.sheets.flatMap((sheet) => checkNamed(sheet, corpus)).map(formatProblem)).toEqual([]);
		});

		it("fails HRANA's toll with its claimant changed to Reuters", () => {
			const problems = namedOnReal('hrana', (text) =>
				text.replace('  - id: deaths-2026-02-08\n    statement: HRANA said it had verified 6,961 deaths as of February 8.\n    asOf: "2026-02-08"\n    claimant:\n      sheet: hrana', '  - id: deaths-2026-02-08\n    statement: HRANA said it had verified 6,961 deaths as of February 8.\n    asOf: "2026-02-08"\n    claimant:\n      sheet: reuters'),
			);
			expect(problems).toEqual([
				{ item: 'fact "deaths-2026-02-08"', field: 'citations[0].quote', message: "The quote's paragraph (seeds/000_414d51a913fb499d.txt, line 56) does not name the claimant, Reuters" },
			]);
		});

		it("fails a fact on Abbas Araghchi's sheet citing HRANA's words", () => {
			const problems = namedOnReal('abbas-araghchi', (text) =>
				text.replace(
					'facts:\n',
					'facts:\n  - id: verified-deaths\n    statement: Araghchi said it had verified 6,961 deaths as of February 8.\n    citations:\n      - source: abc-defections-and-disobedience-2026-02\n        quote: said it had verified 6,961 deaths as of February 8\n',
				),
			);
			expect(problems).toEqual([
				{ item: 'fact "verified-deaths"', field: 'citations[0].quote', message: "The quote's paragraph (seeds/000_414d51a913fb499d.txt, line 56) does not name the sheet's subject, Abbas Araghchi" },
			]);
		});

		it("fails a role \"Commander of the Basij\" on Ava's sheet citing a Khamenei quote", () => {
			const problems = namedOnReal('ava', (text) =>
				text.replace(
					'relations:\n',
					'roles:\n  - title: Commander of the Basij\n    org: basij\n    citations:\n      - source: abc-defections-and-disobedience-2026-02\n        quote: Iran\'s Supreme Leader Ayatollah Ali Khamenei sought to crush the protests\nrelations:\n',
				),
			);
			expect(problems).toEqual([
				{ item: 'role "Commander of the Basij"', field: 'citations[0].quote', message: "The quote's paragraph (seeds/000_414d51a913fb499d.txt, line 76) does not name the sheet's subject, Ava" },
				{ item: 'role "Commander of the Basij"', field: 'citations[0].quote', message: "The quote's paragraph (seeds/000_414d51a913fb499d.txt, line 76) does not name the role's organisation, Basij" },
			]);
		});
	});
});
