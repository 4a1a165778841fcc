import { escapeHtml } from '../seo/head-tags.ts';
import { builtInDictionary, type Message, type PluralMessage, type UiKey, type Vars } from './dictionary.ts';
import { createFormats, openGraphLocale, textDirection, type Formats } from './format.ts';

/** What the interface is made from: the site options `language` and `strings` (already validated, see options.ts). */
export interface UiOptions {
	/** A BCP 47 language tag: `en`, `en-GB`, `fr`, `fa`. */
	readonly language: string;
	/** Strings replacing the built-in ones, by key; for a language with no built-in dictionary, every key. */
	readonly strings?: Readonly<Partial<Record<UiKey, Message>>>;
}

/** A value for a placeholder: text (escaped by `html`), a number (formatted for the language), or HTML given as such. */
export type VarValue = string | number | { readonly html: string };

type Args<K extends UiKey, V> = [Vars<K>] extends [never] ? [] : [Readonly<Record<Vars<K>, V>>];

/** The site's interface in its language: its strings, its formats and its direction. */
export interface Ui {
	readonly language: string;
	readonly dir: 'ltr' | 'rtl';
	/** `og:locale`: `en_GB`, `fr_FR`. */
	readonly openGraphLocale: string;
	readonly format: Formats;
	/** A UI string as text, its placeholders filled in; a plural message chooses its form by `count`. */
	t<K extends UiKey>(key: K, ...vars: Args<K, string | number>): string;
	/** `lang` for text in another language than the site's (a source's words), else undefined: nothing to mark. */
	langOf(tag: string): string | undefined;
	/** The same as HTML: the message and text values escaped, `{ html }` values kept as they are. */
	html<K extends UiKey>(key: K, ...vars: Args<K, VarValue>): string;
}

/**
 * Builds the interface for a language. A language with a built-in dictionary
 * (en, fr: by its primary subtag, so `fr-CA` uses fr) takes its strings from
 * it, overridden by `strings`; any other must give every string in `strings`
 * (the options schema refuses it otherwise, listing what is missing).
 */
export function createUi({ language, strings = {} }: UiOptions): Ui {
	const builtIn = builtInDictionary(language);
	const plurals = new Intl.PluralRules(language);
	const format = createFormats(language);
	// Once, not per call: langOf runs for every quote a page shows (an Intl.Locale a call was ~2 s of a 1,000-sheet build).
	const primaryLanguage = new Intl.Locale(language).language;
	const messageOf = (key: UiKey): Message => {
		const message = strings[key] ?? builtIn?.[key];
		if (message === undefined) throw new Error(`The UI string "${key}" is not given for the language "${language}": add it to the options' \`strings\`.`);
		return message;
	};
	const formOf = (key: UiKey, vars: Readonly<Record<string, unknown>>): string => {
		const message = messageOf(key);
		if (typeof message === 'string') return message;
		const count = vars.count;
		if (typeof count !== 'number') throw new Error(`The UI string "${key}" has plural forms and needs a numeric \`count\`.`);
		return (message as PluralMessage)[plurals.select(count)] ?? message.other;
	};
	const fill = (key: UiKey, vars: Readonly<Record<string, VarValue>>, asHtml: boolean): string =>
		formOf(key, vars)
			.split(/(\{\w+\})/)
			.map((part, i) => {
				if (i % 2 === 0) return asHtml ? escapeHtml(part) : part;
				const value = vars[part.slice(1, -1)];
				if (value === undefined) throw new Error(`The UI string "${key}" needs a value for ${part}.`);
				if (typeof value === 'number') return format.number(value);
				if (typeof value === 'string') return asHtml ? escapeHtml(value) : value;
				return asHtml ? value.html : value.html.replace(/<[^>]*>/g, '');
			})
			.join('');
	return {
		language,
		dir: textDirection(language),
		openGraphLocale: openGraphLocale(language),
		format,
		langOf: (tag) => (tag.split('-')[0]?.toLowerCase() === primaryLanguage ? undefined : tag),
		t: (key, ...vars) => fill(key, vars[0] ?? {}, false),
		html: (key, ...vars) => fill(key, vars[0] ?? {}, true),
	};
}

/** A link as HTML, for a placeholder of `ui.html`: `{ html: linkHtml(href, text) }`. */
export function linkHtml(href: string, text: string, attributes: Readonly<Record<string, string>> = {}): string {
	const extra = Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
	return `<a href="${escapeHtml(href)}"${extra}>${escapeHtml(text)}</a>`;
}
