import type { APIRoute } from 'astro';
import { absolute } from '../data/publishing.ts';
import { SITEMAP_PATH } from '../lib/site/routes.ts';

/**
 * Every page may be crawled; the sitemap lists them. Crawlers read
 * robots.txt only at the root of a host, so under a base path (a GitHub
 * Pages project site) this file is informative and the sitemap link in
 * each page's head is what they find.
 */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, SITEMAP_PATH)}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
