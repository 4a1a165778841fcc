import { describe, expect, it } from 'vitest';
import { normalise, normaliseWithOffsets, quoteParts } from '../../src/lib/text/normalise.ts';

describe('normalise', () => {
	it('collapses whitespace of every kind to one space', () => {
		expect(normalise('a \t\n\u00A0 b\u2009c')).toBe('a b c');
	});
	it('straightens typographic quotes and apostrophes', () => {
		expect(normalise('“Harbour’s” ‘rulers’ „x‟')).toBe(`"Harbour's" 'rulers' "x"`);
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

/** The implementation before char-code lookups (regular expressions per character), kept as the reference. */
function referenceNormaliseWithOffsets(original: string): { text: string; offsets: Int32Array } {
	const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
	const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
	const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/;
	const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/;
	const WHITESPACE = /\s/;
	const source = original.normalize('NFC');
	const out: string[] = [];
	const offsets: number[] = [];
	let pendingSpace = -1;
	for (let i = 0; i < source.length; i++) {
		const char = source[i] as string;
		if (INVISIBLE.test(char)) continue;
		if (WHITESPACE.test(char)) {
			if (pendingSpace < 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0) {
			if (out.length > 0) {
				out.push(' ');
				offsets.push(pendingSpace);
			}
			pendingSpace = -1;
		}
		if (char === '\u2026') {
			out.push('...');
			offsets.push(i, i, i);
			continue;
		}
		out.push(SINGLE_QUOTES.test(char) ? "'" : DOUBLE_QUOTES.test(char) ? '"' : DASHES.test(char) ? '-' : char);
		offsets.push(i);
	}
	offsets.push(source.length);
	return { text: out.join(''), offsets: Int32Array.from(offsets) };
}

describe('normaliseWithOffsets and normalise against the reference implementation', () => {
	const same = (text: string) => {
		const expected = referenceNormaliseWithOffsets(text);
		expect(normaliseWithOffsets(text)).toStrictEqual(expected);
		// `normalise` has a loop of its own, without offsets: it must give the same text.
		expect(normalise(text)).toBe(expected.text);
	};

	it.each([
		['empty', ''],
		['whitespace only', ' \t\r\n\u00A0\u3000 '],
		['leading and trailing whitespace', '  \u2003word\u2009\u2028 '],
		['typographic quotes and primes', '„Harbour’s“ «rulers» ‘x’ ‚y‛ 5′ 6″ `z´'],
		['every dash', 'a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\uFE58i\uFE63j\uFF0Dk'],
		['every Unicode space', 'a\u1680b\u2000c\u2001d\u2002e\u2003f\u2004g\u2005h\u2006i\u2007j\u2008k\u2009l\u200Am\u202Fn\u205Fo\u3000p\u000Bq\u000Cr\u2029s'],
		['invisible characters between and inside words', 'in\u00ADvis\u200Bi\u200Cb\u200Dl\u2060e\uFEFF \u200B word'],
		['CRLF paragraphs', 'one line\r\nnext line\r\n\r\nnew paragraph\r\n'],
		['ellipses', '…start, middle … end…'],
		['ellipses among spaces and quotes', ' “… ” …—…'],
		['combining characters, composed by NFC', 'Cafe\u0301 de\u0301ja\u0300 vu, Ä = A\u0308'],
		['characters NFC expands', '\uFB2C \u0958 \u2126'],
		['astral characters', 'Emoji 😀👍🏽 and 👨‍👩‍👧 in “quotes”, 𝐁old 𝟙'],
		['lone surrogates', 'a\uD800 b\uDC00c'],
		['an ordinary sentence', 'At least 6,961 Deaths! (said “the council” — on 2 March…)'],
	])('gives the same text and offsets for %s', (_name, text) => same(text));

	it('classifies every code unit as the reference does, alone and between words', () => {
		let failures = 0;
		for (let code = 0; code < 0x10000; code++) {
			const char = String.fromCharCode(code);
			for (const text of [char, `a${char}b`, ` ${char} `]) {
				const actual = normaliseWithOffsets(text);
				const expected = referenceNormaliseWithOffsets(text);
				if (actual.text !== expected.text || actual.offsets.join() !== expected.offsets.join() || normalise(text) !== expected.text) failures++;
			}
		}
		expect(failures).toBe(0);
	});

	it('gives the same result on random mixes of the characters it treats specially', () => {
		const alphabet = [...'ab1 .,\t\n\r\u00A0\u2009\u2018\u2019\u201C\u201D\u2014\u2013\u2026\u00AD\u200B\uFEFF`\u00B4e\u0301😀'];
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
		for (let run = 0; run < 2000; run++) {
			const length = Math.floor(random() * 30);
			same(Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
		}
	});
});
