import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/lib/i18n/ui.ts';
import { statementNamesClaimant } from '../../src/lib/site/claimant-named.ts';
import { excerpt, isLongQuote, LONG_QUOTE_CHARS, opensWithOwnQuoteMark, supportingWords, wordCount } from '../../src/lib/site/quote-display.ts';
import { buildSheetView } from '../../src/lib/site/sheet-view.ts';
import { shortTitle, sourceLabel } from '../../src/lib/site/source-label.ts';
import { figureAge, independentSourceCount, newestSource } from '../../src/lib/site/support.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { ANN_LEE, validSite } from '../helpers/project.ts';
import { englishUi as ui } from '../helpers/ui.ts';

const stated = { status: 'stated', date: '2026-02-11', statedAs: '11 Feb 2026 15:36' } as const;
const inferred = { status: 'inferred', date: '2026-01-20', reason: 'The latest dated item.' } as const;
const unknown = { status: 'unknown', reason: 'Not in the text.' } as const;

describe('sourceLabel', () => {
	it('is the publisher and the date, with a short month', () => {
		expect(sourceLabel({ title: 'A headline', publisher: 'Daily Harbour', published: stated }, ui)).toBe('Daily Harbour, 11 Feb 2026');
	});

	it('says an inferred date is the earliest the text allows, and an unknown one that it is unknown', () => {
		expect(sourceLabel({ title: 'A headline', publisher: 'The Daily', published: inferred }, ui)).toBe('The Daily, on or after 20 Jan 2026');
		expect(sourceLabel({ title: 'A headline', publisher: 'The Daily', published: unknown }, ui)).toBe('The Daily, undated');
	});

	it('names a source without a publisher by its headline’s first clause, in quotes', () => {
		const title = 'Harbour Wall Fails Amid Storm, Mayor Warns: Reports';
		expect(sourceLabel({ title, publisher: null, published: inferred }, ui)).toBe('“Harbour Wall Fails Amid Storm”, on or after 20 Jan 2026');
	});

	it('keeps a month or a year at its own precision', () => {
		expect(sourceLabel({ title: 't', publisher: 'P', published: { status: 'stated', date: '2026-02', statedAs: 'February 2026' } }, ui)).toBe('P, February 2026');
		expect(sourceLabel({ title: 't', publisher: 'P', published: { status: 'stated', date: '2025', statedAs: '2025' } }, ui)).toBe('P, 2025');
	});

	it('is the curator’s `label` when one is given, and speaks the site’s language otherwise', () => {
		expect(sourceLabel({ label: 'Harbour News via Daily Harbour', title: 't', publisher: 'Daily Harbour', published: stated }, ui)).toBe('Harbour News via Daily Harbour');
		const fr = createUi({ language: 'fr' });
		expect(sourceLabel({ title: 'Un titre long, et la suite', publisher: null, published: inferred }, fr)).toBe('«\u00a0Un titre long\u00a0», le 20 janv. 2026 ou après');
		expect(sourceLabel({ title: 't', publisher: 'P', published: unknown }, fr)).toBe('P, non daté');
	});

	it('is an optional field of a source, refused when empty', () => {
		const base = { title: 't', publisher: 'P', published: stated, retrieved: unknown, language: 'en', text: 'seeds/a.txt', sha256: 'a'.repeat(64) };
		expect(sourceSchema.safeParse(base).success).toBe(true);
		expect(sourceSchema.parse({ ...base, label: ' Daily Harbour ' }).label).toBe('Daily Harbour');
		expect(sourceSchema.safeParse({ ...base, label: '' }).success).toBe(false);
	});
});

describe('shortTitle', () => {
	it('cuts at the first colon, comma, semicolon, bar or spaced dash', () => {
		expect(shortTitle('Dam Fails, Town Floods: Report')).toBe('Dam Fails');
		expect(shortTitle('Harbour wall — what next')).toBe('Harbour wall');
		expect(shortTitle('A short headline')).toBe('A short headline');
	});

	it('cuts a long clause at a word and marks the cut; a one-word clause says too little', () => {
		expect(shortTitle('The harbour institute warns that the sea wall will not hold another winter')).toBe('The harbour institute warns that the sea wall…');
		expect(shortTitle('Breaking: the harbour wall fails')).toBe('Breaking: the harbour wall fails');
	});
});

describe('statementNamesClaimant', () => {
	it('is true when the statement names the claimant as whole words, case and typography aside', () => {
		expect(statementNamesClaimant('A senior official told the paper the talks had failed.', ['a senior official'])).toBe(true);
		expect(statementNamesClaimant('Lee’s office said the bridge will reopen.', ['Ann Lee', 'Lee'])).toBe(true);
	});

	it('is false when it does not, or only inside a longer word', () => {
		expect(statementNamesClaimant('The bridge will reopen in May.', ['Ann Lee'])).toBe(false);
		expect(statementNamesClaimant('Leeds will host the talks.', ['Lee'])).toBe(false);
	});
});

describe('independent sources and figure age', () => {
	it('counts distinct sources, not quotes', () => {
		expect(independentSourceCount([{ source: 'a' }, { source: 'a' }])).toBe(1);
		expect(independentSourceCount([{ source: 'a' }, { source: 'b' }, { source: 'a' }])).toBe(2);
	});

	it('finds the newest source by its stated or inferred date; an unknown date does not count', () => {
		const sources = [
			{ id: 'jan', data: { published: inferred } },
			{ id: 'feb', data: { published: stated } },
			{ id: 'none', data: { published: unknown } },
		];
		expect(newestSource(sources)).toEqual({ source: sources[1], date: '2026-02-11' });
		expect(newestSource([sources[2]!])).toBeUndefined();
	});

	it('measures days, then weeks, months and years, never more precisely than the dates', () => {
		expect(figureAge('2026-02-08', '2026-02-11')).toEqual({ amount: 3, unit: 'day' });
		expect(figureAge('2026-01-20', '2026-02-11')).toEqual({ amount: 3, unit: 'week' });
		expect(figureAge('2025-11-02', '2026-02-11')).toEqual({ amount: 3, unit: 'month' });
		expect(figureAge('2023-02-12', '2026-02-11')).toEqual({ amount: 2, unit: 'year' });
		expect(figureAge('2026-01', '2026-02-11')).toEqual({ amount: 1, unit: 'month' });
		expect(figureAge('2025-02', '2026-02-11')).toEqual({ amount: 1, unit: 'year' });
		expect(figureAge('2025', '2026-02-11')).toEqual({ amount: 1, unit: 'year' });
	});

	it('says nothing when the figure is not older at that precision', () => {
		expect(figureAge('2026-02-11', '2026-02-11')).toBeUndefined();
		expect(figureAge('2026-02', '2026-02-11')).toBeUndefined();
		expect(figureAge('2026', '2026-02-11')).toBeUndefined();
		expect(figureAge('2026-03-01', '2026-02-11')).toBeUndefined();
	});
});

describe('the quote at the claim', () => {
	it('shows the stored text’s words, parts joined by an ellipsis, with typographic punctuation', () => {
		expect(supportingWords(['He said "it\'s over"', 'and left...'], 'ignored')).toBe('He said “it’s over” … and left…');
		expect(supportingWords(undefined, "the curator's copy")).toBe('the curator’s copy');
	});

	it('adds no quote marks of its own around a quote that opens with one', () => {
		expect(opensWithOwnQuoteMark('“He is in closer contact,” an official said.')).toBe(true);
		expect(opensWithOwnQuoteMark(supportingWords(['"We\'re also seeing cargo aircraft"'], ''))).toBe(true);
		expect(opensWithOwnQuoteMark('He said “no”.')).toBe(false);
	});

	it('collapses a quote over the threshold, and the reference list names a passage by its first words', () => {
		expect(isLongQuote('x'.repeat(LONG_QUOTE_CHARS))).toBe(false);
		expect(isLongQuote('x'.repeat(LONG_QUOTE_CHARS + 1))).toBe(true);
		expect(wordCount('He said — twice — “no”.')).toBe(4);
		expect(excerpt('one two three')).toBe('one two three');
		expect(excerpt('one two three four five six seven eight, nine ten')).toBe('one two three four five six seven eight…');
	});
});

describe('the sheet view', () => {
	it('drops "According to" when the statement names the claimant, and keeps it otherwise', () => {
		const named = ANN_LEE.replace('statement: Lee said the bridge will reopen in May.', 'statement: The bridge will reopen in May, Lee said.');
		const site = validSite({
			'content/sheets/people/ann-lee.mdx': named.replace('    claimant:\n      sheet: ann-lee', '    claimant:\n      sheet: council'),
		});
		expect(buildSheetView(site, 'ann-lee').facts[0]?.claimant?.who).toMatchObject({ sheet: { slug: 'council' } });
		const byName = validSite({
			'content/sheets/people/ann-lee.mdx': ANN_LEE.replace('statement: Lee said the bridge will reopen in May.', 'statement: The council said the bridge will reopen in May.').replace('    claimant:\n      sheet: ann-lee', '    claimant:\n      sheet: council'),
		});
		// "the council" is the council's alias.
		expect(buildSheetView(byName, 'ann-lee').facts[0]?.claimant).toBeUndefined();
	});

	it('gives each item its quotes as references, counts its sources and groups the reference list by source', () => {
		const view = buildSheetView(validSite(), 'council');
		const fact = view.facts[0]!;
		// Reference 1 is the mayor's role, listed first among the council's members.
		expect(fact.cited.map((reference) => [reference.n, reference.source.id, reference.quote])).toEqual([[2, 'daily', 'The council counted at least 312 complaints ... as of 2 March.']]);
		expect(fact.sourceCount).toBe(1);
		// Dated 2 March, the newest source 4 March.
		expect(fact.age).toMatchObject({ age: { amount: 2, unit: 'day' }, newest: { id: 'daily' } });
		expect(view.referenceGroups.map((group) => [group.source.id, group.references.map((reference) => reference.n)])).toEqual([['daily', [1, 2]]]);
		expect(buildSheetView(validSite(), 'ann-lee').roles[0]?.cited.map((reference) => reference.quote)).toEqual(['The mayor, Ann Lee']);
	});
});

