/** The preview card's layout (card.ts), measured with a stand-in for the canvas, and the fonts the canvas draws it with. */
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CARD_DESIGN, CARD_FONTS, CARD_HEIGHT, CARD_WIDTH, clampLines, cssFont, layoutCard, titleSize, wrapText, type CardText, type TextMeasurer } from '../../src/lib/og/card.ts';
import { registerFonts } from '../../src/lib/og/fonts.ts';

/** Every letter as wide as half the font size, plus the letter spacing: easy to count. */
const monospace: TextMeasurer = {
	width: (text, style) => Array.from(text).length * (style.size / 2 + (style.letterSpacing ?? 0)),
	extent: (style) => ({ ascent: style.size * 0.9, descent: style.size * 0.3 }),
};
const chars = (count: number) => (text: string) => Array.from(text).length * (100 / count);

const card = (overrides: Partial<CardText> = {}): CardText => ({
	eyebrow: 'Person',
	title: 'Jane Doe',
	description: 'A spokesperson quoted in both articles.',
	footer: 'Fact sheets · 3 cited facts from 2 sources',
	...overrides,
});
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('wrapping text', () => {
	it('breaks at spaces into lines no wider than the width', () => {
		// Ten letters to a line.
		expect(wrapText('one two three four five', 100, chars(10))).toEqual(['one two', 'three four', 'five']);
		expect(wrapText('  spaced   out  ', 100, chars(10))).toEqual(['spaced out']);
		expect(wrapText('', 100, chars(10))).toEqual([]);
	});

	it('breaks a word longer than a line between its letters', () => {
		expect(wrapText('a Mohammadbagherzadeh b', 100, chars(10))).toEqual(['a', 'Mohammadba', 'gherzadeh', 'b']);
	});

	it('keeps at most the lines asked for, the last ending in an ellipsis that fits', () => {
		const lines = wrapText('one two three four five six', 100, chars(10));
		expect(clampLines(lines, 2, 100, chars(10))).toEqual(['one two', 'three…']);
		expect(clampLines(lines, 9, 100, chars(10))).toEqual(lines);
		expect(clampLines(['abcdefghij', 'k'], 1, 100, chars(10))).toEqual(['abcdefghi…']);
		expect(clampLines(lines, 0, 100, chars(10))).toEqual([]);
	});
});

describe('the card layout', () => {
	const { padding } = CARD_DESIGN;
	const inside = (layout: ReturnType<typeof layoutCard>) =>
		layout.lines.every((line) => line.x === padding.side && monospace.width(line.text, line.style) <= CARD_WIDTH - 2 * padding.side);

	it('stacks the eyebrow in capitals, the title and the description from the top, and the footer on the bottom padding', () => {
		const layout = layoutCard(card(), monospace);
		expect(layout.lines.map((line) => line.text)).toEqual(['PERSON', 'Jane Doe', 'A spokesperson quoted in both articles.', 'Fact sheets · 3 cited facts from 2 sources']);
		const [eyebrow, title, description, footer] = layout.lines;
		// The eyebrow's line box starts on the top padding; its baseline is the font's ascent below.
		expect(eyebrow!.y).toBeCloseTo(padding.top + CARD_DESIGN.eyebrow.size * 0.9);
		expect(title!.style.size).toBe(titleSize('Jane Doe'));
		expect(title!.y).toBeGreaterThan(eyebrow!.y);
		expect(description!.y).toBeGreaterThan(title!.y);
		// The footer's descent ends on the bottom padding, under its rule.
		expect(footer!.y + CARD_DESIGN.footer.size * 0.3).toBeCloseTo(CARD_HEIGHT - padding.bottom);
		const rule = layout.rects[1]!;
		expect(rule.y + rule.height).toBeCloseTo(footer!.y - CARD_DESIGN.footer.size * 0.9 - CARD_DESIGN.footer.paddingTop);
		expect(layout.rects[0]).toMatchObject({ x: 0, y: 0, width: CARD_WIDTH, height: CARD_DESIGN.accentRule.height });
		expect(inside(layout)).toBe(true);
	});

	it('centres each line of a title in its line height', () => {
		const layout = layoutCard(card({ title: words(12) }), monospace);
		const titles = layout.lines.filter((line) => line.style.family === 'serif');
		const size = titleSize(words(12));
		expect(titles.length).toBeGreaterThan(1);
		expect(titles[1]!.y - titles[0]!.y).toBeCloseTo(size * CARD_DESIGN.title.lineHeight);
	});

	it('keeps a long title to three lines and the description above the footer, with ellipses', () => {
		const layout = layoutCard(card({ title: words(40), description: words(80) }), monospace);
		const titles = layout.lines.filter((line) => line.style.family === 'serif');
		expect(titles.length).toBe(CARD_DESIGN.title.maxLines);
		const descriptions = layout.lines.filter((line) => line.style === CARD_DESIGN.description);
		expect(descriptions.at(-1)!.text).toMatch(/…$/);
		const rule = layout.rects[1]!;
		const lastBottom = descriptions.at(-1)!.y + CARD_DESIGN.description.size * 0.3;
		expect(lastBottom).toBeLessThanOrEqual(rule.y - CARD_DESIGN.footerGap);
		expect(inside(layout)).toBe(true);
	});

	it('shortens a footer too long for one line', () => {
		const layout = layoutCard(card({ footer: words(60) }), monospace);
		const footers = layout.lines.filter((line) => line.style === CARD_DESIGN.footer);
		expect(footers).toHaveLength(1);
		expect(footers[0]!.text).toMatch(/…$/);
	});

	it('gives long names a smaller size', () => {
		expect(titleSize('Acme')).toBeGreaterThan(titleSize('Harbour Authority Coastal Flood Defence Intelligence Organization'));
	});
});

describe('the card fonts', () => {
	registerFonts();
	const context = createCanvas(10, 10).getContext('2d');
	const width = (text: string, font: string) => {
		context.font = font;
		return context.measureText(text).width;
	};

	it('are the project\'s own, at the weights the card uses', () => {
		const style = { family: 'sans', weight: 600, size: 40 } as const;
		// A family the canvas does not know falls back to another font, of other widths.
		expect(width('Jane Doe', cssFont(style))).not.toBeCloseTo(width('Jane Doe', '600 40px "No Such Family"'));
		expect(width('Jane Doe', cssFont(style))).not.toBeCloseTo(width('Jane Doe', cssFont({ ...style, weight: 400 })));
	});

	it('draw Latin Extended letters from the second family of each pair', () => {
		for (const family of ['sans', 'serif'] as const) {
			const font = cssFont({ family, weight: 600, size: 40 });
			const extended = `600 40px "${CARD_FONTS[family][1]}"`;
			expect(width('ŞŁĐ', font), family).toBeCloseTo(width('ŞŁĐ', extended));
			expect(width('ŞŁĐ', font), family).not.toBeCloseTo(width('ŞŁĐ', `600 40px "${CARD_FONTS[family][0]}"`));
		}
	});
});
