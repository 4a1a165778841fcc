import { describe, expect, it } from 'vitest';
import { ArticleSpanError, SourceText } from '../../src/lib/text/source-text.ts';
import { closestPassage } from '../../src/lib/text/closest.ts';
import { ARTICLE } from '../helpers/project.ts';

const span = { start: 'Headline about the council', end: 'since 2020.' };

describe('SourceText.find', () => {
	const text = new SourceText(ARTICLE, span);

	it('finds a quote despite straight quotes, hyphens and spacing', () => {
		const found = text.find('said the "bridge will reopen in May" - after   repairs.');
		const original = 'said the “bridge will reopen in May” — after repairs.';
		const start = ARTICLE.indexOf(original);
		expect(found).toEqual({ status: 'found', parts: [{ start, end: start + original.length, text: original }] });
	});

	it('finds parts joined by an ellipsis only in order', () => {
		expect(text.find('The council counted ... as of 2 March.').status).toBe('found');
		expect(text.find('as of 2 March. ... The council counted').status).toBe('out-of-order');
	});

	it('is case-sensitive: a quote is verbatim', () => {
		expect(text.find('the council counted').status).toBe('not-found');
	});

	it('reports the closest passage of the article when a quote is not found', () => {
		expect(text.find('The council counted at least 313 complaints')).toMatchObject({
			status: 'not-found',
			closest: 'The council counted at least 312 complaints',
		});
	});

	it('refuses quotes from the page around the article', () => {
		expect(text.find('a cat was rescued')).toEqual({ status: 'outside-article', closest: undefined });
		expect(text.find('Menu | Home').status).toBe('outside-article');
	});

	it('finds short quotes below the index gram size', () => {
		expect(text.find('May').status).toBe('found');
		expect(text.find('Sport').status).toBe('outside-article');
	});

	it('answers a repeated quote from its memory, with the same result', () => {
		const quote = 'The council counted at least 312 complaints';
		expect(text.find(quote)).toBe(text.find(quote));
	});

	it('treats a quote of ellipses only as empty', () => {
		expect(text.find('...')).toEqual({ status: 'empty' });
	});

	it('accepts a whole text as the article when no span is declared', () => {
		expect(new SourceText(ARTICLE).find('a cat was rescued').status).toBe('found');
	});

	it('takes the earliest match of each part so later parts can still match', () => {
		const repeated = new SourceText('alpha beta gamma alpha delta');
		expect(repeated.find('alpha ... alpha delta').status).toBe('found');
		expect(repeated.find('gamma ... beta').status).toBe('out-of-order');
		expect(repeated.find('gamma ... epsilon').status).toBe('not-found');
	});
});

describe('article span', () => {
	it('fails when the start words are not in the text', () => {
		expect(() => new SourceText(ARTICLE, { start: 'No such headline', end: 'since 2020.' })).toThrow(ArticleSpanError);
		try {
			new SourceText(ARTICLE, { start: 'Headline about the council', end: 'nowhere' });
		} catch (error) {
			expect(error).toMatchObject({ which: 'end', marker: 'nowhere' });
		}
	});
});

describe('closestPassage', () => {
	it('returns the window sharing most words, ignoring case and punctuation', () => {
		expect(closestPassage('one two three four five six', 'Three, FOUR five!')).toBe('three four five');
	});
	it('returns undefined when no word is shared', () => {
		expect(closestPassage('one two three', 'zebra')).toBeUndefined();
	});
});
