// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { factSheets } from './src/integration/index.ts';

export default defineConfig({
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Astro 7's default processor runs no remark plugins; `unified()` does.
	markdown: { processor: unified({ remarkPlugins: [] }) },
	integrations: [factSheets(), mdx()],
});
