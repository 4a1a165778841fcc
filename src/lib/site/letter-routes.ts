import type { SheetKind } from '../../schemas/index.ts';
import type { PageKeys } from './cache-keys.ts';
import { groupByLetter, isLongList, letterPages, summarisePages, type LetterPage, type LetterPageSummary } from './letter-pages.ts';
import type { Site, SiteSheet } from './model.ts';
import { buildNameIndex, isPersonSheet, type NameEntry } from './names.ts';
import { kindsWithSheets, sheetsOfKind } from './sheet-routes.ts';

/** A letter's page of a list, as its route renders it. */
export interface LetterPageProps<Entry> {
	readonly page: LetterPage<Entry>;
	/** Every page of the letter, for its list of pages. */
	readonly pages: readonly LetterPageSummary[];
	/** Every letter of the list, for the bar of letters. */
	readonly letters: readonly { readonly letter: string; readonly slug: string }[];
	/** The letter's entries on all its pages. */
	readonly count: number;
}

/**
 * The pages of the A–Z of names, when it is longer than `pageSize`: a letter
 * each, cut into numbered pages past `pageSize` (names/[letter]/[...page].astro).
 * Each page's cache key covers its entries, the letters, the letter's other
 * pages and its count: everything the page shows.
 */
export function nameLetterRoutes(site: Site, keys: PageKeys, pageSize: number) {
	const groups = buildNameIndex(site.sheetList, site.compareNames, isPersonSheet);
	if (!isLongList(groups.reduce((count, group) => count + group.entries.length, 0), pageSize)) return [];
	const letters = groups.map(({ letter, slug }) => ({ letter, slug }));
	return groups.flatMap((group) => {
		const pages = letterPages(group, (entry) => entry.label, pageSize);
		const summaries = summarisePages(pages);
		return pages.map((page) => ({
			params: { letter: group.slug, page: pageParam(page.number) },
			props: { page, pages: summaries, letters, count: group.entries.length } satisfies LetterPageProps<NameEntry<SiteSheet>>,
			cacheKey: keys.listPage(`names/${group.slug}/${page.number}`, page.entries, [letters, summaries, group.entries.length]),
		}));
	});
}

/** The same for each kind with more sheets than `pageSize` (kinds/[kind]/[letter]/[...page].astro). */
export function kindLetterRoutes(site: Site, keys: PageKeys, pageSize: number) {
	return kindsWithSheets(site).flatMap((kind: SheetKind) => {
		const sheets = sheetsOfKind(site, kind);
		if (!isLongList(sheets.length, pageSize)) return [];
		const groups = groupByLetter(sheets, (sheet) => sheet.data.name);
		const letters = groups.map(({ letter, slug }) => ({ letter, slug }));
		return groups.flatMap((group) => {
			const pages = letterPages(group, (sheet) => sheet.data.name, pageSize);
			const summaries = summarisePages(pages);
			return pages.map((page) => ({
				params: { kind, letter: group.slug, page: pageParam(page.number) },
				props: { page, pages: summaries, letters, count: group.entries.length } satisfies LetterPageProps<SiteSheet>,
				cacheKey: keys.listPage(`${kind}/${group.slug}/${page.number}`, page.entries, [letters, summaries, group.entries.length]),
			}));
		});
	});
}

/** The `[...page]` parameter: none for a letter's first page, whose address is the letter's own. */
const pageParam = (number: number) => (number > 1 ? String(number) : undefined);
