/**
 * The social-media preview card of a page (OpenGraph image, 1200×630), as
 * the element tree satori lays out: a kind label, the name, the one-line
 * description and a footer. Colours are the site's light theme.
 */
export interface CardText {
	/** Small capitals above the title: the sheet's kind. */
	readonly eyebrow: string;
	readonly title: string;
	readonly description: string;
	/** The site's name and what the page holds ("12 cited facts from 2 sources"). */
	readonly footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONTS = { serif: 'Source Serif 4', sans: 'Inter' } as const;

const COLOURS = { text: '#1d1d1f', muted: '#5a5a60', background: '#fdfcf9', rule: '#dcd8cf', accent: '#8a3b12' } as const;

/** The minimal element shape satori reads (it takes React elements, or objects like them). */
export interface CardElement {
	readonly type: 'div';
	readonly props: { readonly style: Record<string, string | number>; readonly children?: string | readonly (CardElement | string)[] };
}

const div = (style: Record<string, string | number>, children?: string | readonly (CardElement | string)[]): CardElement => ({
	type: 'div',
	props: children === undefined ? { style } : { style, children },
});

/**
 * A filled band along the top of its parent. The card's two rules are drawn
 * as bands, not as CSS borders: satori turns a border into a stroke under
 * three nested clip paths, which cost resvg 2 of its 8 ms per card, and a
 * band is one rectangle. The pixels are the same.
 */
const band = (height: number, colour: string): CardElement =>
	div({ position: 'absolute', top: 0, left: 0, right: 0, height, background: colour });

const ACCENT_RULE = 16;
const FOOTER_RULE = 2;

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
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export function cardElement(card: CardText): CardElement {
	return div(
		{
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: `${ACCENT_RULE + 56}px 72px 48px`,
			background: COLOURS.background,
			color: COLOURS.text,
		},
		[
			band(ACCENT_RULE, COLOURS.accent),
			div({ display: 'flex', flexDirection: 'column' }, [
				div(
					{ fontFamily: CARD_FONTS.sans, fontWeight: 600, fontSize: 26, letterSpacing: 3, textTransform: 'uppercase', color: COLOURS.accent },
					card.eyebrow,
				),
				div(
					{ fontFamily: CARD_FONTS.serif, fontWeight: 600, fontSize: titleSize(card.title), lineHeight: 1.1, marginTop: 14 },
					truncate(card.title, 90),
				),
				div(
					{ fontFamily: CARD_FONTS.sans, fontSize: 32, lineHeight: 1.35, marginTop: 22, color: COLOURS.muted },
					truncate(card.description, 220),
				),
			]),
			div(
				{
					display: 'flex',
					fontFamily: CARD_FONTS.sans,
					fontSize: 26,
					color: COLOURS.muted,
					position: 'relative',
					paddingTop: FOOTER_RULE + 18,
				},
				[band(FOOTER_RULE, COLOURS.rule), card.footer],
			),
		],
	);
}
