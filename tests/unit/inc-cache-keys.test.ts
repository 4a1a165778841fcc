/**
 * The incremental build's page keys (src/lib/site/cache-keys.ts): an edit
 * changes the keys of the pages that show what it changed, and of no other.
 * Run over the project's real content, edited in memory.
 */
import { describe, expect, it } from 'vitest';
import { quotedPassages } from '../../src/lib/links/quoted-passages.ts';
import { PageKeys, sheetsShownOn } from '../../src/lib/site/cache-keys.ts';
import { nameLetterRoutes } from '../../src/lib/site/letter-routes.ts';
import { isPersonSheet } from '../../src/lib/site/names.ts';
import { buildSite, type Site, type SiteInput } from '../../src/lib/site/model.ts';
import { siteInput } from '../../src/lib/site/site-input.ts';
import { paginateTimeline } from '../../src/lib/site/timeline.ts';
import { linkResolver } from '../../src/lib/verify/index.ts';
import { loadRealContent } from '../helpers/real-content.ts';

const { corpus } = loadRealContent();
const input = siteInput(corpus, linkResolver(corpus), '/');
const passages = quotedPassages(corpus);
const VERSION = '2026-03-04';
/** Small timeline pages, so that the real content's dated facts fill several. */
const PAGE_SIZE = 5;

/** Every keyed page of a site and its key, as the routes' getStaticPaths give them (small timeline pages aside). */
function keysOf(site: Site, version = VERSION, sitePassages = passages): Map<string, string> {
	const keys = new PageKeys({ site, passages: sitePassages, version });
	const pages = new Map<string, string>();
	// The pages at former addresses are not Astro's pages: the publishing thread writes them all each build.
	for (const sheet of site.sheetList) pages.set(sheet.path, keys.sheetPage(sheet.slug));
	for (const source of site.sourceList) pages.set(source.path, keys.sourcePage(source.id));
	const timeline = paginateTimeline(site.timeline, PAGE_SIZE);
	for (const page of timeline) pages.set(`timeline/${page.number}/`, keys.timelinePage(page, timeline));
	for (const metric of site.figures.keys()) pages.set(`figures/${metric}/`, keys.figurePage(metric));
	pages.set('names/all/', keys.listPage('names', site.sheetList, []));
	return pages;
}

const changed = (before: Map<string, string>, after: Map<string, string>) => [...before].filter(([page, key]) => after.get(page) !== key).map(([page]) => page).sort();

/** The site with its input changed by `edit` (a deep copy: the shared input stays as read). */
function edited(edit: (copy: { -readonly [K in keyof SiteInput]: SiteInput[K] }) => void): Site {
	const copy = structuredClone(input) as { -readonly [K in keyof SiteInput]: SiteInput[K] };
	edit(copy);
	return buildSite(copy, 'en-GB');
}

const site = buildSite(input, 'en-GB');
const before = keysOf(site);

/** A dated fact claimed by another sheet: the case the benchmark edits. */
const target = (() => {
	for (const sheet of site.sheetList) {
		for (const fact of sheet.data.facts) {
			const claimant = fact.claimant?.sheet;
			if (claimant && claimant !== sheet.slug && site.sheets.has(claimant) && (fact.date || fact.asOf)) return { sheet, fact, claimant: site.sheets.get(claimant)! };
		}
	}
	throw new Error('The real content has no dated fact claimed by another sheet.');
})();

describe('page keys', () => {
	it('are the same for the same content, and differ from page to page', () => {
		expect(keysOf(buildSite(input, 'en-GB'))).toEqual(before);
		expect(new Set(before.values()).size).toBe(before.size);
	});

	it('change, for an edited statement, on exactly the pages that show the fact', () => {
		const after = keysOf(
			edited((copy) => {
				const data = copy.sheets.find((sheet) => sheet.slug === target.sheet.slug)!.data as { facts: { id: string; statement: string }[] };
				data.facts.find((fact) => fact.id === target.fact.id)!.statement += ' (edited)';
			}),
		);
		const timelinePage = paginateTimeline(site.timeline, PAGE_SIZE).find((page) => page.entries.some((entry) => entry.fact === target.fact))!;
		const sources = [...new Set(target.fact.citations.map((citation) => citation.source))].map((id) => site.sources.get(id)!.path);
		const figure = target.fact.figure ? [`figures/${target.fact.figure.metric}/`] : [];
		expect(changed(before, after)).toEqual([target.sheet.path, target.claimant.path, ...sources, `timeline/${timelinePage.number}/`, ...figure].sort());
	});

	it('change, for a renamed sheet, on every page that names it, and on no page that does not', () => {
		const renamed = site.sheetList.find((sheet) => sheetsShownOn(site, sheet.slug).size > 3)!;
		const after = keysOf(
			edited((copy) => {
				(copy.sheets.find((sheet) => sheet.slug === renamed.slug)!.data as { name: string }).name += ' Renamed';
			}),
		);
		// Shown-on is not symmetric: a sheet's page shows the sentences of other sheets that mention it, and their names.
		const naming = site.sheetList.filter((sheet) => sheetsShownOn(site, sheet.slug).has(renamed.slug)).map((sheet) => sheet.path);
		const citedBy = site.sourceList.filter((source) => site.citing.get(source.id)?.some((entry) => entry.sheet.slug === renamed.slug)).map((source) => source.path);
		const onTimeline = paginateTimeline(site.timeline, PAGE_SIZE)
			.filter((page) => page.entries.some((entry) => entry.sheet.slug === renamed.slug || entry.fact.claimant?.sheet === renamed.slug))
			.map((page) => `timeline/${page.number}/`);
		const figures = [...site.figures].filter(([, points]) => points.some((point) => point.sheet.slug === renamed.slug || point.claimant.sheet === renamed.slug)).map(([metric]) => `figures/${metric}/`);
		expect(changed(before, after)).toEqual([...naming, ...citedBy, ...onTimeline, ...figures, 'names/all/'].sort());
	});

	const editSource = (field: 'title' | 'label') => {
		const source = site.sourceList.find((candidate) => (site.citing.get(candidate.id)?.length ?? 0) > 1)!;
		const after = keysOf(
			edited((copy) => {
				(copy.sources.find((candidate) => candidate.id === source.id)!.data as Record<typeof field, string>)[field] = 'An edited label';
			}),
		);
		return { source, changedPages: changed(before, after) };
	};

	it('all change when a source\'s title, short label or dates change: any page may name the newest source', () => {
		// A dated figure's age names the newest source by its short label, on sheets that need not cite it.
		expect(editSource('title').changedPages).toHaveLength(before.size);
		expect(editSource('label').changedPages).toHaveLength(before.size);
	});

	it('change, for a quote whose passage in the stored text changes, on the pages that cite that source', () => {
		const [sourceId, quotes] = Object.entries(passages).find(([, byQuote]) => Object.keys(byQuote).length > 0)!;
		const quote = Object.keys(quotes)[0]!;
		const after = keysOf(site, VERSION, { ...passages, [sourceId]: { ...quotes, [quote]: ['other words'] } });
		expect(changed(before, after)).toContain(site.sources.get(sourceId)!.path);
		for (const { sheet } of site.citing.get(sourceId)!) expect(changed(before, after)).toContain(sheet.path);
	});

	it('all change with the content version date, which every citation gives', () => {
		expect(changed(before, keysOf(site, '2027-01-01'))).toHaveLength(before.size);
	});

	it('change on a sheet page when another sheet starts to relate to it, or to mention it', () => {
		const [from, to] = site.sheetList.filter((sheet) => sheet.slug !== target.sheet.slug);
		const unrelated = site.sheetList.find((sheet) => !sheetsShownOn(site, from!.slug).has(sheet.slug) && !sheetsShownOn(site, to!.slug).has(sheet.slug))!;
		const after = keysOf(
			edited((copy) => {
				const data = copy.sheets.find((sheet) => sheet.slug === from!.slug)!.data as { relations: unknown[] };
				data.relations.push({ ...(from!.data.relations[0] ?? site.sheetList.flatMap((sheet) => sheet.data.relations)[0]!), target: unrelated.slug });
			}),
		);
		expect(changed(before, after)).toContain(unrelated.path);
		expect(changed(before, after)).toContain(from!.path);
	});

	it('change on every page of a letter cut into pages when one page’s range changes, though the others’ entries do not', () => {
		// Pages of three entries, so that the real content's letters fill several (the routes as getStaticPaths gives them).
		const routesOf = (of: Site) => nameLetterRoutes(of, new PageKeys({ site: of, passages, version: VERSION }), 3);
		const routes = routesOf(site);
		const pathOf = (route: (typeof routes)[number]) => `names/${route.params.letter}/${route.params.page ?? ''}`;
		// A letter of several pages whose very last entry is an organisation's own name (a person's is also filed surname
		// first, which a rename moves), and which none of the letter's other pages shows (under an alias, say): only the
		// list of pages can then change those pages' keys.
		const last = routes.find((route) => {
			const entry = route.props.page.entries.at(-1)!;
			const earlier = routes.filter((other) => other.params.letter === route.params.letter && other !== route);
			return (
				route.props.pages.length > 1 &&
				route.props.page.number === route.props.pages.length &&
				!entry.isAlias &&
				!isPersonSheet(entry.sheet) &&
				entry.label === entry.sheet.data.name &&
				earlier.every((other) => other.props.page.entries.every((shown) => shown.sheet.slug !== entry.sheet.slug))
			);
		})!;
		expect(last, 'a letter of several pages ending in an organisation’s name').toBeDefined();
		const renamed = last.props.page.entries.at(-1)!.sheet;
		// Still the last of its letter, so the other pages' entries stay as they were; only the last page's range moves.
		const after = routesOf(edited((copy) => void ((copy.sheets.find((sheet) => sheet.slug === renamed.slug)!.data as { name: string }).name += ' (renamed)')));
		const keyAfter = new Map(after.map((route) => [pathOf(route), route]));
		for (const route of routes.filter((other) => other.params.letter === last.params.letter)) {
			const now = keyAfter.get(pathOf(route))!;
			if (route.props.page.number < last.props.page.number) expect(now.props.page.entries.map((entry) => entry.label)).toEqual(route.props.page.entries.map((entry) => entry.label));
			expect(now.cacheKey, pathOf(route)).not.toBe(route.cacheKey);
		}
		// A letter that shows nothing of the renamed sheet keeps its keys.
		const untouched = routes.filter((route) => route.params.letter !== last.params.letter && route.props.page.entries.every((entry) => entry.sheet.slug !== renamed.slug));
		expect(untouched.length).toBeGreaterThan(0);
		for (const route of untouched) expect(keyAfter.get(pathOf(route))?.cacheKey, pathOf(route)).toBe(route.cacheKey);
	});
});
