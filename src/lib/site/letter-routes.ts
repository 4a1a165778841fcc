import type { SheetKind } from '../../schemas/index.ts';
import type { PageKeys } from './cache-keys.ts';
import { groupByLetter, isLongList, letterPages, summarisePages, type LetterGroup, type LetterPage, type LetterPageSummary } from './letter-pages.ts';
import { pageParam } from './routes.ts';
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
 * The routes of a list's letters, each cut into numbered pages past
 * `pageSize`: the params `params` gives a page, the page itself, and a cache
 * key covering everything it shows (its entries, the letters, the letter's
 * other pages and its count). `what` names the list in the keys.
 */
function letterRoutes<Entry, Params>(groups: readonly LetterGroup<Entry>[], label: (entry: Entry) => string, pageSize: number, keys: PageKeys, what: string, params: (page: LetterPage<Entry>) => Params) {
	const letters = groups.map(({ letter, slug }) => ({ letter, slug }));
	return groups.flatMap((group) => {
		const pages = letterPages(group, label, pageSize);
		const summaries = summarisePages(pages);
		return pages.map((page) => ({
			params: params(page),
			props: { page, pages: summaries, letters, count: group.entries.length } satisfies LetterPageProps<Entry>,
			cacheKey: keys.listPage(`${what}/${group.slug}/${page.number}`, page.entries, [letters, summaries, group.entries.length]),
		}));
	});
}

/** The pages of the A–Z of names, when it is longer than `pageSize` (names/[letter]/[...page].astro). */
export function nameLetterRoutes(site: Site, keys: PageKeys, pageSize: number) {
	const groups = buildNameIndex(site.sheetList, site.compareNames, isPersonSheet);
	if (!isLongList(groups.reduce((count, group) => count + group.entries.length, 0), pageSize)) return [];
	return letterRoutes(groups, (entry: NameEntry<SiteSheet>) => entry.label, pageSize, keys, 'names', (page) => ({ letter: page.slug, page: pageParam(page.number) }));
}

/** The same for each kind with more sheets than `pageSize` (kinds/[kind]/[letter]/[...page].astro). */
export function kindLetterRoutes(site: Site, keys: PageKeys, pageSize: number) {
	return kindsWithSheets(site).flatMap((kind: SheetKind) => {
		const sheets = sheetsOfKind(site, kind);
		if (!isLongList(sheets.length, pageSize)) return [];
		return letterRoutes(groupByLetter(sheets, (sheet) => sheet.data.name), (sheet: SiteSheet) => sheet.data.name, pageSize, keys, kind, (page) => ({ kind, letter: page.slug, page: pageParam(page.number) }));
	});
}
