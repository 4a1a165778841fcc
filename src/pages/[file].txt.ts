import type { APIRoute, GetStaticPaths } from 'astro';
import { absolute } from '../data/publishing.ts';
import { SITEMAP_PATH } from '../lib/site/routes.ts';

/**
 * `robots.txt`: every page may be crawled; the sitemap lists them.
 * Crawlers read robots.txt only at the root of a host
 * (https://www.rfc-editor.org/rfc/rfc9309#section-2.3), so it is emitted
 * only when the site is the root (base `/`). Under a base path (a GitHub
 * Pages project site) a `/base/robots.txt` would be read by nobody and
 * could mislead whoever owns the root; there the sitemap link in each
 * page's head is what crawlers find. A route with a parameter, because a
 * static route's file is always emitted.
 */
export const getStaticPaths = (() => (isRootBase(import.meta.env.BASE_URL) ? [{ params: { file: 'robots' } }] : [])) satisfies GetStaticPaths;

/** Whether `base` is the root of the host: `/`, however written. */
function isRootBase(base: string): boolean {
	return base.replace(/\/+$/, '') === '';
}

export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, SITEMAP_PATH)}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
