import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithOffsets, quoteParts } from '../../src/lib/text/normalise.ts';

describe('normalise', () => {
	it('collapses whitespace of every kind to one space', () => {
		expect(normalise('a \t\n\u00A0 b\u2009c')).toBe('a b c');
	});
	it('straightens typographic quotes and apostrophes', () => {
		expect(normalise('“Iran’s” ‘rulers’ „x‟')).toBe(`"Iran's" 'rulers' "x"`);
	});
	it('turns every dash into a hyphen', () => {
		expect(normalise('a – b — c ‒ d − e')).toBe('a - b - c - d - e');
	});
	it('drops invisible characters and expands the ellipsis character', () => {
		expect(normalise('in\u00ADvis\u200Bible…')).toBe('invisible...');
	});
	it('keeps case, digits and other punctuation', () => {
		expect(normalise('At least 6,961 Deaths!')).toBe('At least 6,961 Deaths!');
	});
	it('remembers where each character came from', () => {
		const { text, offsets } = normaliseWithOffsets('a  “b”');
		expect(text).toBe('a "b"');
		expect([...offsets]).toEqual([0, 1, 3, 4, 5, 6]);
	});
});

describe('quoteParts', () => {
	it('splits on every form of ellipsis, in order', () => {
		expect(quoteParts('one ... two … three [...] four […] five')).toEqual(['one', 'two', 'three', 'four', 'five']);
	});
	it('drops empty parts at the ends', () => {
		expect(quoteParts('... said it had verified ...')).toEqual(['said it had verified']);
	});
	it('returns nothing for a quote of ellipses only', () => {
		expect(quoteParts(' … ')).toEqual([]);
	});
});
