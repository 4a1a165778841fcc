import { z } from 'zod';
import { checkLanguageStrings, uiStringsSchema } from '../lib/i18n/options.ts';
import { LIST_PAGE_LIMIT, MIN_LIST_PAGE_SIZE } from '../lib/site/letter-pages.ts';

/** Text an option shows to readers: not empty, no surrounding spaces to trip over. */
const text = z.string().trim().min(1, { message: 'it is empty' });

/** A BCP 47 language tag, as Intl understands it, and written the way Intl writes it ("pt-BR", not "pt_br"). */
const languageTag = z.string().superRefine((tag, context) => {
	let canonical: string | undefined;
	try {
		canonical = Intl.getCanonicalLocales(tag)[0];
	} catch {
		context.addIssue({ code: 'custom', message: 'it is not a BCP 47 language tag', input: tag });
		return;
	}
	if (canonical !== tag) context.addIssue({ code: 'custom', message: `a language tag is written "${canonical}"`, input: tag });
});

/** A web address readers can follow: http(s), or mailto: for an address to write to. */
const readerAddress = z.url({ protocol: /^(https?|mailto)$/, message: 'it is not a full https:// or mailto: address' });

/**
 * The site's options: the one object a site owner writes, in astro.config.mjs
 * (`factSheetsConfig({ title: …, … })`). Everything a reader sees that is not
 * content and not a fixed interface string comes from here; README "Options"
 * documents every field.
 */
export const siteOptionsSchema = z
	.strictObject({
		/** The site's name: the header of every page, page titles, the feed, citations of the site, preview cards. */
		title: text,
		/**
		 * One or two sentences on what the site covers: the home page's description for search engines and
		 * social media, the feed's subtitle, the site's preview card. The title when left out.
		 */
		description: text.optional(),
		/** The home page's own words. */
		home: z
			.strictObject({
				/** The home page's heading (its `<h1>`). The title when left out. */
				heading: text.optional(),
				/** A paragraph under the heading introducing the story; the counts of sheets, facts and sources follow it. */
				lede: text.optional(),
			})
			.default({}),
		/**
		 * The language of the site, as a BCP 47 tag ("en", "fr", "pt-BR"): `<html lang>`, the interface strings,
		 * the formatting of dates and numbers, the sort order of names, search. Content is written in it too.
		 */
		language: languageTag.default('en'),
		/**
		 * Interface strings to replace, by dictionary key (src/lib/i18n/en.ts lists the keys; README "Language"): text, or plural forms
		 * `{ one, other }`. A language with no built-in interface (built in: en, fr) must give every key.
		 */
		strings: uiStringsSchema.default({}),
		/** The licence the content is published under, named in every page's footer and in the data exports' header. */
		license: z
			.strictObject({
				/** The licence's name as readers know it: "CC BY 4.0". */
				name: text,
				/** Where its terms are published. */
				url: readerAddress.optional(),
			})
			.optional(),
		/** Where a reader reports a mistake: a web page or a `mailto:` address, linked from every page's footer. */
		corrections: readerAddress.optional(),
		/** Who publishes the site and how it is made, in a sentence or two: shown on the home page under the sheets. */
		about: text.optional(),
		/** The whole-site data files under /data/ (docs/data-exports.md). */
		exports: z
			.strictObject({
				/**
				 * Publish them gzipped, as `facts.json.gz` and so on: about a tenth of the size. For sites of thousands of
				 * sheets, whose exports would otherwise be most of the site (docs/scaling.md). Their addresses change with it.
				 */
				gzip: z.boolean().default(false),
			})
			.default({ gzip: false }),
		/** The lists of sheets and names (the home page, each section and kind, the A–Z of names). */
		lists: z
			.strictObject({
				/**
				 * The most entries one list page shows (src/lib/site/letter-pages.ts): a longer list is split into a page
				 * per letter, and a letter longer than this into numbered pages.
				 */
				pageSize: z.int().min(MIN_LIST_PAGE_SIZE, { message: `a page of fewer than ${MIN_LIST_PAGE_SIZE} entries splits lists for no reader's good` }).default(LIST_PAGE_LIMIT),
			})
			.default({ pageSize: LIST_PAGE_LIMIT }),
	})
	.superRefine(checkLanguageStrings)
	.transform((options) => ({
		...options,
		description: options.description ?? options.title,
		home: { heading: options.home.heading ?? options.title, lede: options.home.lede },
	}));

/** The options as a site owner writes them. */
export type SiteOptionsInput = z.input<typeof siteOptionsSchema>;
/** The options as pages read them (virtual:fact-sheets/options): defaults filled in. */
export type SiteOptions = z.output<typeof siteOptionsSchema>;
