import type { QuotedPassages } from '../lib/links/quoted-passages.ts';
import { absoluteUrl, type SitePath } from '../lib/site/routes.ts';
import { contentVersionDate } from '../lib/site/site-info.ts';
import { getSite, publishedPassages } from './site.ts';

/**
 * What pages need to speak about themselves to the outside world: absolute
 * addresses (from Astro's `site` and `base`) and the words of each quote
 * as the original article has them.
 */
/** Each quote's words as the stored text has them, from the corpus the integration verified (src/data/site.ts). */
export function getPassages(): QuotedPassages {
	return publishedPassages();
}

let version: Promise<string> | undefined;

/** The content's version date (see contentVersionDate), worked out once per build. */
export function getVersionDate(): Promise<string> {
	version ??= getSite().then((site) => contentVersionDate(process.env, site.sourceList, site.contentCommitDate));
	return version;
}

/** The absolute address of a site path; `site` is always set by src/integration/config.ts. */
export function absolute(site: URL | undefined, path: SitePath, fragment?: string): string {
	if (!site) throw new Error('Astro `site` is not set: the configuration comes from factSheetsConfig(), which always sets it.');
	return absoluteUrl(site, import.meta.env.BASE_URL, path, fragment);
}

/** A JSON response, pretty-printed so that diffs between builds read line by line. */
export function jsonResponse(data: unknown): Response {
	return new Response(`${JSON.stringify(data, null, '\t')}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
