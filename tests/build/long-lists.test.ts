import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { indexLetter, LIST_PAGE_LIMIT } from '../../src/lib/site/letter-pages.ts';
import { sortNameOf } from '../../src/lib/site/names.ts';
import { buildFixture, prepareFixture, readPage, type FixtureSite } from '../helpers/fixture-site.ts';

interface ExportedSheet {
	readonly slug: string;
	readonly page: string;
	readonly name: string;
	readonly aliases: readonly string[];
	readonly kind: string;
}

/**
 * A generated site of 900 sheets: 540 people and 360 organisations of 15
 * kinds, so that the names, the people, their kind and the home page are all
 * longer than one list page holds, and the organisations are not.
 */
describe('lists longer than one page', () => {
	let site: FixtureSite;
	let build: { status: number | null; output: string };
	let sheets: readonly ExportedSheet[];
	beforeAll(() => {
		site = prepareFixture('valid', 'long-lists');
		for (const folder of ['content', 'seeds']) rmSync(join(site.root, folder), { recursive: true });
		writeCorpus(site.root, 900);
		build = buildFixture(site);
		sheets = build.status === 0 ? (JSON.parse(readFileSync(join(site.dist, 'data/sheets.json'), 'utf8')) as { sheets: ExportedSheet[] }).sheets : [];
	});

	const page = (path: string) => parse(readPage(site, path));
	const pathOf = (sheet: ExportedSheet) => new URL(sheet.page).pathname;
	const people = () => sheets.filter((sheet) => sheet.kind === 'person');
	/** The letter pages a page of letters links to, checked to exist, and the count it gives for each. */
	const letterIndex = (path: string) =>
		page(path)
			.querySelectorAll('ul.letter-index > li')
			.map((item) => ({ id: item.id, href: item.querySelector('a')!.getAttribute('href')!, letter: item.querySelector('a')!.text, count: Number.parseInt(item.querySelector('.count')!.text, 10) }));

	it('builds, with lists of the sizes the test needs', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(sheets).toHaveLength(900);
		expect(people().length).toBeGreaterThan(LIST_PAGE_LIMIT);
		expect(sheets.length - people().length).toBeLessThanOrEqual(LIST_PAGE_LIMIT);
	});

	it('splits the names A–Z by letter: every name and alias once, under its letter, in order', () => {
		const letters = letterIndex('names/');
		expect(letters.map((letter) => letter.id)).toEqual(letters.map((letter) => `letter-${letter.letter === '#' ? 'other' : letter.letter.toLowerCase()}`));
		// A person is filed surname first, and also as written where that starts with another letter (src/lib/site/names.ts).
		const namesOf = (sheet: ExportedSheet) => {
			const sortName = sortNameOf({ data: sheet }, sheet.kind === 'person');
			return [sortName, ...(indexLetter(sortName) === indexLetter(sheet.name) ? [] : [sheet.name]), ...sheet.aliases];
		};
		const expected = sheets.flatMap((sheet) => namesOf(sheet).map((label) => `${label} → ${pathOf(sheet)}`));
		const found: string[] = [];
		for (const { href, letter, count } of letters) {
			const letterPage = page(href);
			expect(letterPage.querySelector('h1')!.text).toBe(`Names A–Z: ${letter}`);
			expect(letterPage.querySelector('nav.letters [aria-current="page"]')!.getAttribute('href')).toBe(href);
			const labels = letterPage.querySelectorAll('ul.name-grid > li > a').map((link) => ({ label: link.text, href: link.getAttribute('href')! }));
			expect(labels, href).toHaveLength(count);
			expect(labels.every(({ label }) => indexLetter(label) === letter), href).toBe(true);
			const collator = new Intl.Collator('en', { sensitivity: 'base' });
			expect(labels.map(({ label }) => label)).toEqual(labels.map(({ label }) => label).sort(collator.compare));
			found.push(...labels.map(({ label, href: to }) => `${label} → ${to}`));
		}
		expect(found.sort()).toEqual(expected.sort());
	});

	it('splits a kind with more sheets than one page holds by letter, every sheet once', () => {
		const letters = letterIndex('kinds/person/');
		expect(letters.reduce((total, letter) => total + letter.count, 0)).toBe(people().length);
		const found = letters.flatMap(({ href, letter, count }) => {
			const links = page(href).querySelectorAll('ul.sheet-list > li > a');
			expect(links, href).toHaveLength(count);
			expect(links.every((link) => indexLetter(link.text) === letter), href).toBe(true);
			return links.map((link) => link.getAttribute('href')!);
		});
		expect(found.sort()).toEqual(people().map(pathOf).sort());
		// A kind short enough keeps one list.
		const unit = sheets.find((sheet) => sheet.kind !== 'person')!;
		const kindPage = page(`kinds/${unit.kind}/`);
		expect(kindPage.querySelector('ul.letter-index')).toBeNull();
		expect(kindPage.querySelectorAll('ul.sheet-list > li > a').map((link) => link.getAttribute('href'))).toEqual(
			sheets.filter((sheet) => sheet.kind === unit.kind).map(pathOf),
		);
	});

	it('lists a long section by kind, with counts and the letters of its long kinds', () => {
		const section = page('people/');
		expect(section.querySelector('h2')!.text.replace(/\s+/g, ' ').trim()).toBe(`People (${people().length})`);
		expect(section.querySelectorAll('ul.sheet-list')).toHaveLength(0);
		const letterLinks = section.querySelectorAll('nav.letters a').map((link) => link.getAttribute('href'));
		expect(letterLinks).toEqual(letterIndex('kinds/person/').map((letter) => letter.href));
		// The organisations, fewer than the limit, are listed in full as before.
		const organisations = page('organisations/').querySelectorAll('ul.sheet-list > li > a').map((link) => link.getAttribute('href'));
		expect(organisations.sort()).toEqual(sheets.filter((sheet) => sheet.kind !== 'person').map(pathOf).sort());
	});

	it('lists the kinds on the home page, not every name', () => {
		const home = page('');
		expect(home.querySelectorAll('ul.name-grid')).toHaveLength(0);
		const kinds = home.querySelectorAll('ul.sheet-list > li').map((item) => ({ href: item.querySelector('a')!.getAttribute('href')!, count: Number(/\((\d+)\)/.exec(item.text)![1]) }));
		expect(kinds.reduce((total, kind) => total + kind.count, 0)).toBe(900);
		for (const { href, count } of kinds) expect(sheets.filter((sheet) => `/kinds/${sheet.kind}/` === href), href).toHaveLength(count);
		// …and the page for a broken link says so.
		expect(readPage(site, '404.html')).toContain('lists every kind of sheet.');
	});

	it('keeps every list page small, and puts the letter pages in the sitemap', () => {
		const lists = ['', 'names/', 'people/', 'organisations/', 'kinds/person/', ...letterIndex('names/').map((letter) => letter.href.slice(1)), ...letterIndex('kinds/person/').map((letter) => letter.href.slice(1))];
		for (const path of lists) expect(readPage(site, path).length, path).toBeLessThan(150_000);
		const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
		for (const href of [...letterIndex('names/'), ...letterIndex('kinds/person/')].map((letter) => letter.href)) expect(sitemap).toContain(`${href}</loc>`);
	});
});

/**
 * A generated site of 300 sheets whose options set a page of 10 entries
 * (`lists.pageSize`): the names and the people are split by letter, and the
 * letters with more than 10 entries are cut into numbered pages.
 */
describe('a letter longer than one list page', () => {
	const PAGE_SIZE = 10;
	let site: FixtureSite;
	let build: { status: number | null; output: string };
	let sheets: readonly ExportedSheet[];
	beforeAll(() => {
		site = prepareFixture('valid', 'long-letters', { 'site-options.json': (text) => JSON.stringify({ ...JSON.parse(text), lists: { pageSize: PAGE_SIZE } }) });
		for (const folder of ['content', 'seeds']) rmSync(join(site.root, folder), { recursive: true });
		writeCorpus(site.root, 300);
		build = buildFixture(site);
		sheets = build.status === 0 ? (JSON.parse(readFileSync(join(site.dist, 'data/sheets.json'), 'utf8')) as { sheets: ExportedSheet[] }).sheets : [];
	});

	const page = (path: string) => parse(readPage(site, path.replace(/^\//, '')));
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	/** Every page of each letter of a list of letters: the first found from the list, the others from its list of pages. */
	const pagesOfLetters = (indexPath: string, entrySelector: string) =>
		page(indexPath)
			.querySelectorAll('ul.letter-index > li')
			.map((item) => {
				const link = item.querySelector('a')!;
				const first = page(link.getAttribute('href')!);
				const listed = first.querySelectorAll('nav.letter-pages a').map((a) => ({ href: a.getAttribute('href')!, range: a.text }));
				const hrefs = listed.length ? listed.map(({ href }) => href) : [link.getAttribute('href')!];
				return {
					letter: link.text,
					href: link.getAttribute('href')!,
					count: Number.parseInt(item.querySelector('.count')!.text, 10),
					listed,
					pages: hrefs.map((href) => {
						const html = page(href);
						const entries = html.querySelectorAll(entrySelector).map((a) => a.text);
						return { href, html, entries };
					}),
				};
			});

	it('builds', () => {
		expect(build.status, build.output.slice(-3000)).toBe(0);
		expect(sheets).toHaveLength(300);
	});

	for (const [what, index, selector, title] of [
		['the names A–Z', 'names/', 'ul.name-grid > li > a', (letter: string) => `Names A–Z: ${letter}`],
		['a kind', 'kinds/person/', 'ul.sheet-list > li > a', (letter: string) => `People: ${letter}`],
	] as const) {
		it(`cuts each letter of ${what} into numbered pages of at most the page size, each named by its first and last entries, every entry once and in order`, () => {
			const letters = pagesOfLetters(index, selector);
			// The test needs letters of several pages and letters of one.
			expect(letters.some((letter) => letter.pages.length > 1)).toBe(true);
			expect(letters.some((letter) => letter.pages.length === 1)).toBe(true);
			for (const { letter, href, count, listed, pages } of letters) {
				const entries = pages.flatMap((one) => one.entries);
				expect(entries, href).toHaveLength(count);
				expect(entries).toEqual([...entries].sort(collator.compare));
				expect(Math.ceil(count / PAGE_SIZE), href).toBe(pages.length);
				pages.forEach(({ href: pageHref, html, entries: onPage }, i) => {
					expect(onPage.length, pageHref).toBeLessThanOrEqual(PAGE_SIZE);
					expect(onPage.length, pageHref).toBe(i < pages.length - 1 ? PAGE_SIZE : count - PAGE_SIZE * (pages.length - 1));
					// The first page is at the letter's own address, the others under it by number.
					expect(pageHref).toBe(i === 0 ? href : `${href}${i + 1}/`);
					expect(html.querySelector('h1')!.text).toBe(pages.length > 1 ? `${title(letter)}, page ${i + 1} of ${pages.length}` : title(letter));
					expect(html.querySelector('nav.letters [aria-current="page"]')!.getAttribute('href')).toBe(href);
					if (pages.length > 1) {
						expect(html.querySelector('nav.letter-pages')!.getAttribute('aria-label')).toBe(`Pages of ${letter}`);
						expect(html.querySelector('nav.letter-pages [aria-current="page"]')!.getAttribute('href')).toBe(pageHref);
						expect(listed[i]!.range).toBe(`${onPage[0]} – ${onPage.at(-1)}`);
					} else {
						expect(html.querySelector('nav.letter-pages')).toBeNull();
					}
				});
			}
			const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
			for (const { pages } of letters) for (const { href } of pages) expect(sitemap).toContain(`${href}</loc>`);
		});
	}
});
