import { describe, expect, it } from 'vitest';
import { groupByLetter, isLongList, letterId, letterSlug, LIST_PAGE_LIMIT } from '../../src/lib/site/letter-pages.ts';

describe('lists split by letter', () => {
	it('split only past the limit', () => {
		expect([isLongList(LIST_PAGE_LIMIT), isLongList(LIST_PAGE_LIMIT + 1), isLongList(3, 2)]).toEqual([false, true, true]);
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
