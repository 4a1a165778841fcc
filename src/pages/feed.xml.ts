import type { APIRoute } from 'astro';
import { absolute } from '../data/publishing.ts';
import { getSite } from '../data/site.ts';
import { atomFeed } from '../lib/feed/atom.ts';
import { feedEntries } from '../lib/feed/entries.ts';
import { FEED_PATH, HOME_PATH } from '../lib/site/routes.ts';
import options from 'virtual:fact-sheets/options';
import { ui } from '../data/ui.ts';

/** An Atom feed of the newest sheets and sources (FEED_ENTRY_LIMIT), newest first. */
export const GET: APIRoute = async ({ site: origin }) => {
	const site = await getSite();
	const feed = atomFeed({
		language: ui.language,
		title: options.title,
		subtitle: options.description,
		selfUrl: absolute(origin, FEED_PATH),
		homeUrl: absolute(origin, HOME_PATH),
		entries: feedEntries(site, (path) => absolute(origin, path), ui),
	});
	return new Response(feed, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
