import { z } from 'zod';
import { didYouMean } from '../suggest.ts';
import { en } from './en.ts';
import { builtInDictionary, placeholdersOf, UI_KEYS, type Message, type UiKey } from './dictionary.ts';

const form = z.string().min(1, { message: 'it is empty' });

/** One string of the options' `strings`: text, or plural forms (`other` required; `zero`, `one`, `two`, `few`, `many` as the language needs). */
const messageSchema: z.ZodType<Message> = z.union([
	form,
	z.strictObject({ zero: form.optional(), one: form.optional(), two: form.optional(), few: form.optional(), many: form.optional(), other: form }),
]);

const known = new Set<string>(UI_KEYS);

/**
 * The options' `strings`: interface strings replacing the built-in ones, by
 * key. A key must be one of the dictionary's (src/lib/i18n/en.ts), and a
 * string may use only the placeholders the key's English string fills in.
 */
export const uiStringsSchema = z
	.record(z.string(), messageSchema)
	.superRefine((strings, context) => {
		for (const [key, message] of Object.entries(strings)) {
			if (!known.has(key)) {
				context.addIssue({
					code: 'custom',
					path: [key],
					message: `the dictionary has no interface string by this key.${didYouMean(key, UI_KEYS)} src/lib/i18n/en.ts lists the keys`,
				});
				continue;
			}
			const allowed = placeholdersOf(en[key as UiKey]);
			const unknown = placeholdersOf(message).filter((name) => !allowed.includes(name));
			if (unknown.length > 0) {
				context.addIssue({
					code: 'custom',
					path: [key],
					message: `it uses ${unknown.map((name) => `{${name}}`).join(', ')}, which this string does not fill in (it fills in: ${allowed.map((name) => `{${name}}`).join(', ') || 'nothing'})`,
				});
			}
		}
	})
	.transform((strings) => strings as Partial<Record<UiKey, Message>>);

/**
 * A language without a built-in interface (en and fr are built in) must give
 * every string in `strings`: a page half in one language and half in another
 * would be a silent fallback. Reports the missing keys, all of them.
 */
export function checkLanguageStrings(options: { readonly language: string; readonly strings: Readonly<Record<string, unknown>> }, context: z.RefinementCtx): void {
	let builtIn;
	try {
		builtIn = builtInDictionary(options.language);
	} catch {
		return; // Not a language tag: the `language` option reports it.
	}
	if (builtIn) return;
	const missing = UI_KEYS.filter((key) => options.strings[key] === undefined);
	if (missing.length === 0) return;
	context.addIssue({
		code: 'custom',
		path: ['strings'],
		message: `the language "${options.language}" has no built-in interface (built in: en, fr), so \`strings\` must give every interface string; ${missing.length} of ${UI_KEYS.length} are missing: ${missing.join(', ')}`,
	});
}
