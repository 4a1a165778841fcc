import type { SourceData } from '../../schemas/index.ts';

/**
 * Robust Links (https://robustlinks.mementoweb.org/spec/) on a link to a
 * source article, so that a reader's tools can find an archived copy when
 * the link rots: `data-originalurl` (the article's address),
 * `data-versiondate` (the day the stored copy was retrieved, when the text
 * states it: the version every quote was checked against) and
 * `data-versionurl` (an archived copy's address, given only when one is
 * known: a lookup page of the Wayback Machine is not a copy, so none is
 * made up). No address, no attributes.
 */
export type RobustLinkAttributes = Partial<Record<'data-originalurl' | 'data-versiondate' | 'data-versionurl', string>>;

export function robustLinkAttributes(data: Pick<SourceData, 'url' | 'retrieved'>, archivedCopy?: string): RobustLinkAttributes {
	if (!data.url) return {};
	const attributes: RobustLinkAttributes = { 'data-originalurl': data.url };
	if (data.retrieved.status === 'stated') attributes['data-versiondate'] = data.retrieved.date;
	if (archivedCopy) attributes['data-versionurl'] = archivedCopy;
	return attributes;
}
