/**
 * `find-quote`'s search and date resolution (src/lib/curate/): tolerant of
 * typos, missing words and number formats, and every passage it offers is
 * one the verifier finds.
 */
import { describe, expect, it } from 'vitest';
import { findPassages, joinPassages, type Passage } from '../../src/lib/curate/find-passages.ts';
import { resolveDates } from '../../src/lib/curate/relative-dates.ts';
import { SourceText } from '../../src/lib/text/source-text.ts';

const TEXT = new SourceText(
	`Menu | Home | Weather
Ferry operator cuts winter crossings
The Bay Ferry Company said on Monday that it will cut its winter crossings by half, citing the storms of last month.
Its chief executive, Tom Reed, told reporters the harbour wall had failed twice. He said repairs would take until Jan. 18 next year.
The Acme Institute said the company had ignored its warnings for 3,000 days.
Other headlines: the council warned that the winter crossings by half were planned.`,
	{ start: 'Ferry operator cuts winter crossings', end: 'its warnings for 3,000 days.' },
);
const best = (phrase: string) => findPassages(TEXT, phrase)[0] as Passage;

describe('finding the passage that holds some words', () => {
	it('finds the article’s words despite a typo and left-out words, and says where they differ', () => {
		const passage = best('Bay Ferry said it will cut its winter crosings by half');
		expect(passage.quote).toBe('Bay Ferry Company said on Monday that it will cut its winter crossings by half');
		expect(passage.line).toBe(3);
		expect(passage.words.filter((word) => word.kind !== 'same')).toEqual([{ kind: 'typo', word: 'crosings', passage: 'crossings' }]);
	});

	it('reads numbers written without their thousands separator, and number words', () => {
		expect(best('ignored its warnings for 3000 days').quote).toBe('ignored its warnings for 3,000 days.');
		expect(best('the harbour wall had failed 2 times').quote).toBe('the harbour wall had failed');
	});

	it('offers only passages the verifier finds: never the page around the article', () => {
		for (const phrase of ['winter crossings by half were planned', 'the council warned that the winter crossings']) {
			for (const passage of findPassages(TEXT, phrase)) expect(TEXT.find(passage.quote).status, passage.quote).toBe('found');
		}
		expect(findPassages(TEXT, 'the council warned that')).toEqual([]);
	});

	it('finds nothing for words the article does not have', () => {
		expect(findPassages(TEXT, 'zebra crossing banana split')).toEqual([]);
	});
});

describe('joining two phrases', () => {
	it('joins two passages of one paragraph with "...", in the article’s order, when the join verifies', () => {
		const join = joinPassages(TEXT, best('repairs would take until Jan. 18'), best('told reporters the harbour wall'));
		expect(join).toEqual({ kind: 'joined', quote: 'told reporters the harbour wall ... repairs would take until Jan. 18' });
		expect(TEXT.find((join as { quote: string }).quote).status).toBe('found');
	});

	it('gives one passage when nothing stands between the two', () => {
		expect(joinPassages(TEXT, best('The Bay Ferry Company said'), best('on Monday that it will cut'))).toEqual({
			kind: 'contiguous',
			quote: 'The Bay Ferry Company said on Monday that it will cut',
		});
	});

	it('refuses to join passages of different paragraphs, or a part shorter than the rules allow', () => {
		expect(joinPassages(TEXT, best('the storms of last month'), best('ignored its warnings for 3,000 days'))).toEqual({ kind: 'different-paragraphs', lines: [3, 5] });
		expect(joinPassages(TEXT, best('Its chief executive'), best('repairs would take until Jan. 18'))).toEqual({ kind: 'short-part', part: 'Its chief executive', words: 3 });
	});
});

describe('resolving dates against the publication date', () => {
	const published = { date: '2026-03-10', statedAs: 'Tuesday 10 March 2026' };
	it('resolves a weekday, last month, a date without a year and one "next year"', () => {
		expect(resolveDates('said on Monday that it will cut, citing the storms of last month, until Jan. 18 next year and again on 4 March', published)).toEqual([
			{ written: 'on Monday', value: '2026-03-09', asOf: false, note: '"on Monday" in an article published on 10 March 2026 (stated as "Tuesday 10 March 2026"): the Monday before, 9 March 2026.' },
			{ written: 'last month', value: '2026-02', asOf: false, note: '"last month" in an article published on 10 March 2026 (stated as "Tuesday 10 March 2026"): the month before, February 2026.' },
			{ written: 'Jan. 18', value: '2027-01-18', asOf: false, note: '"Jan. 18" in an article published on 10 March 2026 (stated as "Tuesday 10 March 2026"), which gives no year: the year after, 18 January 2027.' },
			{ written: '4 March', value: '2026-03-04', asOf: false, note: '"4 March" in an article published on 10 March 2026 (stated as "Tuesday 10 March 2026"), which gives no year: that year, 4 March 2026.' },
		]);
	});

	it('takes a date "as of" as an asOf, a later month without a year as the year before, and a full date as it is', () => {
		expect(resolveDates('1,204 homes as of December 3, and on 2 February 2025', published).map(({ written, value, asOf, note }) => [written, value, asOf, note === undefined])).toEqual([
			['December 3', '2025-12-03', true, false],
			['2 February 2025', '2025-02-02', false, true],
		]);
	});

	it('leaves "next Monday" and a weekday naming something else ("Sunday Gazette") alone', () => {
		expect(resolveDates('told the Sunday Gazette it would meet next Monday', published)).toEqual([]);
	});
});
