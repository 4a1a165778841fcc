import { getCollection } from 'astro:content';
import { buildSite, type Site } from '../lib/site/model.ts';

let site: Promise<Site> | undefined;

/**
 * The site model and its indexes, built once per build and shared by every
 * page (the module is evaluated once per build process).
 */
export function getSite(): Promise<Site> {
	site ??= (async () => {
		const [sheets, sources, metrics] = await Promise.all([
			getCollection('sheets'),
			getCollection('sources'),
			getCollection('metrics'),
		]);
		return buildSite({
			sheets: sheets.map((entry) => ({ slug: entry.id, data: entry.data, body: entry.body })),
			sources: sources.map((entry) => ({ id: entry.id, data: entry.data })),
			metrics: new Map(metrics.map((entry) => [entry.id, entry.data])),
		});
	})();
	return site;
}
