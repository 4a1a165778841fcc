/** The site's own name and summary: the header, titles, feeds, citations and preview cards use them. */
export const SITE_NAME = 'Iran 2026: Fact Sheets';
export const SITE_DESCRIPTION =
	'Cited fact sheets about the people and organisations in the reporting on defections and the crackdown in Iran, January–February 2026.';
export const SITE_LANGUAGE = 'en';

/**
 * The date this build publishes, as `YYYY-MM-DD` (UTC): citations give it
 * as the version of the page. `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) fixes it, so two builds of the same
 * content can be byte-identical.
 */
export function buildDate(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string {
	const epoch = env.SOURCE_DATE_EPOCH?.trim();
	const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
	return date.toISOString().slice(0, 10);
}
