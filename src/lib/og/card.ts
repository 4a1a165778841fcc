/**
 * The social-media preview card of a page (OpenGraph image, 1200×630): a kind
 * label, the name, the one-line description and a footer, in the site's light
 * theme. This module lays the card out: where each line of text goes and in
 * which font, given a way to measure text. Drawing it is rasterise.ts's job,
 * and the measuring is the canvas's there; the tests measure with a stand-in.
 */
export interface CardText {
	/** Small capitals above the title: the sheet's kind. */
	readonly eyebrow: string;
	readonly title: string;
	readonly description: string;
	/** The site's name and what the page holds ("12 cited facts from 2 sources"). */
	readonly footer: string;
	/** `rtl` for a site written right to left: every line then starts at the right edge. Left to right when left out. */
	readonly direction?: 'rtl' | undefined;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * The font families the card draws with, as registered with the canvas
 * (fonts.ts). Each is two files, Latin and Latin Extended (@fontsource splits
 * them), registered as two families: the second is a fallback the canvas uses
 * for the letters the first lacks (Ş, Ł, Đ…).
 */
export const CARD_FONTS = {
	serif: ['Fact Sheets Serif', 'Fact Sheets Serif Ext'],
	sans: ['Fact Sheets Sans', 'Fact Sheets Sans Ext'],
} as const;

/** One style of text on the card. `lineHeight` is a multiple of the size; none means the font's own (ascent plus descent). */
export interface CardTextStyle {
	readonly family: keyof typeof CARD_FONTS;
	readonly weight: 400 | 600;
	readonly size: number;
	readonly lineHeight?: number;
	readonly letterSpacing?: number;
	readonly colour: string;
}

const COLOURS = { text: '#1d1d1f', muted: '#5a5a60', background: '#fdfcf9', rule: '#dcd8cf', accent: '#8a3b12' } as const;

/**
 * Everything the card's look depends on besides the layout code itself. The
 * card cache hashes it (card-cache.ts), so changing a colour or a size
 * renders every card again.
 */
export const CARD_DESIGN = {
	background: COLOURS.background,
	/** The accent band along the top edge. */
	accentRule: { height: 16, colour: COLOURS.accent },
	padding: { top: 72, side: 72, bottom: 48 },
	eyebrow: { family: 'sans', weight: 600, size: 26, letterSpacing: 3, colour: COLOURS.accent },
	title: { family: 'serif', weight: 600, lineHeight: 1.1, colour: COLOURS.text, marginTop: 14, maxLines: 3, maxLength: 90 },
	description: { family: 'sans', weight: 400, size: 32, lineHeight: 1.35, colour: COLOURS.muted, marginTop: 22, maxLength: 220 },
	/** The least space between the description and the footer's rule. */
	footerGap: 24,
	footer: { family: 'sans', weight: 400, size: 26, colour: COLOURS.muted, rule: { height: 2, colour: COLOURS.rule }, paddingTop: 18 },
} as const;

/** Long names get a smaller size so that they fit in three lines. */
export function titleSize(title: string): number {
	if (title.length <= 24) return 84;
	if (title.length <= 48) return 68;
	return 56;
}

/** Cuts text at a word boundary before `max` characters, with an ellipsis. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${trimEnd(space > max / 2 ? cut.slice(0, space) : cut)}…`;
}

const trimEnd = (text: string) => text.replace(/[\s,;:.–—-]+$/, '');

/** The CSS font shorthand of a style, as a canvas reads it: `600 26px "A", "A Ext"`. */
export function cssFont(style: Pick<CardTextStyle, 'family' | 'weight' | 'size'>): string {
	return `${style.weight} ${style.size}px ${CARD_FONTS[style.family].map((family) => `"${family}"`).join(', ')}`;
}

/** What the layout needs to know of the fonts: each measured with the style's letter spacing. */
export interface TextMeasurer {
	/** The advance width of `text` in `style`. */
	width(text: string, style: CardTextStyle): number;
	/** The font's ascent and descent above and below the baseline (its line box when the line height is "normal"). */
	extent(style: CardTextStyle): { readonly ascent: number; readonly descent: number };
}

export interface CardRect {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly colour: string;
}

/** One line of text, drawn from `x` on the baseline `y`: starting there, or right to left, ending there. */
export interface CardLine {
	readonly text: string;
	readonly x: number;
	readonly direction: 'ltr' | 'rtl';
	readonly y: number;
	readonly style: CardTextStyle;
}

export interface CardLayout {
	readonly background: string;
	readonly rects: readonly CardRect[];
	readonly lines: readonly CardLine[];
}

/**
 * Breaks text into lines no wider than `width`, at spaces; a word wider than
 * a line on its own is broken between letters. Runs of spaces count as one.
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const joined = line ? `${line} ${word}` : word;
		if (measure(joined) <= width) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		// Only a word that overflows a line by itself is broken; the rest wrap whole.
		while (measure(line) > width) {
			const letters = Array.from(line);
			let fits = 1;
			while (fits < letters.length && measure(letters.slice(0, fits + 1).join('')) <= width) fits++;
			lines.push(letters.slice(0, fits).join(''));
			line = letters.slice(fits).join('');
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * At most `max` lines; when text is left over, the last line kept ends in an
 * ellipsis, losing words (or letters) until it fits.
 */
export function clampLines(lines: readonly string[], max: number, width: number, measure: (text: string) => number): string[] {
	if (lines.length <= max) return [...lines];
	const kept = lines.slice(0, Math.max(max, 0));
	if (kept.length === 0) return kept;
	let last = kept[kept.length - 1]!;
	const fits = (text: string) => measure(`${text}…`) <= width;
	while (last && !fits(trimEnd(last))) {
		const space = last.lastIndexOf(' ');
		last = space > 0 ? last.slice(0, space) : Array.from(last).slice(0, -1).join('');
	}
	kept[kept.length - 1] = `${trimEnd(last)}…`;
	return kept;
}

/**
 * Where everything on the card goes. From the top: the accent band, the
 * eyebrow, the title (at most three lines) and the description (as many lines
 * as fit above the footer); the footer sits on the bottom padding, one line
 * under a rule. Each text line's baseline is placed as CSS places it in its
 * line box: half the leading above the font's ascent.
 */
export function layoutCard(card: CardText, measure: TextMeasurer): CardLayout {
	const { padding, accentRule, eyebrow, title, description, footer, footerGap } = CARD_DESIGN;
	const width = CARD_WIDTH - 2 * padding.side;
	const direction = card.direction ?? 'ltr';
	// A right-to-left line is drawn leftwards from the right edge (rasterise.ts aligns it so).
	const x = padding.side;
	const start = direction === 'rtl' ? CARD_WIDTH - padding.side : x;
	const lines: CardLine[] = [];
	let y: number = padding.top;

	/** Adds lines of one style from `y` down, and returns where they end. */
	const place = (texts: readonly string[], style: CardTextStyle, top: number): number => {
		const { ascent, descent } = measure.extent(style);
		const lineHeight = style.lineHeight === undefined ? ascent + descent : style.size * style.lineHeight;
		const baseline = (lineHeight - (ascent + descent)) / 2 + ascent;
		texts.forEach((text, index) => lines.push({ text, x: start, direction, y: top + index * lineHeight + baseline, style }));
		return top + texts.length * lineHeight;
	};
	const measurer = (style: CardTextStyle) => (text: string) => measure.width(text, style);
	const fitted = (text: string, style: CardTextStyle, maxLines: number) =>
		clampLines(wrapText(text, width, measurer(style)), maxLines, width, measurer(style));

	const footerStyle: CardTextStyle = footer;
	const footerExtent = measure.extent(footerStyle);
	const footerText = CARD_HEIGHT - padding.bottom - (footerExtent.ascent + footerExtent.descent);
	const footerRule = footerText - footer.paddingTop - footer.rule.height;

	y = place([card.eyebrow.toUpperCase()], eyebrow, y);
	const titleStyle: CardTextStyle = { ...title, size: titleSize(card.title) };
	y = place(fitted(truncate(card.title, title.maxLength), titleStyle, title.maxLines), titleStyle, y + title.marginTop);
	const descriptionTop = y + description.marginTop;
	const room = Math.floor((footerRule - footerGap - descriptionTop) / (description.size * description.lineHeight));
	place(fitted(truncate(card.description, description.maxLength), description, room), description, descriptionTop);
	place(fitted(card.footer, footerStyle, 1), footerStyle, footerText);

	return {
		background: CARD_DESIGN.background,
		rects: [
			{ x: 0, y: 0, width: CARD_WIDTH, height: accentRule.height, colour: accentRule.colour },
			{ x, y: footerRule, width, height: footer.rule.height, colour: footer.rule.colour },
		],
		lines,
	};
}
