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
	// Looked up once per key in the two dictionaries (large objects), not on every call.
	const messages = new Map<UiKey, Message>();
	const messageOf = (key: UiKey): Message => {
		let message = messages.get(key);
		if (message !== undefined) return message;
		message = strings[key] ?? builtIn?.[key];
		if (message === undefined) throw new Error(`The UI string "${key}" is not given for the language "${language}": add it to the options' \`strings\`.`);
		messages.set(key, message);
		return message;
	};
	const formOf = (key: UiKey, vars: Readonly<Record<string, unknown>>): string => {
		const message = messageOf(key);
		if (typeof message === 'string') return message;
		const count = vars.count;
		if (typeof count !== 'number') throw new Error(`The UI string "${key}" has plural forms and needs a numeric \`count\`.`);
		return (message as PluralMessage)[plurals.select(count)] ?? message.other;
	};
	// Each message form split into its text and its placeholders once, not on every call: pages call `t` and `html`
	// tens of times each, with a few dozen distinct messages in all (the split was ~0.4 s of a 1,000-sheet build).
	const templates = new Map<string, { readonly text: readonly string[]; readonly html: readonly string[]; readonly names: readonly string[] }>();
	const templateOf = (form: string) => {
		let template = templates.get(form);
		if (!template) {
			const parts = form.split(/(\{\w+\})/);
			const text = parts.filter((_, i) => i % 2 === 0);
			template = { text, html: text.map(escapeHtml), names: parts.filter((_, i) => i % 2 === 1).map((part) => part.slice(1, -1)) };
			templates.set(form, template);
		}
		return template;
	};
	// A message without plural forms has one template, found by its key alone.
	const singleTemplates = new Map<UiKey, ReturnType<typeof templateOf>>();
	const templateFor = (key: UiKey, vars: Readonly<Record<string, unknown>>) => {
		const single = singleTemplates.get(key);
		if (single) return single;
		const template = templateOf(formOf(key, vars));
		if (typeof messageOf(key) === 'string') singleTemplates.set(key, template);
		return template;
	};
	const fill = (key: UiKey, vars: Readonly<Record<string, VarValue>>, asHtml: boolean): string => {
		const template = templateFor(key, vars);
		const text = asHtml ? template.html : template.text;
		let out = text[0] as string;
		for (let i = 0; i < template.names.length; i++) {
			const name = template.names[i] as string;
			const value = vars[name];
			if (value === undefined) throw new Error(`The UI string "${key}" needs a value for {${name}}.`);
			if (typeof value === 'number') out += format.number(value);
			else if (typeof value === 'string') out += asHtml ? escapeHtml(value) : value;
			else out += asHtml ? value.html : value.html.replace(/<[^>]*>/g, '');
			out += text[i + 1] as string;
		}
		return out;
	};
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
