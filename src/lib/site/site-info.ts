import type { DateClaim } from '../../schemas/index.ts';

/** The site's own name and summary: the header, titles, feeds, citations and preview cards use them. */
export const SITE_NAME = 'Iran 2026: Fact Sheets';
export const SITE_DESCRIPTION =
	'Cited fact sheets about the people and organisations in the reporting on defections and the crackdown in Iran, January–February 2026.';
export const SITE_LANGUAGE = 'en';

/**
 * The date of the content's version, as `YYYY-MM-DD`: citations give it as
 * the version of the page. It is the newest day any source's publication or
 * retrieval is dated to, so that the same content gives the same pages on any
 * day (a build date would change every page daily and make diffs between
 * builds meaningless). `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) overrides it, for a publisher who wants the date of a commit.
 */
export function contentVersionDate(
	env: Readonly<Record<string, string | undefined>>,
	sources: Iterable<{ readonly data: { readonly published: DateClaim; readonly retrieved: DateClaim } }>,
): string {
	const epoch = env.SOURCE_DATE_EPOCH?.trim();
	if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
	let newest = '';
	for (const source of sources) {
		for (const claim of [source.data.published, source.data.retrieved]) {
			// Only day-precise dates: a month would have to be given a day nobody stated.
			if (claim.status !== 'unknown' && claim.date.length === 10 && claim.date > newest) newest = claim.date;
		}
	}
	if (!newest) throw new Error('No source has a day-precise publication or retrieval date to version the content by; set SOURCE_DATE_EPOCH.');
	return newest;
}
