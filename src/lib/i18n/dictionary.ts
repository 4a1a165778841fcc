import { en } from './en.ts';
import { fr } from './fr.ts';

/** A message's plural forms, chosen by Intl.PluralRules; `other` is the fallback for any category a translation leaves out. */
export interface PluralMessage {
	readonly zero?: string | undefined;
	readonly one?: string | undefined;
	readonly two?: string | undefined;
	readonly few?: string | undefined;
	readonly many?: string | undefined;
	readonly other: string;
}

/** One UI string: text with `{placeholders}`, or its plural forms. */
export type Message = string | PluralMessage;

/** The key of a UI string: the keys of the English dictionary, which every other dictionary has too. */
export type UiKey = keyof typeof en;

/** A complete dictionary. */
export type Dictionary = { readonly [K in UiKey]: Message };

export const UI_KEYS = Object.keys(en) as UiKey[];

/** The languages whose interface is built in, by primary language subtag (`fr-CA` uses `fr`). */
export const BUILT_IN: Readonly<Record<string, Dictionary>> = { en, fr };

/** The built-in dictionary for a BCP 47 tag, if its language has one. */
export function builtInDictionary(language: string): Dictionary | undefined {
	return BUILT_IN[new Intl.Locale(language).language];
}

/** The forms of a message, as a list of texts. */
export const messageForms = (message: Message): string[] =>
	typeof message === 'string' ? [message] : Object.values(message).filter((form): form is string => typeof form === 'string');

/** The `{placeholders}` a message uses, in any of its forms, sorted. */
export function placeholdersOf(message: Message): string[] {
	const names = new Set<string>();
	for (const form of messageForms(message)) for (const match of form.matchAll(/\{(\w+)\}/g)) names.add(match[1] as string);
	return [...names].sort();
}

/** The placeholders a key's English message takes: what a translation or an override must use too. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type MessagePlaceholders<M> = M extends string ? Placeholders<M> : M extends Record<string, string> ? Placeholders<M[keyof M]> : never;
export type Vars<K extends UiKey> = MessagePlaceholders<(typeof en)[K]>;
