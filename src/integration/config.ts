import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';
import { remarkWikiLinks } from '../plugins/remark-wiki-links.ts';
import type { LinkResolver } from '../lib/links/resolver.ts';
import { factSheets } from './index.ts';

/**
 * The site's whole Astro configuration, as a list of steps: verify and index
 * the content (the integration), render MDX with the remark plugins. The
 * project's astro.config.mjs and every test fixture site use it, so fixtures
 * build exactly as the real site does.
 */
export function factSheetsConfig(overrides: AstroUserConfig = {}): AstroUserConfig {
	// Filled by the integration after verification, read by the remark plugin while rendering.
	const links: { resolver: LinkResolver | undefined; base: string } = { resolver: undefined, base: '/' };
	return {
		trailingSlash: 'always',
		build: { format: 'directory' },
		// Astro 7's default processor runs no remark plugins; `unified()` does.
		markdown: { processor: unified({ remarkPlugins: [[remarkWikiLinks, { links }]] }) },
		integrations: [factSheets({ links }), mdx()],
		...overrides,
	};
}
