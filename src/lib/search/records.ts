import type { Ui } from '../i18n/ui.ts';
import { formatRoleTitle } from '../site/format.ts';
import type { Site } from '../site/model.ts';
import { figurePath, type SitePath } from '../site/routes.ts';
import { escapeHtml } from '../seo/head-tags.ts';

/**
 * What search knows of one page: the words a reader looks for, taken from
 * the site model the page itself renders (never from its HTML), so that what
 * is found is exactly what is published.
 */
export interface SearchRecord {
	/** The page's address from the site's root, as Pagefind stores it ("/people/jane-doe/"); its scripts add the base. */
	readonly url: string;
	/** The result's title: a sheet's name, a source's headline, a metric's label. */
	readonly title: string;
	/** Other names it goes by (a sheet's aliases): weighed as the title is. */
	readonly names: readonly string[];
	/** Everything else searched, one passage each, at Pagefind's ordinary weight. */
	readonly text: readonly string[];
	/** What the page is, in the site's language ("Person", "Source"): shown with each result ("Kind: Person"). */
	readonly kind: string;
}

/**
 * Pagefind's top weight, 10 (a heading's own is 7, body text 1): given to the
 * name and the aliases, so that a search for a name finds its sheet first,
 * before the sheets and sources that only mention it.
 */
export const NAME_WEIGHT = 10;

const url = (path: SitePath) => `/${path}`;

/**
 * One record per sheet, source and figure page. A sheet is found by its name
 * and aliases (weighed the most), its description, its roles (with the
 * organisation's name) and its facts' statements; a source by its headline,
 * publishers and note; a figure page by the metric's label, description and
 * unit. Bodies, references, quotes and the lists of what cites what are left
 * out: they would make every page that mentions a name rank with its sheet,
 * and each word indexed costs every reader of the search page bytes.
 */
export function searchRecords(site: Site, ui: Ui): SearchRecord[] {
	const sheets = site.sheetList.map((sheet): SearchRecord => {
		const { data } = sheet;
		const roles = data.roles.map((role) => {
			const org = role.org ? site.sheets.get(role.org)?.data.name : role.orgName;
			const title = formatRoleTitle(role, ui, { start: true });
			return org ? `${title}, ${org}` : title;
		});
		return { url: url(sheet.path), title: data.name, names: data.aliases, text: [data.description, ...roles, ...data.facts.map((fact) => fact.statement)], kind: sheet.kind.label };
	});
	const sources = site.sourceList.map(
		({ data, path }): SearchRecord => ({
			url: url(path),
			title: data.title,
			names: [],
			text: [data.publisher, data.originalPublisher, data.note].filter((text): text is string => text !== null && text !== undefined),
			kind: ui.t('source.eyebrow'),
		}),
	);
	// Only metrics with a reported value have a page (src/pages/figures/[metric].astro).
	const figures = [...site.metrics]
		.filter(([id]) => site.figures.has(id))
		.map(([id, metric]): SearchRecord => ({
			url: url(figurePath(id)),
			title: metric.label,
			names: [],
			text: [ui.t('figures.unit', { description: metric.description, unit: metric.unit })],
			kind: ui.t('figures.eyebrow'),
		}));
	return [...sheets, ...sources, ...figures];
}

/**
 * A record as the smallest HTML document Pagefind reads: the only way its
 * API takes weights (`addCustomRecord` has none). The kind is metadata, not
 * a filter: Pagefind's interface downloads every filter's list of pages with
 * the first search, 22 KB at 10,000 sheets, which would take one search past
 * 150 KB. Every value is escaped; nothing here is a page anyone is served.
 */
export function recordHtml(record: SearchRecord, language: string): string {
	const passage = (text: string, weight?: number) => `<p${weight ? ` data-pagefind-weight="${weight}"` : ''}>${escapeHtml(text)}</p>`;
	return [
		`<!doctype html><html lang="${escapeHtml(language)}"><body>`,
		`<h1 data-pagefind-meta="title" data-pagefind-weight="${NAME_WEIGHT}">${escapeHtml(record.title)}</h1>`,
		...record.names.map((name) => passage(name, NAME_WEIGHT)),
		...record.text.map((text) => passage(text)),
		`<p data-pagefind-meta="kind" data-pagefind-ignore>${escapeHtml(record.kind)}</p>`,
		'</body></html>',
	].join('');
}
