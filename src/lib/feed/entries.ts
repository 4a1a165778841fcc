import { type DateClaim, type SourceData } from '../../schemas/index.ts';
import { citedSourceIds } from '../site/cited-sources.ts';
import type { Site } from '../site/model.ts';
import type { SitePath } from '../site/routes.ts';
import type { Ui } from '../i18n/ui.ts';
import type { AtomEntry } from './atom.ts';

/** The date a source is known by: its publication date, else its retrieval date (stated or inferred). */
export function sourceDate(data: SourceData): string | undefined {
	const known = (claim: DateClaim) => (claim.status === 'unknown' ? undefined : claim.date);
	return known(data.published) ?? known(data.retrieved);
}

/**
 * How many entries the feed holds. Feed readers fetch it again and again and
 * show what is new; at 10,000 sheets a feed of everything was 3.9 MB.
 */
export const FEED_ENTRY_LIMIT = 200;

/**
 * The feed's entries: the newest `limit` sheets and sources, newest first. A sheet is
 * dated by the newest source it draws on (its content is as of that
 * reporting); a source by its own date. Content without any known date takes
 * the newest date of the site, so it is never hidden at the bottom; ties
 * keep the order of name, so the feed is the same from build to build.
 */
export function feedEntries(site: Site, absolute: (path: SitePath) => string, ui: Ui, limit: number = FEED_ENTRY_LIMIT): AtomEntry[] {
	const sourceDates = new Map(site.sourceList.map((source) => [source.id, sourceDate(source.data)]));
	const sheetEntries = site.sheetList.map((sheet) => ({
		date: citedSourceIds(sheet.data)
			.map((id) => sourceDates.get(id))
			.filter((date): date is string => date !== undefined)
			.sort()
			.at(-1),
		entry: { title: sheet.data.name, url: absolute(sheet.path), summary: sheet.data.description, category: sheet.kind.label },
	}));
	const sourceEntries = site.sourceList.map((source) => ({
		date: sourceDates.get(source.id),
		entry: {
			title: ui.t('feed.sourceTitle', { title: source.data.title }),
			url: absolute(source.path),
			summary: [source.data.publisher ?? source.data.originalPublisher, source.data.note].filter(Boolean).join('. ') || source.data.title,
			category: ui.t('feed.sourceCategory'),
		},
	}));
	const all = [...sheetEntries, ...sourceEntries];
	const newest = all.map((item) => item.date).filter((date): date is string => date !== undefined).sort().at(-1) ?? '1970-01-01';
	return all
		.map(({ date, entry }): AtomEntry => ({ ...entry, id: entry.url, updated: date ?? newest }))
		.sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0))
		.slice(0, limit);
}
