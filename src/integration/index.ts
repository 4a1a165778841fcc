import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readProjectFiles } from '../lib/content/project-files.ts';
import type { LinkResolver } from '../lib/links/resolver.ts';
import { ContentError, formatReport } from '../lib/problems.ts';
import { verifyProject } from '../lib/verify/index.ts';

export interface FactSheetsOptions {
	/** Shared with the remark plugin: the resolver is set here once the content is read. */
	readonly links: { resolver: LinkResolver | undefined; base: string };
}

/**
 * Verifies all content before Astro reads any of it: schemas, references,
 * uniqueness, dates, wiki-links and every quote against its stored source. A
 * build with problems fails with all of them listed; `astro dev` logs them
 * and goes on, so a curator can keep the preview open while fixing them.
 */
export function factSheets(options: FactSheetsOptions): AstroIntegration {
	return {
		name: 'fact-sheets',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const { problems, resolver } = verifyProject(readProjectFiles(root));
				options.links.base = config.base;
				options.links.resolver = resolver;
				if (problems.length === 0) return;
				if (command === 'build') throw new ContentError(problems);
				logger.error(formatReport(problems));
			},
		},
	};
}
