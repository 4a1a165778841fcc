import { describe, expect, it } from 'vitest';
import { inOneParagraph, paragraphAt, paragraphText } from '../../src/lib/text/paragraphs.ts';

const TEXT = 'First line here.\nSecond para, two sentences. Yes.\n\nThird after a blank line.';

describe('paragraphs of a stored text', () => {
	it('finds the line an offset stands in', () => {
		expect(paragraphText(TEXT, 0)).toBe('First line here.');
		expect(paragraphText(TEXT, TEXT.indexOf('two'))).toBe('Second para, two sentences. Yes.');
		expect(paragraphText(TEXT, TEXT.indexOf('Third'))).toBe('Third after a blank line.');
		expect(paragraphAt(TEXT, TEXT.length)).toEqual({ start: TEXT.indexOf('Third'), end: TEXT.length });
	});
	it('tells whether a span crosses a line break', () => {
		expect(inOneParagraph(TEXT, TEXT.indexOf('Second'), TEXT.indexOf('Yes.') + 4)).toBe(true);
		expect(inOneParagraph(TEXT, 0, TEXT.indexOf('two'))).toBe(false);
	});
});
