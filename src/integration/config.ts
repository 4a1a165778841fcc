import sitemap from '@astrojs/sitemap';
import type { AstroUserConfig } from 'astro';
import { deploymentFromEnv } from '../lib/site/deployment.ts';
import { factSheets, type PublishedState } from './index.ts';
import { parseSiteOptions } from './options.ts';

/**
 * The site's whole Astro configuration, as a list of steps: verify and index
 * the content and render the sheets' bodies from it (the integration; Astro
 * itself reads no content), list every page in a sitemap. The project's astro.config.mjs and every test
 * fixture site use it, so fixtures build exactly as the real site does.
 *
 * `options` are the site's own (title, language, home page…; see
 * src/schemas/options.ts and README "Options"), checked here so that a
 * mistake stops the build before anything else runs. `site` and `base` come
 * from the environment (`SITE_URL`, `BASE_PATH`, or GitHub Actions'
 * repository), see src/lib/site/deployment.ts.
 */
export function factSheetsConfig(
	options: unknown,
	overrides: AstroUserConfig = {},
	env: Readonly<Record<string, string | undefined>> = process.env,
): AstroUserConfig {
	const siteOptions = parseSiteOptions(options);
	// Filled by the integration after verification, read by the sitemap's filter after the build.
	const published: PublishedState = { unlistedPaths: new Set() };
	const { site, base } = deploymentFromEnv(env);
	return {
		site,
		base,
		trailingSlash: 'always',
		build: { format: 'directory' },
		integrations: [
			factSheets({ published, options: siteOptions }),
			// The search page is not a page of its own; @astrojs/sitemap leaves out 404.html itself. (The pages at former addresses are written outside Astro's pages.)
			sitemap({ filter: (page) => !published.unlistedPaths.has(new URL(page).pathname) }),
		],
		...overrides,
		// A rebuild copies each page whose cache key (src/lib/site/cache-keys.ts) and module graph are unchanged from the
		// previous build (node_modules/.astro/dist/) instead of rendering it again: see docs/performance.md "Rebuilds".
		experimental: { incrementalBuild: true, ...overrides.experimental },
	};
}
