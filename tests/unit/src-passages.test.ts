import { describe, expect, it } from 'vitest';
import { passageAnchor, type CitingItem, type CitingSheet, type SiteSheet } from '../../src/lib/site/model.ts';
import { sourcePageSections } from '../../src/lib/site/source-page.ts';
import { excerptParagraphs, excerptsOf, markedWords, sentenceStarts, type SourcePassage } from '../../src/lib/site/source-passages.ts';
import { SourceText } from '../../src/lib/text/source-text.ts';

const TEXT = [
	'Site menu | Home | Sport',
	'',
	'Council closes the bridge',
	'',
	'The council closed the old bridge on Monday. Engineers said the “deck is unsafe” after a survey. Repairs will take a year, the mayor said.',
	'',
	'The ferry will run every hour. Mr. Smith, who runs it, said “we are ready”. Fares stay the same.',
	'',
	'Comments are closed.',
].join('\n');
const SPAN = { start: 'Council closes the bridge', end: 'Fares stay the same.' };
const text = new SourceText(TEXT, SPAN);
const plain = (passage: SourcePassage) => excerptParagraphs(passage).map((paragraph) => paragraph.map((run) => (run.marked ? `[${run.text}]` : run.text)).join('')).join(' ¶ ');

describe('excerptsOf', () => {
	it('shows a quote with the sentence before and after it, the quoted words marked', () => {
		const [passage] = excerptsOf(text, ['Engineers said the "deck is unsafe"'], 'en');
		expect(plain(passage!)).toBe('The council closed the old bridge on Monday. [Engineers said the “deck is unsafe”] after a survey. Repairs will take a year, the mayor said.');
		expect(passage).toMatchObject({ anchor: passageAnchor('Engineers said the "deck is unsafe"'), cutBefore: true, cutAfter: true });
		expect(markedWords(passage!)).toEqual(['Engineers said the “deck is unsafe”']);
	});

	it('matches typographic quotes and keeps the text’s own marks', () => {
		const [passage] = excerptsOf(text, ['said \u201cwe are ready\u201d'], 'en');
		expect(markedWords(passage!)).toEqual(['said “we are ready”']);
	});

	it('takes the sentence before from the paragraph before, and never text outside the article', () => {
		const [first] = excerptsOf(text, ['Council closes the bridge'], 'en');
		expect(plain(first!)).toBe('[Council closes the bridge] ¶ The council closed the old bridge on Monday.');
		expect(first).toMatchObject({ cutBefore: false, cutAfter: true });
		const [last] = excerptsOf(text, ['Fares stay the same.'], 'en');
		expect(plain(last!)).toBe('Mr. Smith, who runs it, said “we are ready”. [Fares stay the same.]');
		expect(last).toMatchObject({ cutBefore: true, cutAfter: false });
	});

	it('does not end a sentence at an abbreviation', () => {
		const [passage] = excerptsOf(text, ['who runs it'], 'en');
		expect(plain(passage!)).toBe('The ferry will run every hour. Mr. Smith, [who runs it], said “we are ready”. Fares stay the same.');
	});

	it('shows each part of a quote joined with "..." marked, and the words between them unmarked', () => {
		const [passage] = excerptsOf(text, ['The council closed ... on Monday.'], 'en');
		expect(plain(passage!)).toBe('Council closes the bridge ¶ [The council closed] the old bridge [on Monday.] Engineers said the “deck is unsafe” after a survey.');
		expect(markedWords(passage!)).toEqual(['The council closed', 'on Monday.']);
	});

	it('merges identical quotes, overlapping quotes and quotes from one sentence into one passage, keeping each quote', () => {
		const quotes = ['the “deck is unsafe”', 'Engineers said the "deck is unsafe"', 'the “deck is unsafe”', 'after a survey', 'Fares stay the same.'];
		const passages = excerptsOf(text, quotes, 'en');
		expect(passages.map((passage) => passage.quotes)).toEqual([['Engineers said the "deck is unsafe"', 'the “deck is unsafe”', 'after a survey'], ['Fares stay the same.']]);
		expect(plain(passages[0]!)).toBe('The council closed the old bridge on Monday. [Engineers said the “deck is unsafe”] [after a survey]. Repairs will take a year, the mayor said.');
		expect(passages[0]?.anchor).toBe(passageAnchor('Engineers said the "deck is unsafe"'));
	});

	it('shows a quote the text does not hold as written, so that its anchor still exists', () => {
		const [passage] = excerptsOf(text, ['not in the text at all'], 'en');
		expect(passage).toMatchObject({ anchor: passageAnchor('not in the text at all'), located: false });
		expect(excerptParagraphs(passage!)).toEqual([[{ text: 'not in the text at all', marked: true }]]);
		expect(markedWords(passage!)).toEqual([]);
	});

	it('keeps the context short in a text without sentence breaks', () => {
		const long = `Start ${Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ')} end`;
		const [passage] = excerptsOf(new SourceText(long), ['word150 word151'], 'en');
		const shown = plain(passage!);
		expect(shown.length).toBeLessThan(900);
		expect(shown).toMatch(/^word\d+ .*\[word150 word151\] .* word\d+$/);
	});
});

describe('sentenceStarts', () => {
	it('splits in the source’s language and joins after initials', () => {
		const sample = 'Signed J. Doe. Next one.';
		expect(sentenceStarts(sample, 0, sample.length, 'en')).toEqual([0, 15, sample.length]);
	});
});

describe('sourcePageSections', () => {
	const sheet = (slug: string, name: string): SiteSheet => ({ slug, data: { name } as SiteSheet['data'], kind: {} as SiteSheet['kind'], path: `/people/${slug}/` as SiteSheet['path'] });
	const fact = (anchor: string, ...quotes: string[]): CitingItem => ({ anchor, item: { kind: 'fact', statement: anchor }, quotes });
	const ada = sheet('ada', 'Ada');
	const bo = sheet('bo', 'Bo');
	const passages = excerptsOf(text, ['Engineers said the "deck is unsafe"', 'the “deck is unsafe”', 'Fares stay the same.', 'The ferry will run every hour.'], 'en');

	it('shows each passage once, under the first sheet citing it, with its items, the other sheets citing it and each quote’s anchor', () => {
		const citing: CitingSheet[] = [
			{ sheet: ada, items: [fact('a1', 'Fares stay the same.'), fact('a2', 'the “deck is unsafe”', 'Engineers said the "deck is unsafe"')] },
			{ sheet: bo, items: [fact('b1', 'Engineers said the "deck is unsafe"'), fact('b2', 'The ferry will run every hour.')] },
		];
		const [first, second] = sourcePageSections(citing, passages);
		expect(first?.anchor).toBe('sheet-ada');
		expect(first?.passages.map(({ passage, citedBy, alsoOn }) => [passage.quotes, citedBy.map((item) => item.anchor), alsoOn.map((sheet) => sheet.slug)])).toEqual([
			[['Engineers said the "deck is unsafe"', 'the “deck is unsafe”'], ['a2'], ['bo']],
			[['Fares stay the same.'], ['a1'], []],
		]);
		expect(first?.passages[0]?.otherAnchors).toEqual([passageAnchor('the “deck is unsafe”')]);
		expect(first?.shownElsewhere).toEqual([]);
		expect(second?.passages.map(({ passage, citedBy }) => [passage.quotes, citedBy.map((item) => item.anchor)])).toEqual([[['The ferry will run every hour.'], ['b2']]]);
		expect(second?.shownElsewhere.map(({ item, passage, under }) => [item.anchor, passage.anchor, under.slug])).toEqual([['b1', passageAnchor('Engineers said the "deck is unsafe"'), 'ada']]);
	});

	it('shows one sheet’s passages whose excerpts overlap as one, with every quote’s anchor and item', () => {
		const near = excerptsOf(text, ['Engineers said the "deck is unsafe"', 'Repairs will take a year'], 'en');
		expect(near).toHaveLength(2);
		const [section] = sourcePageSections([{ sheet: ada, items: [fact('a1', 'Repairs will take a year'), fact('a2', 'Engineers said the "deck is unsafe"')] }], near);
		expect(section?.passages).toHaveLength(1);
		const [joined] = section?.passages ?? [];
		expect(plain(joined!.passage)).toBe('The council closed the old bridge on Monday. [Engineers said the “deck is unsafe”] after a survey. [Repairs will take a year], the mayor said. ¶ The ferry will run every hour.');
		expect(joined?.passage.anchor).toBe(passageAnchor('Engineers said the "deck is unsafe"'));
		expect(joined?.otherAnchors).toEqual([passageAnchor('Repairs will take a year')]);
		expect(joined?.citedBy.map((item) => item.anchor)).toEqual(['a2', 'a1']);
		// Under two sheets, each shows its own.
		const apart = sourcePageSections([{ sheet: ada, items: [fact('a1', 'Repairs will take a year')] }, { sheet: bo, items: [fact('b1', 'Engineers said the "deck is unsafe"')] }], near);
		expect(apart.map((part) => part.passages.length)).toEqual([1, 1]);
	});

	it('gives a quote without a passage one of its own', () => {
		const [section] = sourcePageSections([{ sheet: ada, items: [fact('a1', 'unread quote')] }], []);
		expect(section?.passages.map(({ passage }) => passage.anchor)).toEqual([passageAnchor('unread quote')]);
	});
});
