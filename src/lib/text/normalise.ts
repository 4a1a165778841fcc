/**
 * Normalisation for quote matching. A curator copies words from an article;
 * the copy may differ from the stored text only in ways that carry no
 * meaning: runs of whitespace, typographic versus straight quotes and
 * apostrophes, the kind of dash, and invisible characters. Letters, digits,
 * case and punctuation otherwise stay as they are: a quote is verbatim.
 */

/** What a UTF-16 code unit becomes; every one not listed is kept. */
const KEEP = 0;
const DROP = 1;
const SPACE = 2;
const SINGLE_QUOTE = 3;
const DOUBLE_QUOTE = 4;
const DASH = 5;
const ELLIPSIS = 6;
/** The text written for each kind above `SPACE`. */
const REPLACEMENTS = ['', '', ' ', "'", '"', '-', '...'];

/** The kind of every UTF-16 code unit, looked up by its code: one array read per character. */
const KINDS = new Uint8Array(0x10000);
const mark = (kind: number, codes: readonly number[]) => {
	for (const code of codes) KINDS[code] = kind;
};
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
// JavaScript's `\s`: ASCII whitespace, line and paragraph separators, and Unicode's space separators (Zs).
mark(SPACE, [...range(0x09, 0x0d), 0x20, 0xa0, 0x1680, ...range(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
// Soft hyphen, zero-width space, non-joiner and joiner, word joiner, byte-order mark (which `\s` also matches).
mark(DROP, [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
mark(SINGLE_QUOTE, [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60, 0xb4]);
mark(DOUBLE_QUOTE, [...range(0x201c, 0x201f), 0x2033, 0xab, 0xbb]);
mark(DASH, [...range(0x2010, 0x2015), 0x2212, 0xfe58, 0xfe63, 0xff0d]);
mark(ELLIPSIS, [0x2026]);

/** A normalised text and, for each of its characters, the offset it came from. */
export interface NormalisedText {
	readonly text: string;
	/** `offsets[i]` is the offset in the original of normalised character `i`; `offsets[text.length]` is the original length. */
	readonly offsets: Int32Array;
}

/**
 * Normalises `original`, remembering where each character came from. Runs of
 * kept characters are copied whole; the text is read one code unit at a time,
 * so astral characters pass through as their two surrogates.
 */
export function normaliseWithOffsets(original: string): NormalisedText {
	const source = original.normalize('NFC');
	// NFC can change lengths; offsets then refer to the NFC form, which is what
	// every caller reads back from (`SourceText` keeps the NFC text).
	const offsets = new Int32Array(source.length + 2 * ellipsesIn(source) + 1);
	const parts: string[] = [];
	let length = 0;
	let pendingSpace = -1;
	let runStart = -1;
	for (let i = 0; i < source.length; i++) {
		const kind = KINDS[source.charCodeAt(i)] as number;
		if (kind === KEEP && runStart >= 0) continue;
		if (runStart >= 0) {
			parts.push(source.slice(runStart, i));
			for (let j = runStart; j < i; j++) offsets[length++] = j;
			runStart = -1;
		}
		if (kind === DROP) continue;
		if (kind === SPACE) {
			if (pendingSpace < 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0) {
			// Whitespace becomes one space between words, none before the first.
			if (length > 0) {
				parts.push(' ');
				offsets[length++] = pendingSpace;
			}
			pendingSpace = -1;
		}
		if (kind === KEEP) {
			runStart = i;
			continue;
		}
		const replacement = REPLACEMENTS[kind] as string;
		parts.push(replacement);
		for (let k = 0; k < replacement.length; k++) offsets[length++] = i;
	}
	if (runStart >= 0) {
		parts.push(source.slice(runStart));
		for (let j = runStart; j < source.length; j++) offsets[length++] = j;
	}
	offsets[length] = source.length;
	return { text: parts.join(''), offsets: offsets.slice(0, length + 1) };
}

function ellipsesIn(text: string): number {
	let count = 0;
	for (let at = text.indexOf('\u2026'); at >= 0; at = text.indexOf('\u2026', at + 1)) count++;
	return count;
}

/**
 * Normalises a text whose offsets are not needed (a quote): the same text as
 * `normaliseWithOffsets`, without the offsets' array. Pages normalise every
 * citation's quote to number their references, hundreds of thousands of
 * short strings at scale, where that array was most of the cost.
 */
export function normalise(original: string): string {
	const source = original.normalize('NFC');
	let text = '';
	let pendingSpace = false;
	let runStart = -1;
	for (let i = 0; i < source.length; i++) {
		const kind = KINDS[source.charCodeAt(i)] as number;
		if (kind === KEEP && runStart >= 0) continue;
		if (runStart >= 0) {
			text += source.slice(runStart, i);
			runStart = -1;
		}
		if (kind === DROP) continue;
		if (kind === SPACE) {
			pendingSpace = true;
			continue;
		}
		// Whitespace becomes one space between words, none before the first.
		if (pendingSpace && text.length > 0) text += ' ';
		pendingSpace = false;
		if (kind === KEEP) runStart = i;
		else text += REPLACEMENTS[kind] as string;
	}
	return runStart >= 0 ? text + source.slice(runStart) : text;
}

/**
 * Splits a quote into the parts an ellipsis joins: `...`, `…`, `[...]` or
 * `[…]`. Empty parts (a quote that opens or closes with an ellipsis) are
 * dropped.
 */
export function quoteParts(quote: string): string[] {
	return normalise(quote)
		.split(/\s*(?:\[\s*\.\.\.\s*\]|\.\.\.)\s*/)
		.map((part) => part.trim())
		.filter((part) => part.length > 0);
}
