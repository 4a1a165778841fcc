/**
 * Finding a sheet (issue 16, item 6): the A–Z files people surname first and
 * also as written, `sortName` overrides; the 404 page's script suggests the
 * sheets closest to a mistyped address (src/scripts/not-found.js).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/problems.ts';
import { buildNameIndex, isPersonSheet, sortNameOf } from '../../src/lib/site/names.ts';
import { verifyProject } from '../../src/lib/verify/index.ts';
import { sheetSchema, type SheetInput } from '../../src/schemas/index.ts';
import { suggestionsFor } from '../helpers/not-found-script.ts';
import { ANN_LEE, validProject } from '../helpers/project.ts';
import { englishUi } from '../helpers/ui.ts';

const sheet = (slug: string, input: Partial<SheetInput> & { name: string }, section = 'people') => ({
	slug,
	kind: { section },
	data: sheetSchema.parse({ kind: section === 'people' ? 'person' : 'organisation', description: 'd', ...input }),
});

describe('sort names', () => {
	it('files a person surname first, a one-word name and an organisation as written, and a sortName as given', () => {
		expect(sortNameOf(sheet('a', { name: 'Jane Doe' }), true)).toBe('Doe, Jane');
		expect(sortNameOf(sheet('a', { name: 'Mary  Ann Lee' }), true)).toBe('Lee, Mary Ann');
		expect(sortNameOf(sheet('a', { name: 'Odile' }), true)).toBe('Odile');
		expect(sortNameOf(sheet('a', { name: 'Harbour Report' }, 'organisations'), false)).toBe('Harbour Report');
		expect(sortNameOf(sheet('a', { name: 'Anna van der Berg', sortName: 'van der Berg, Anna' }), true)).toBe('van der Berg, Anna');
		expect(sortNameOf(sheet('a', { name: 'The Harbour Report', sortName: 'Harbour Report, The' }, 'organisations'), false)).toBe('Harbour Report, The');
	});

	it('rejects an empty sortName', () => {
		expect(sheetSchema.safeParse({ name: 'Jane Doe', kind: 'person', description: 'd', sortName: ' ' }).success).toBe(false);
	});

	it('lists each person under the surname and under the name as written, once where both start alike', () => {
		const groups = buildNameIndex(
			[
				sheet('jane-doe', { name: 'Jane Doe', aliases: ['J. Doe'] }),
				sheet('dan-dee', { name: 'Dan Dee' }),
				sheet('odile', { name: 'Odile' }),
				sheet('harbour-report', { name: 'Harbour Report' }, 'organisations'),
				sheet('anna', { name: 'Anna van der Berg', sortName: 'van der Berg, Anna' }),
			],
			englishUi.format.compare,
			isPersonSheet,
		);
		expect(groups.map((group) => [group.letter, group.entries.map((entry) => `${entry.label} → ${entry.sheet.slug}${entry.isAlias ? ' (alias)' : ''}`)])).toEqual([
			['A', ['Anna van der Berg → anna']],
			['D', ['Dee, Dan → dan-dee', 'Doe, Jane → jane-doe']],
			['H', ['Harbour Report → harbour-report']],
			['J', ['J. Doe → jane-doe (alias)', 'Jane Doe → jane-doe']],
			['O', ['Odile → odile']],
			['V', ['van der Berg, Anna → anna']],
		]);
	});

	it('files everything as written when no sheet is a person', () => {
		const groups = buildNameIndex([sheet('jane-doe', { name: 'Jane Doe' })], englishUi.format.compare);
		expect(groups.map((group) => group.entries.map((entry) => entry.label))).toEqual([['Jane Doe']]);
	});
});

describe('the sort-name rule', () => {
	const ANN = 'content/sheets/people/ann-lee.mdx';
	const withSortName = (sortName: string) => verifyProject(validProject({ [ANN]: ANN_LEE.replace('name: Ann Lee\n', `name: Ann Lee\nsortName: ${sortName}\n`) })).problems.map(formatProblem);
	it('accepts the name\'s words in another order, or some of them', () => {
		expect(withSortName('"Lee, Ann"')).toEqual([]);
		expect(withSortName('LEE')).toEqual([]);
	});
	it('reports a word the name does not have', () => {
		expect(withSortName('"Lee, Annie"')).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:3:11 sortName
			  The sort name "Lee, Annie" is not made of the words of the name "Ann Lee": it adds "Annie". A sort name files the name by another of its words, and adds none.
			  Fix: Write the sort name with the name's own words, in the order to file it by (e.g. "Doe, Jane" for "Jane Doe"), or remove \`sortName\`.",
			]
		`);
		expect(withSortName('"Lee, Ann Ann"')).toMatchInlineSnapshot(`
			[
			  "content/sheets/people/ann-lee.mdx:3:11 sortName
			  The sort name "Lee, Ann Ann" is not made of the words of the name "Ann Lee": it adds "Ann". A sort name files the name by another of its words, and adds none.
			  Fix: Write the sort name with the name's own words, in the order to file it by (e.g. "Doe, Jane" for "Jane Doe"), or remove \`sortName\`.",
			]
		`);
	});
});

describe('the 404 page suggests the closest sheet', () => {
	const sheets = [
		{ slug: 'jane-doe', path: 'people/jane-doe/', name: 'Jane Doe' },
		{ slug: 'john-doe', path: 'people/john-doe/', name: 'John Doe' },
		{ slug: 'mary-ann-lee', path: 'people/mary-ann-lee/', name: 'Mary Ann Lee' },
		{ slug: 'harbour-report', path: 'organisations/harbour-report/', name: 'Harbour Report' },
	];
	it.each([
		['/people/jane-doe/', ['Jane Doe → /people/jane-doe/']],
		['/people/jane-dow/', ['Jane Doe → /people/jane-doe/']],
		['/organisations/jane-doe/', ['Jane Doe → /people/jane-doe/']],
		['/people/lee/', ['Mary Ann Lee → /people/mary-ann-lee/']],
		['/people/doe/', ['Jane Doe → /people/jane-doe/', 'John Doe → /people/john-doe/']],
		['/harbor/', ['Harbour Report → /organisations/harbour-report/']],
		['/people/Harbour-Report.html', ['Harbour Report → /organisations/harbour-report/']],
	])('at %s', async (pathname, expected) => {
		expect(await suggestionsFor(pathname, sheets)).toEqual(expected);
	});
	it.each(['/people/xyz-abc/', '/people/do/', '/', '/people/harbinger/', '/people/%E0%A4/'])('suggests nothing at %s', async (pathname) => {
		expect(await suggestionsFor(pathname, sheets)).toBeNull();
	});
	it('reads the address from the base and links under it', async () => {
		expect(await suggestionsFor('/fact-sheets/people/jane-dou/', sheets, '/fact-sheets/')).toEqual(['Jane Doe → /fact-sheets/people/jane-doe/']);
	});
});
