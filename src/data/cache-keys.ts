import { PageKeys } from '../lib/site/cache-keys.ts';
import type { Site } from '../lib/site/model.ts';
import { getPassages, getVersionDate } from './publishing.ts';
import { getSite, publishedSourcePassages } from './site.ts';

const keysBySite = new WeakMap<Site, PageKeys>();

/**
 * The cache keys of this build's pages (src/lib/site/cache-keys.ts), over
 * the site model getSite() read: one set of record digests shared by every
 * route's getStaticPaths.
 */
export async function getPageKeys(): Promise<PageKeys> {
	const site = await getSite();
	let keys = keysBySite.get(site);
	if (!keys) {
		keys = new PageKeys({ site, passages: getPassages(), version: await getVersionDate(), sourceExtra: publishedSourcePassages });
		keysBySite.set(site, keys);
	}
	return keys;
}
