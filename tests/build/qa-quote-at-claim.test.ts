/**
 * The quote at the claim (issue 16): under every fact, role and relation its
 * supporting words and its source's short label, linking to the passage on
 * the source page; a long quote collapsed; how many sources support a fact;
 * one "Cite this" per sheet; the reference list describing each source once.
 */
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { passageAnchor } from '../../src/lib/site/model.ts';
import { buildFixture, prepareFixture, PROJECT_ROOT, readPage, type FixtureSite } from '../helpers/fixture-site.ts';
import { LONG_PARAGRAPH, quoteFixtureChanges } from '../helpers/qa-quote-fixture.ts';

describe('the quote at the claim', () => {
	let site: FixtureSite;
	let build: { status: number | null; output: string };
	beforeAll(() => {
		site = prepareFixture('valid', 'qa-quote-at-claim', quoteFixtureChanges());
		build = buildFixture(site);
	}, 300_000);

	it('builds', () => {
		expect(build.output).not.toMatch(/problems? in the content/);
		expect(build.status).toBe(0);
	});

	it('puts the stored words and the source label under each fact, role and relation, linking to the passage', () => {
		const html = parse(readPage(site, 'people/jane-doe/'));
		const support = (selector: string) => html.querySelector(`${selector} .support li`)!;
		const fact = support('#harbour-wall-warning');
		// The stored text's own words, typographic, not the curator's straight quotes.
		expect(fact.querySelector('q')?.text).toBe('said on Monday that “the harbour wall will not hold another winter”');
		const link = fact.querySelector('a.source-label')!;
		expect(link.text).toBe('Daily Harbour, 4 Mar 2026');
		expect(link.getAttribute('href')).toBe(`/sources/harbour-report/#${passageAnchor('said on Monday that "the harbour wall will not hold another winter"')}`);
		expect(support('#role-1').querySelector('q')?.text).toBe('Jane Doe, director of the Acme Institute');
		expect(support('#role-1').querySelector('a.source-label')?.getAttribute('href')).toBe(`/sources/harbour-report/#${passageAnchor('Jane Doe, director of the Acme Institute')}`);
		expect(support('#relation-member-of-acme-institute').querySelector('q')?.text).toBe('Doe joined the institute in 2019');
		// The inverse relation and a member's role, on the organisation's page.
		const org = parse(readPage(site, 'organisations/acme-institute/'));
		expect(org.querySelector('#inverse-member-of-jane-doe .support q')?.text).toBe('Doe joined the institute in 2019');
		expect(org.querySelector('#member-1 .support q')?.text).toBe('Jane Doe, director of the Acme Institute');
	});

	it('collapses a long quote, and adds no quote marks to one that has its own', () => {
		const org = parse(readPage(site, 'organisations/acme-institute/'));
		const long = org.querySelector('#survey-method .support details')!;
		expect(long.querySelector('summary')?.text).toBe('Supporting words (57 words)');
		expect(long.querySelector('q')?.text).toBe(LONG_PARAGRAPH);
		const quotes = org.querySelectorAll('#wall-warning-two-sources .support li');
		expect(quotes.map((li) => [li.querySelector('q')?.text, li.querySelector('q')?.getAttribute('class'), li.querySelector('a.source-label')?.text])).toEqual([
			['Engineers at the Acme Institute warned that the harbour wall will not hold another winter.', undefined, '“Tide Bulletin”, on or after 1 Mar 2026'],
			['“the harbour wall will not hold another winter”', 'bare', 'Daily Harbour, 4 Mar 2026'],
		]);
	});

	it('says how many sources support a fact, marks a single source, and says a figure’s age', () => {
		const org = parse(readPage(site, 'organisations/acme-institute/'));
		expect(org.querySelector('#wall-warning-two-sources .source-count')?.text).toBe('2 sources');
		expect(org.querySelector('#wall-warning-two-sources .source-count.single')).toBeNull();
		const figure = org.querySelector('#flooded-homes-2026-03-03 .support-note')!;
		expect(figure.querySelector('.source-count.single')?.text).toBe('Single source');
		expect(figure.text).toContain('Dated 1 day before the newest source (Daily Harbour, 4 Mar 2026).');
	});

	it('says the claimant once: no "According to" when the statement names it', () => {
		const org = parse(readPage(site, 'organisations/acme-institute/'));
		expect(org.querySelector('#engineers-warning .claimant')).toBeNull();
		expect(org.querySelector('#engineers-warning .statement')?.text).toMatch(/^Engineers at the institute warned/);
		expect(org.querySelector('#wall-warning .claimant')?.text).toContain('According to Jane Doe:');
	});

	it('has one "Cite this" per sheet, and a permalink per fact', () => {
		for (const path of ['people/jane-doe/', 'organisations/acme-institute/']) {
			const html = parse(readPage(site, path));
			expect(html.querySelectorAll('details.cite').map((box) => box.querySelector('summary')?.text)).toEqual(['Cite this sheet']);
			for (const fact of html.querySelectorAll('li.fact')) expect(fact.querySelector('a.permalink')?.getAttribute('href')).toBe(`#${fact.id}`);
		}
		expect(readPage(site, 'people/jane-doe/')).not.toContain('Cite this fact');
	});

	it('describes each source once in the references, its numbered passages beneath', () => {
		const org = parse(readPage(site, 'organisations/acme-institute/'));
		const sources = org.querySelectorAll('.reference-sources > li');
		expect(sources.map((li) => li.querySelector('cite')?.text)).toEqual(['Harbour institute warns of rising tides', 'Tide Bulletin: harbour notes']);
		const numbers = (li: (typeof sources)[number]) => li.querySelectorAll('ol > li').map((ref) => [ref.id, ref.getAttribute('value')]);
		expect(numbers(sources[0]!).map(([id]) => id)).toEqual(['ref-1', 'ref-2', 'ref-3', 'ref-4', 'ref-5', 'ref-7']);
		expect(numbers(sources[1]!)).toEqual([['ref-6', '6']]);
		// A numbered passage is named by its first words and links to its entry on the source page; the source is described once.
		const ref6 = org.querySelector('#ref-6')!;
		expect(ref6.querySelector('q')?.text).toBe('Engineers at the Acme Institute warned that the…');
		expect(ref6.querySelector('a[href^="/sources/"]')?.getAttribute('href')).toBe(`/sources/tide-bulletin/#${passageAnchor('Engineers at the Acme Institute warned that the harbour wall will not hold another winter.')}`);
		expect(org.querySelectorAll('.references cite').length).toBe(2);
	});

	it('is valid HTML (html-validate, as tests/gates/html-validity.test.ts checks the published site)', async () => {
		const validator = new HtmlValidate();
		const errors: string[] = [];
		for (const path of ['people/jane-doe/', 'organisations/acme-institute/', 'sources/harbour-report/', 'sources/tide-bulletin/', 'timeline/']) {
			const report = await validator.validateString(readPage(site, path), `${PROJECT_ROOT}/${path}index.html`);
			for (const result of report.results) for (const message of result.messages) errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
		}
		expect(errors).toEqual([]);
	});
});
