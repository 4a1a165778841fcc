/**
 * Text that looks like other text. Two names are confusable when a reader
 * could not tell them apart on the page: "Ali Doe" in Latin letters and
 * "Аli Doe" with a Cyrillic А (U+0410).
 *
 * Confusability is Unicode's own definition (UTS #39, Unicode Security
 * Mechanisms, section 4, https://www.unicode.org/reports/tr39/#Confusable_Detection):
 * X and Y are confusable when skeleton(X) = skeleton(Y), where
 * skeleton(X) = NFD(map(NFD(X))) and `map` replaces each character by its
 * prototype in confusables.txt. The table comes from the `unhomoglyph`
 * package (confusables.txt 13.0.0 as a JSON map, applied one code point at a
 * time); the package does only the mapping, so the two NFD steps are here.
 * Character names in messages come from the `unicode-name` package.
 */
import { createRequire } from 'node:module';
import unhomoglyph from 'unhomoglyph';
import { codePoint } from './bidi.ts';

/** The UTS #39 skeleton of a text: not for display, only for comparing. */
export function skeleton(text: string): string {
	return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/** Case, accents and what stands between words fold away: "Jeyrani", "jeyrani " and "Jéyrani" are one name. */
export function foldName(name: string): string {
	return withoutCaseOrAccents(name)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

const withoutCaseOrAccents = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The keys a name is compared by: two names that share one look alike. The
 * skeleton is case-sensitive (uppercase I maps to lowercase l, so "ALI" and
 * "Ali" have different skeletons), so a name gets two keys: the skeleton of
 * its case-folded form, which finds case variants and lowercase look-alikes
 * (Cyrillic а, U+0430), and the case-folded skeleton of the name as written,
 * which finds uppercase look-alikes (Cyrillic Н, U+041D, for H; I for l).
 */
export function lookAlikeKeys(name: string): string[] {
	const keys = [foldName(skeleton(withoutCaseOrAccents(name))), foldName(skeleton(name))];
	return keys[0] === keys[1] ? [keys[0] as string] : keys;
}

/**
 * The characters of `name` that `other` does not have (case and accents
 * aside): where two look-alike names differ, e.g. the Cyrillic А of "Аli Doe"
 * beside "Ali Doe". Each character once, in order of appearance.
 */
export function differingCharacters(name: string, other: string): string[] {
	const theirs = new Set(withoutCaseOrAccents(other));
	const differing = new Set<string>();
	for (const character of name) {
		if (/[\s\p{M}]/u.test(character)) continue;
		if (![...withoutCaseOrAccents(character)].every((folded) => theirs.has(folded))) differing.add(character);
	}
	return [...differing];
}

/** True when a name has no letter and no digit: only emoji, punctuation, symbols or spaces. */
export function hasNoLetters(name: string): boolean {
	return !/[\p{L}\p{N}]/u.test(name);
}

/**
 * `U+0410 CYRILLIC CAPITAL LETTER A`. The name table (1.6 MB of data) is read
 * only when a message needs a name, so that checking valid content never
 * pays for loading it.
 */
export function describeCharacter(character: string): string {
	names ??= (createRequire(import.meta.url)('unicode-name') as UnicodeNames).unicodeReadableName;
	const name = names(character);
	return name ? `${codePoint(character)} ${name}` : codePoint(character);
}

type UnicodeNames = { unicodeReadableName: (character: string) => string | undefined };
let names: UnicodeNames['unicodeReadableName'] | undefined;
