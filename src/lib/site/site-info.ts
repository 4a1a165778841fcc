import type { DateClaim } from '../../schemas/index.ts';

/**
 * The version date of a site with no sources yet (a new site): the day
 * `SOURCE_DATE_EPOCH=0` names, so that an empty site builds the same on any day.
 */
export const EMPTY_CONTENT_VERSION_DATE = '1970-01-01';

/**
 * The date of the content's version, as `YYYY-MM-DD`: citations give it as
 * the version of the page. It is the date of the content's last change, so
 * that the same content gives the same pages on any day (a build date would
 * change every page daily and make diffs between builds meaningless), and
 * adding a source, even a month-dated one, gives a new version. In order:
 * 1. `commitDate`, the day of the newest commit touching `content/` or
 *    `seeds/` (content-commit.ts), when git knows it: it is itself
 *    reproducible, the same for every build of one commit;
 * 2. else `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention),
 *    for a build without git history (an exported tarball);
 * 3. else the newest day any source's publication or retrieval is dated to.
 * A site with no sources at all is dated EMPTY_CONTENT_VERSION_DATE. (The site's
 * name, description and language are its options: src/schemas/options.ts.)
 */
export function contentVersionDate(
	env: Readonly<Record<string, string | undefined>>,
	sources: Iterable<{ readonly data: { readonly published: DateClaim; readonly retrieved: DateClaim } }>,
	commitDate?: string,
): string {
	if (commitDate) return commitDate;
	const epoch = env.SOURCE_DATE_EPOCH?.trim();
	if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
	let newest = '';
	let count = 0;
	for (const source of sources) {
		count++;
		for (const claim of [source.data.published, source.data.retrieved]) {
			// Only day-precise dates: a month would have to be given a day nobody stated.
			if (claim.status !== 'unknown' && claim.date.length === 10 && claim.date > newest) newest = claim.date;
		}
	}
	if (count === 0) return EMPTY_CONTENT_VERSION_DATE;
	if (!newest) throw new Error('No source has a day-precise publication or retrieval date to version the content by; set SOURCE_DATE_EPOCH.');
	return newest;
}
