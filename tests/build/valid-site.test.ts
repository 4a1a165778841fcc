import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, prepareFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';

describe('a valid fixture site', () => {
	let site: FixtureSite;
	let build: { status: number | null; output: string };
	beforeAll(() => {
		site = prepareFixture('valid', 'valid');
		build = buildFixture(site);
	});

	it('builds', () => {
		expect(build.output).not.toMatch(/problems? in the content/);
		expect(build.status).toBe(0);
	});

	it('has a page per sheet, in its section, with numbered citations linking to the reference list', () => {
		const page = readPage(site, 'people/jane-doe/');
		expect(page).toContain('<h1>Jane Doe</h1>');
		// The fact carries its anchor, a permalink and a citation mark.
		expect(page).toMatch(/<li id="harbour-wall-warning" class="fact">/);
		expect(page).toMatch(/href="#harbour-wall-warning"[^>]*>#<\/a>/);
		expect(page).toMatch(/<a href="#ref-3" aria-label="Source 3">\[3\]<\/a>/);
		// The reference list describes the source once (its page, publisher, date), then the numbered passage: its first words,
		// linking to the passage on the source page, and the original address at the quoted words.
		expect(page).toMatch(/<cite><a href="\/sources\/harbour-report\/">[\s\S]*?Daily Harbour, 4 March 2026[\s\S]*?<li id="ref-3" value="3">[\s\S]*?<q>said on Monday that “the harbour wall will…<\/q>[\s\S]*?href="https:\/\/example.org\/harbour-report#:~:text=/);
		// A claim reads "according to" its claimant, except on the claimant's own sheet, where it would only repeat it.
		expect(readPage(site, 'organisations/acme-institute/')).toMatch(/According to <a href="\/people\/jane-doe\/">Jane Doe<\/a>/);
		expect(page).not.toContain('According to');
		expect(readPage(site, 'organisations/acme-institute/')).toContain('<h1>Acme Institute</h1>');
	});

	it('shows a relation on both of its sheets, with the same citation', () => {
		const person = readPage(site, 'people/jane-doe/');
		const org = readPage(site, 'organisations/acme-institute/');
		expect(person).toMatch(/member of<\/span> <a href="\/organisations\/acme-institute\/">Acme Institute<\/a>/);
		expect(org).toMatch(/has member<\/span> <a href="\/people\/jane-doe\/">Jane Doe<\/a>/);
		expect(org).toContain('Doe joined the institute in 2019');
	});

	it('lists on the claimant’s sheet the claims it made on other sheets', () => {
		expect(readPage(site, 'people/jane-doe/')).toMatch(/<h2 id="claims">Claims by Jane Doe<\/h2>[\s\S]*?href="\/organisations\/acme-institute\/#wall-warning"/);
	});

	it('renders a sheet’s link to itself as bold text, not a link', () => {
		expect(readPage(site, 'people/jane-doe/')).toContain('Its survey was led by <strong>Jane Doe</strong>.');
	});

	it('resolves wiki-links by slug and by name', () => {
		expect(readPage(site, 'people/jane-doe/')).toMatch(/<a href="\/organisations\/acme-institute\/" class="wiki-link">institute<\/a>/);
		expect(readPage(site, 'organisations/acme-institute/')).toMatch(/<a href="\/people\/jane-doe\/" class="wiki-link">Jane Doe<\/a>/);
	});

	it('resolves wiki-links in a Markdown (.md) sheet as in an MDX one', () => {
		const body = /<div class="prose">([\s\S]*?)<\/div>/.exec(readPage(site, 'organisations/acme-institute/'))?.[1];
		expect(body).toBe(
			'<p>Its director is <a href="/people/jane-doe/" class="wiki-link">Jane Doe</a>. The <strong>Acme Institute</strong> publishes a survey each March, ' +
				'which <a href="/people/jane-doe/" class="wiki-link">its director</a> presents; <a href="/people/jane-doe/" class="wiki-link">Jane Doe</a> has led it since she joined.</p>',
		);
	});
	it('has a page per source listing every item that cites it, by sheet', () => {
		const page = readPage(site, 'sources/harbour-report/');
		expect(page).toContain('Harbour institute warns of rising tides');
		expect(page).toMatch(/href="\/organisations\/acme-institute\/#flooded-homes-2026-03-03"/);
		expect(page).toMatch(/href="\/people\/jane-doe\/#harbour-wall-warning"/);
		expect(page).toMatch(/href="\/people\/jane-doe\/#role-1"/);
	});

	it('has a home page and section indexes linking every sheet', () => {
		const home = readPage(site, '');
		expect(home).toContain('href="/people/jane-doe/"');
		expect(home).toContain('href="/organisations/acme-institute/"');
		expect(readPage(site, 'people/')).toContain('href="/people/jane-doe/"');
		expect(readPage(site, 'sources/')).toContain('href="/sources/harbour-report/"');
	});
});

describe('a Markdown sheet rebuilt after the sheet it links to is renamed', () => {
	it('shows the new name, although its own file did not change', () => {
		const site = prepareFixture('valid', 'valid-rename');
		expect(buildFixture(site).status).toBe(0);
		const person = join(site.root, 'content/sheets/people/jane-doe.mdx');
		writeFileSync(person, readFileSync(person, 'utf8').replace('name: Jane Doe\naliases: [J. Doe]', 'name: Jane Q. Doe\naliases: [J. Doe, Jane Doe]'));
		const rebuild = buildFixture(site);
		expect(rebuild.output).not.toMatch(/problems? in the content/);
		expect(rebuild.status).toBe(0);
		const page = readPage(site, 'organisations/acme-institute/');
		// [[jane-doe]] reads as the sheet's name today; [[Jane Doe]] as written, now an alias.
		expect(page).toContain('presents; <a href="/people/jane-doe/" class="wiki-link">Jane Q. Doe</a> has led it since she joined.');
		expect(page).toContain('Its director is <a href="/people/jane-doe/" class="wiki-link">Jane Doe</a>.');
		// What keeps it fresh: every build renders every body from the files it verified; Astro keeps no content store to reuse.
		expect(existsSync(join(site.root, 'node_modules/.astro/data-store.json'))).toBe(false);
	});
});
