import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import { wikiLinksPlugin } from '../plugins/wiki-links.ts';
import type { LinkResolver } from '../lib/links/resolver.ts';
import { deploymentFromEnv } from '../lib/site/deployment.ts';
import { factSheets, type PublishedState } from './index.ts';

/**
 * The site's whole Astro configuration, as a list of steps: verify and index
 * the content (the integration), render Markdown and MDX with the wiki-links plugin, list
 * every page in a sitemap. The project's astro.config.mjs and every test
 * fixture site use it, so fixtures build exactly as the real site does.
 *
 * `site` and `base` come from the environment (`SITE_URL`, `BASE_PATH`, or
 * GitHub Actions' repository), see src/lib/site/deployment.ts.
 */
export function factSheetsConfig(overrides: AstroUserConfig = {}, env: Readonly<Record<string, string | undefined>> = process.env): AstroUserConfig {
	// Filled by the integration after verification, read by the wiki-links plugin while rendering.
	const links: { resolver: LinkResolver | undefined; base: string } = { resolver: undefined, base: '/' };
	// Filled by the integration after verification, read by the sitemap's filter after the build.
	const published: PublishedState = { unlistedPaths: new Set() };
	const { site, base } = deploymentFromEnv(env);
	return {
		site,
		base,
		trailingSlash: 'always',
		build: { format: 'directory' },
		// Astro 7's own Markdown processor, Sätteri, for `.md` and `.mdx` alike, with the wiki-links plugin.
		markdown: { processor: satteri({ mdastPlugins: [wikiLinksPlugin({ links })] }) },
		integrations: [
			factSheets({ links, published }),
			mdx(),
			// Former slugs' redirects and the search page are not pages of their own; @astrojs/sitemap leaves out 404.html itself.
			sitemap({ filter: (page) => !published.unlistedPaths.has(new URL(page).pathname) }),
		],
		...overrides,
	};
}
