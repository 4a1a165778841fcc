import type { PartialDate } from '../../schemas/index.ts';

/**
 * Dates, numbers, lists and sorting in the site's language, all with Intl:
 * the one place a locale meets a value. Dates are calendar dates of the
 * sources, so they are formatted in UTC (a build's own time zone must not
 * move a day) and in the Gregorian calendar, whatever the language's own
 * (Persian's default is the Solar Hijri): a month or a year, as precise as a
 * source gives it, does not map onto a month or a year of another calendar.
 */
export interface Formats {
	/** The BCP 47 tag everything is formatted for. */
	readonly locale: string;
	/** `2026-02-08` → `8 February 2026` (en-GB), `8 février 2026` (fr); a month or a year alone at its own precision. */
	date(date: PartialDate): string;
	/** A short day for a chart's axis: `8 Feb 2026`. */
	shortDay(date: Date): string;
	number(value: number): string;
	/** `a, b and c` in the language's way. */
	list(items: readonly string[]): string;
	/** Compares names as readers look them up: case and accents aside. */
	compare(a: string, b: string): number;
	/** A language tag's name in the site's language (`en` → "English"), or the tag itself when Intl does not know it. */
	languageName(tag: string): string;
}

export function createFormats(locale: string): Formats {
	const utc = { timeZone: 'UTC', calendar: 'gregory' } as const;
	const day = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'long', year: 'numeric' });
	const month = new Intl.DateTimeFormat(locale, { ...utc, month: 'long', year: 'numeric' });
	const year = new Intl.DateTimeFormat(locale, { ...utc, year: 'numeric' });
	const short = new Intl.DateTimeFormat(locale, { ...utc, day: 'numeric', month: 'short', year: 'numeric' });
	const numbers = new Intl.NumberFormat(locale);
	const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
	const collator = new Intl.Collator(locale, { sensitivity: 'base' });
	const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
	// A site has few distinct dates and shows each on many pages; formatToParts is slow enough to matter at 10,000 sheets.
	const dates = new Map<PartialDate, string>();
	// Likewise numbers: reference marks, counts and figures repeat on every page (-0, which a Map key takes for 0, is not kept).
	const numberStrings = new Map<number, string>();
	return {
		locale,
		date(date) {
			let formatted = dates.get(date);
			if (formatted === undefined) dates.set(date, (formatted = formatDate(date)));
			return formatted;
		},
		shortDay: (date) => short.format(date),
		number(value) {
			if (Object.is(value, -0)) return numbers.format(value);
			let formatted = numberStrings.get(value);
			if (formatted === undefined) {
				// Bounded: figures' values are many on a large site, the numbers pages repeat (counts, marks) few.
				if (numberStrings.size >= 10_000) numberStrings.clear();
				numberStrings.set(value, (formatted = numbers.format(value)));
			}
			return formatted;
		},
		// One item or none needs no pattern: Intl gives the item itself, or nothing (ECMA-402, CreatePartsFromList).
		list: (items) => (items.length > 1 ? lists.format(items) : (items[0] ?? '')),
		compare: (a, b) => collator.compare(a, b),
		languageName(tag) {
			try {
				return languages.of(tag) ?? tag;
			} catch {
				return tag;
			}
		},
	};

	function formatDate(date: PartialDate): string {
		const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
		const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
		// Years before 100 would be read as 19xx by Date.UTC.
		at.setUTCFullYear(y);
		const parts = (d !== undefined ? day : m !== undefined ? month : year).formatToParts(at);
		// Intl writes year 26 as "26"; a source's year is written in full, as the curator wrote it ("0026").
		return parts.map((part) => (part.type === 'year' && y < 1000 ? String(y).padStart(4, '0') : part.value)).join('');
	}
}

/** Languages written right to left when Intl.Locale cannot say (older engines without `getTextInfo`/`textInfo`). */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha-Arab', 'he', 'ks', 'ku-Arab', 'nqo', 'pa-Arab', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** `rtl` for Arabic, Persian, Hebrew, Urdu and every other language written right to left; else `ltr`. */
export function textDirection(language: string): 'ltr' | 'rtl' {
	const locale = new Intl.Locale(language) as Intl.Locale & {
		getTextInfo?: () => { direction?: string };
		textInfo?: { direction?: string };
	};
	const direction = locale.getTextInfo?.().direction ?? locale.textInfo?.direction;
	if (direction === 'rtl' || direction === 'ltr') return direction;
	const maximal = locale.maximize();
	return RTL_LANGUAGES.has(locale.language) || maximal.script === 'Arab' || maximal.script === 'Hebr' ? 'rtl' : 'ltr';
}

/**
 * The OpenGraph locale (`language_TERRITORY`) of a language tag: the region
 * it gives, else the likeliest for the language (CLDR's likely subtags,
 * through Intl.Locale#maximize): `en-GB` → `en_GB`, `fr` → `fr_FR`, `fa` → `fa_IR`.
 */
export function openGraphLocale(language: string): string {
	const locale = new Intl.Locale(language).maximize();
	return locale.region ? `${locale.language}_${locale.region}` : locale.language;
}
