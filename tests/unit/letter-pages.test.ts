import { describe, expect, it } from 'vitest';
import { groupByLetter, isLongList, letterId, letterPages, letterSlug, LIST_PAGE_LIMIT, summarisePages } from '../../src/lib/site/letter-pages.ts';

describe('lists split by letter', () => {
	it('split only past the limit', () => {
		expect([isLongList(LIST_PAGE_LIMIT, LIST_PAGE_LIMIT), isLongList(LIST_PAGE_LIMIT + 1, LIST_PAGE_LIMIT), isLongList(3, 2)]).toEqual([false, true, true]);
	});

	it('cut a letter longer than a page into numbered pages of the same size but the last, in order, each named by its first and last entries', () => {
		const [group] = groupByLetter(['Tabrizi', 'Taheri', 'Tehrani', 'Tavakoli', 'Torabi', 'Tousi', 'Tajik'], (name) => name);
		const pages = letterPages(group!, (name) => name.toUpperCase(), 3);
		expect(pages.map(({ letter, slug, number, entries, first, last }) => ({ letter, slug, number, entries, first, last }))).toEqual([
			{ letter: 'T', slug: 't', number: 1, entries: ['Tabrizi', 'Taheri', 'Tehrani'], first: 'TABRIZI', last: 'TEHRANI' },
			{ letter: 'T', slug: 't', number: 2, entries: ['Tavakoli', 'Torabi', 'Tousi'], first: 'TAVAKOLI', last: 'TOUSI' },
			{ letter: 'T', slug: 't', number: 3, entries: ['Tajik'], first: 'TAJIK', last: 'TAJIK' },
		]);
		expect(summarisePages(pages)).toEqual([
			{ number: 1, first: 'TABRIZI', last: 'TEHRANI' },
			{ number: 2, first: 'TAVAKOLI', last: 'TOUSI' },
			{ number: 3, first: 'TAJIK', last: 'TAJIK' },
		]);
		// A letter that fits is one page, and a page exactly full is not followed by an empty one.
		expect(letterPages(group!, (name) => name, 7).map((page) => page.entries.length)).toEqual([7]);
		expect(letterPages(group!, (name) => name, 10)).toHaveLength(1);
	});

	it('group entries under their letter, accents aside, "#" first, keeping their order within a letter', () => {
		const groups = groupByLetter(['Zand', 'Ávila', '3rd Brigade', 'abbas', 'Ōmura', 'Amini', '“Quoted”'], (name) => name);
		expect(groups.map(({ letter, slug, entries }) => [letter, slug, entries])).toEqual([
			['#', 'other', ['3rd Brigade', '“Quoted”']],
			['A', 'a', ['Ávila', 'abbas', 'Amini']],
			['O', 'o', ['Ōmura']],
			['Z', 'z', ['Zand']],
		]);
	});

	it('name a letter in URLs and ids the way the unsplit A–Z did', () => {
		expect([letterSlug('#'), letterSlug('Q'), letterId('#'), letterId('Q')]).toEqual(['other', 'q', 'letter-other', 'letter-q']);
	});
});
