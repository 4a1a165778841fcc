/**
 * Bidirectional formatting controls (UAX #9, https://www.unicode.org/reports/tr9/):
 * the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069,
 * and the marks U+200E, U+200F and U+061C. They are invisible and change the
 * order in which the characters around them display, so a text holding one
 * can show a reader other words than those stored and checked (the "Trojan
 * Source" attack, CVE-2021-42574). One definition, read by the id schemas and
 * the verifier.
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** The embeddings, overrides and isolates only, without the marks (which right-to-left text may carry). */
export const BIDI_EMBEDDING_OR_ISOLATE = /[\u202A-\u202E\u2066-\u2069]/u;

/** The first character of `text` that `pattern` matches (a bidi control), with its offset in code points. */
export function findBidiControl(text: string, pattern: RegExp = BIDI_CONTROL): { character: string; index: number } | undefined {
	const characters = [...text];
	const index = characters.findIndex((character) => pattern.test(character));
	return index < 0 ? undefined : { character: characters[index] as string, index };
}

/** `U+202E` */
export function codePoint(character: string): string {
	return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A text for a message, with every bidi control written as `<U+202E>`, so that the message itself displays in order. */
export function showControls(text: string): string {
	return text.replace(new RegExp(BIDI_CONTROL.source, 'gu'), (character) => `<${codePoint(character)}>`);
}
